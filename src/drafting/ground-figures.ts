import { commonLength } from "../domain/common-length.js";
import {
  canonicalFigure,
  extractFigures,
  type FoundFigure,
  figureKey,
  findFigures,
} from "../domain/figures.js";
import type { Figure, Update } from "../domain/update.js";
import { countListedNames } from "./count-listed.js";
import { plainNumerals } from "./polish-prose.js";

/**
 * Grounding: a generated part may only state figures found in that part's own source updates.
 *
 * A figure in generated text is grounded when a reported figure has the same value and the same
 * kind of unit: the same unit after normalisation (1.4亿元 = 14000万元, 1500名 = 1500人, 两家 = 2家),
 * or two counting words for the same thing (2项 = 2个项目, 3家企业 = 3个企业), or the count of
 * names staff listed (「A公司和B公司」 grounds 两家企业). A bare number is grounded by its value.
 *
 * An ungrounded figure is handled clause by clause:
 * - when the material reports the same kind of figure for the same thing (a misquoted number:
 *   「受训群众1600人次」 where staff wrote 1500人次), only the number becomes 「×」 and the figure is
 *   listed as unverified — the fact is real, its number is for the reviewer to fill in;
 * - otherwise the clause is a claim the material does not support (「同比增长87.3%」, a growth
 *   rate or total nobody reported): it is removed, and the sentence as the model wrote it is
 *   listed as dropped (〔待核实〕模型补写、材料无依据).
 */

/** A reported figure with the words that say what it counts. */
interface Known {
  value: number;
  unit: string;
  words: string;
}

/** Counting words for things (not events, people or measures): 2项 and 2个项目 can be the same. */
const COUNTERS = new Set(
  "个 项 家 所 件 批 座 处 只 台 套 块 支 组 种 类 条 篇 本 册 幅 株 棵 头 间 栋 幢 辆 部 张 门 宗 例 口 户 村 名 人 位".split(
    " ",
  ),
);
const PEOPLE = new Set(["人", "名", "位"]);
const RATES = new Set(["%", "‰", "个百分点", "倍"]);
/** Words that frame a figure without saying what it counts. */
const FRAME =
  /同比|环比|比上年|较上年|比去年|较去年|较同期|增长了?|增幅|增速|提高了?|提升了?|下降了?|降低了?|增加了?|减少了?|达到了?|共计|合计|总计|累计|全年|全县|全市|我局|其中|分别|超过|以上|左右|以内|约|近|余|多|达|共|为|占|了|的|和|与|及|等|年均|平均|实现|完成|新增|一是|二是|三是|四是|五是/gu;

export interface Grounding {
  /** Whether a figure found in generated text is grounded. */
  allows(f: FoundFigure, text: string): boolean;
  /** Whether the material reports a figure of the same kind for the same thing (a misquote). */
  misquotes(f: FoundFigure, text: string): boolean;
}

/** What a found figure counts: the scanner's context plus up to four characters after it. */
function wordsAround(f: FoundFigure, text: string): string {
  const after = /^[\u4e00-\u9fff]{0,4}/u.exec(text.slice(f.end))?.[0] ?? "";
  return `${f.figure.context}${after}`;
}

function content(words: string): string {
  return words.replace(FRAME, "").replace(/[^\u4e00-\u9fffA-Za-z]/gu, "");
}

/**
 * Two figures count the same thing when their content words share a real stretch: two
 * characters are enough when the values already agree (3个企业 ↔ 3家规上企业), a misquote needs
 * three or identical words (受训群众1600人次 ↔ 受训群众8000余人次, not 新增企业 ↔ 规上企业).
 */
function sameThing(a: string, b: string, least: number): boolean {
  const x = content(a);
  const y = content(b);
  if (x.length < 2 || y.length < 2) return false;
  return x === y || commonLength(x, y) >= least;
}

/** Same kind of unit: identical after normalisation, or two counting words for the same noun. */
function sameKind(gen: { unit: string; words: string }, known: Known): "unit" | "counter" | undefined {
  if (gen.unit === known.unit) return "unit";
  if (COUNTERS.has(gen.unit) && COUNTERS.has(known.unit)) {
    if (PEOPLE.has(gen.unit) !== PEOPLE.has(known.unit)) return undefined;
    // 2个项目 ↔ 2项: the generic 个 followed by a noun that starts with the other counter.
    const gAfter = content(gen.words);
    const kAfter = content(known.words);
    if (gen.unit === "个" && gAfter.includes(known.unit)) return "counter";
    if (known.unit === "个" && kAfter.includes(gen.unit)) return "counter";
    if (sameThing(gen.words, known.words, 2)) return "counter";
  }
  return undefined;
}

function knownFrom(texts: readonly string[], recorded: readonly Figure[]): Known[] {
  const out: Known[] = [];
  for (const t of texts) {
    for (const f of findFigures(t)) {
      const c = canonicalFigure(f.figure);
      out.push({ value: c.value, unit: c.unit, words: wordsAround(f, t) });
    }
    for (const l of countListedNames(t)) out.push(l);
  }
  for (const f of recorded) {
    const c = canonicalFigure(f);
    out.push({ value: c.value, unit: c.unit, words: f.context });
  }
  return out;
}

const TEXTS = new WeakMap<Update, readonly string[]>();
function textsOf(u: Update): readonly string[] {
  let t = TEXTS.get(u);
  if (!t) {
    // 叁佰余户 is read as 三百余户, so a model that writes 300余户 is grounded.
    t = [u.normalizedText, ...u.items.map((i) => i.text), ...u.problems, ...u.plans].map(plainNumerals);
    TEXTS.set(u, t);
  }
  return t;
}

/** The grounding of one part: built once from its updates (and fixed texts such as 「2025年」). */
export function groundingFor(updates: readonly Update[], extraTexts: string[] = []): Grounding {
  const known = knownFrom(
    [...updates.flatMap(textsOf), ...extraTexts],
    updates.flatMap((u) => [...u.figures, ...u.items.flatMap((i) => i.figures)]),
  );
  const corpus = [...updates.flatMap(textsOf), ...extraTexts].join("\n");
  const keys = new Set(known.map((k) => `${k.value}|${k.unit}`));
  const values = new Set(known.map((k) => k.value));
  const gen = (f: FoundFigure, text: string) => {
    const c = canonicalFigure(f.figure);
    return { value: c.value, unit: c.unit, words: wordsAround(f, text) };
  };
  return {
    allows(f, text) {
      const g = gen(f, text);
      if (keys.has(`${g.value}|${g.unit}`)) return true;
      if (f.figure.unit === "" && values.has(g.value)) return true;
      return known.some((k) => k.value === g.value && sameKind(g, k) === "counter");
    },
    misquotes(f, text) {
      const g = gen(f, text);
      const words = content(g.words);
      if (words.length < 2) return false;
      // Every word of what the figure counts must be in the material (「新增高标准示范基地」 is not
      // a misquote of 「农业科技示范基地」: 高标准…基地 was never reported).
      for (let i = 0; i + 2 <= words.length; i++) if (!corpus.includes(words.slice(i, i + 2))) return false;
      return known.some((k) => sameKind(g, k) !== undefined && sameThing(g.words, k.words, 3));
    },
  };
}

export interface GroundNotes {
  /** Raw figures replaced by 「×」. */
  unverified: string[];
  /** Sentences (clauses) removed because the material does not support their only claim. */
  dropped: string[];
}

const BLANK_RATE =
  /(?:同比|比上年|较上年|比去年|较去年|增长|增幅|增速|提高|下降|降低)[^，,；;。！？]{0,4}[×X＊*]+\s*(?:%|％|个百分点|倍)/u;
const CLAUSE = /[^，,；;。！？!?：:\n]+[，,；;。！？!?：:\n]?/gu;
const SENTENCE_END = /[。！？!?]/u;

/**
 * Ground one text. Figures the material grounds stay; a misquoted figure becomes 「×」; a clause
 * whose figures are all ungrounded and not misquotes is removed. Both are recorded in `notes`.
 */
export function groundText(text: string, g: Grounding, notes: GroundNotes): string {
  const found = findFigures(text);
  const bad = found.filter((f) => !g.allows(f, text));
  if (bad.length === 0 && !BLANK_RATE.test(text)) return text;
  const clauses = [...text.matchAll(CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const drop = new Set<number>();
  const blank: FoundFigure[] = [];
  clauses.forEach((c, i) => {
    const inClause = (f: FoundFigure) => f.start >= c.start && f.start < c.end;
    const badHere = bad.filter(inClause);
    // A growth rate the model left blank itself (「同比增长×%」) is a claim nobody reported, not a
    // number for the reviewer to look up.
    if (BLANK_RATE.test(text.slice(c.start, c.end)) && !found.some(inClause)) {
      drop.add(i);
      return;
    }
    if (badHere.length === 0) return;
    const goodHere = found.filter((f) => inClause(f) && !bad.includes(f));
    const rate = badHere.some((f) => RATES.has(canonicalFigure(f.figure).unit));
    if (goodHere.length > 0 || (!rate && badHere.every((f) => g.misquotes(f, text)))) blank.push(...badHere);
    else drop.add(i);
  });
  for (const f of blank) if (!notes.unverified.includes(f.figure.raw)) notes.unverified.push(f.figure.raw);
  // Rebuild: blanked numbers replaced; dropped clauses removed, a sentence end carried back.
  const pieces: string[] = [];
  clauses.forEach((c, i) => {
    let piece = text.slice(c.start, c.end);
    if (drop.has(i)) {
      let dropped = piece.replace(/[，,；;：:。！？!?\n]$/u, "").trim();
      const end = piece.slice(-1);
      // A sentence left with only its lead (「2025年，」) goes with the dropped clause.
      if (SENTENCE_END.test(end)) {
        let k = pieces.length;
        while (k > 0 && !SENTENCE_END.test((pieces[k - 1] as string).slice(-1))) k--;
        const lead = pieces.slice(k).join("");
        if (lead && lead.replace(/[\d年月日上下半全今本期间，,；;、\s]/gu, "").length <= 2) {
          pieces.splice(k);
          dropped = `${lead}${dropped}`;
        }
      }
      if (dropped && !notes.dropped.includes(dropped)) notes.dropped.push(dropped);
      const last = pieces.length - 1;
      if (last >= 0 && /[，,；;、]$/u.test(pieces[last] as string)) {
        if (SENTENCE_END.test(end)) pieces[last] = (pieces[last] as string).slice(0, -1) + end;
        else if (i === clauses.length - 1) pieces[last] = (pieces[last] as string).slice(0, -1);
      }
      return;
    }
    for (const f of [...blank].reverse()) {
      if (f.start < c.start || f.start >= c.end) continue;
      piece = piece.slice(0, f.numStart - c.start) + "×" + piece.slice(f.numEnd - c.start);
    }
    pieces.push(piece);
  });
  // Text outside the clause pattern (leading spaces) is not expected; a fully dropped text is "".
  return pieces.join("").trim();
}

/**
 * Source ids for a text whose model answer named none: the updates whose figures it uses
 * (compared with sameFigure's identity: 1500名 = 1500人, 156万元 = 1560000元).
 */
export function sourcesByFigures(text: string, updates: readonly Update[]): string[] {
  const found = extractFigures(text).map(figureKey);
  if (found.length === 0) return [];
  return updates
    .filter((u) => {
      const own = new Set([
        ...u.figures.map(figureKey),
        ...u.items.flatMap((i) => i.figures.map(figureKey)),
        ...textsOf(u).flatMap((t) => extractFigures(t).map(figureKey)),
      ]);
      return found.some((k) => own.has(k));
    })
    .map((u) => u.id);
}
