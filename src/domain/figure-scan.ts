import { parseChineseNumber } from "./chinese-number.js";
import { blockedSpans, quoteSpans } from "./figure-blocked.js";
import { quotedName } from "./figure-quoted-name.js";
import {
  type Candidate,
  type FoundFigure,
  makeCandidate,
  resolveRanges,
  spokenRangeStarts,
} from "./figure-candidate.js";
import { takenBackByDifference } from "./figure-difference-said.js";
import { contextFor } from "./figure-label.js";
import { countedNoun, roughPeopleAfter } from "./figure-noun-after.js";
import { labelWithoutFillers } from "./figure-label-filler.js";
import { readNumber } from "./figure-read-number.js";
import { spokenFigures } from "./figure-spoken.js";
import { tableCells } from "./figure-table-cells.js";
import { plainNumerals } from "./formal-numerals.js";
import { plainDialect } from "./dialect-words.js";
import { foldPairWords } from "./figure-pair-words.js";
import { foldWidth } from "./normalize.js";
import type { Figure } from "./update.js";

export type { FoundFigure } from "./figure-candidate.js";
export { UNITS } from "./figure-units.js";

/**
 * Quantities in Chinese work reports: 1500名, 1.2万余份, 1.4亿元, 3.6%, 百分之十五, 两千五百万元,
 * 近1000多人次, 12.5个百分点. Dates (2020年, 11月, 5日), ordinals (第一, 第×届), plan names
 * (十四五, 二十大), enumerations (一是, 1., （2）) and slogans (“四个意识”) are not quantities.
 * Placeholders (X, ×, *, **) stand for figures nobody has yet and are never read as numbers.
 *
 * Works on any text: positions refer to the text passed in (full-width digits are read in place),
 * so a drafting step can rewrite figures inside generated text.
 */

const CN_DIGIT = "零〇一二两三四五六七八九十廿卅";
/** 1,500 and 1 500 (a space typed between thousands, not at a line's start where 「1 」 may number a list). */
const ARABIC = String.raw`\d+(?:,\d{3}(?!\d))*(?:(?<=(?<![\d.,\n]|^)\d{1,3})[ \u3000]\d{3}(?![\d.]))*(?:\.\d+)?`;
const CN_DECIMAL = "(?<=[零〇一二两三四五六七八九十])点(?=[零〇一二三四五六七八九])";
/** 2 860 万元: a space typed between the digits and their scale word. */
const SPACED_SCALE = String.raw`(?<=\d)[ \u3000](?=[万亿](?!分))`;
const CORE = new RegExp(
  `(?:${ARABIC}|[${CN_DIGIT}]|[百千万亿](?!分[之点]|瓦|米|克)|(?<=[一二两三四五六七八九])[百千](?=米)|${CN_DECIMAL}|${SPACED_SCALE})+`,
  "g",
);
const PERCENT_WORD =
  /(百分之|千分之)(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)/g;
const TENTHS =
  /(?<![零〇一二两三四五六七八九十百千万\d.])([一二两三四五六七八九]|[1-9](?:\.\d)?)成(?:(半)|([一二三四五六七八九])(?![十百千万个名人家户成]))?(?![为了功立本果绩员长交熟型是会效品都不])/g;
const TENTHS_RANGE =
  /(?<![零〇一二两三四五六七八九十百千万\d.])(一(?=二)|两(?=三)|三(?=四)|四(?=五)|五(?=六)|六(?=七)|七(?=八)|八(?=九))[二三四五六七八九]成(?![为了功立本果绩员长交熟型是会效品都不])/g;
/** 一半 = 50 %, also said as a share (不到一半, 快一半, 一半以上); 另一半 and 一半一半 are not shares. */
/** 半成 = 5 %, half of a tenth (亩产高了半成), not 半成品、半成熟. */
const HALF_TENTH =
  /(?<![零〇一二两三四五六七八九十百千万\d.个])半成(?![为了功立本果绩员长交熟型是会效品都不])/g;
const HALF =
  /(不到|不足|快|近|将近|接近|超过|超|约|大约)?(?<![另这那])(?:一半(?!一半)|一大半|一多半|多一半)(以上|左右)?/g;
const PLACEHOLDER = /[×＊*]+|(?<![A-Za-z])[XＸ]+(?![A-Za-z])/g;

/** True when the text holds a figure placeholder (×, *, **, or a standalone X / XX). */
export function hasPlaceholder(text: string): boolean {
  return findPlaceholders(text).length > 0;
}

/** Spans of placeholders such as 「×」「X」「**」, in order. */
export function findPlaceholders(text: string): { start: number; end: number; raw: string }[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    raw: m[0],
  }));
}

/** Every figure in the text, in order. See the module comment for what counts. */
export function extractFigures(text: string): Figure[] {
  return findFigures(text).map((f) => f.figure);
}

/**
 * The figures a report states, for extraction: like findFigures, but a spoken range (2到3名,
 * 3至5家) is one figure at its lower end, approximate, the way 300多人 is 300. Grounding a
 * draft still reads both ends (findFigures), so 「2至3名」 written back is grounded.
 */
export function findStatedFigures(text: string): FoundFigure[] {
  return scanFigures(text, true);
}

/** Like extractFigures, with positions into `text`. */
export function findFigures(text: string): FoundFigure[] {
  return scanFigures(text, false);
}

function scanFigures(text: string, foldRanges: boolean): FoundFigure[] {
  // 1.2w, 3k: chat shorthand for 万 and 千, read as such; 伍佰万元: formal numerals read as
  // everyday ones (both keep the length, so positions and each figure's raw hold in `text`).
  // 3个W: 三万块 said the chat way (个W = 个万, read as 3个万 = 3万元 below).
  const t0 = plainDialect(plainNumerals(foldWidth(text)))
    // 「补贴3k一台」「2k一户」: the shorthand then 一 + a measure is so much for each, no 千一 (fig55, fig56).
    .replace(/(?<=\d)([kKwW])一(?=[个户台人亩头只套间家名位张本册株件辆座所条艘])/g, (_, u: string) =>
      /[kK]/.test(u) ? "千每" : "万每",
    )
    .replace(/(?<=[\d一二两三四五六七八九十])多个[wW](?![A-Za-z])/g, "个多万")
    .replace(/(?<=[\d一二两三四五六七八九十])(个?)[wW](?![A-Za-z])/g, "$1万")
    .replace(/(?<=\d)[kK](?![A-Za-z])/g, "千")
    // 连续巡查咗3日、一连五日: days in a row said with 日 (as Cantonese and written reports do) are 天.
    .replace(
      /(?<=(?:连续|一连|接连)[^\d，,。；;\s]{0,4}?[\d一二两三四五六七八九十]{1,3})日(?![\d期])/g,
      "天",
    );
  // 俩人、俩班、就仨: two, three said in one syllable (same length, so positions hold).
  const t = foldPairWords(t0);
  const blocked = blockedSpans(t);
  const quoted = quoteSpans(t);
  const inside = (spans: [number, number][], i: number) => spans.some(([a, b]) => i >= a && i < b);
  const candidates: Candidate[] = [];

  for (const m of t.matchAll(PERCENT_WORD)) {
    const numStart = m.index + (m[1] ?? "").length;
    const value = parseChineseNumber(m[2] ?? "");
    if (value === undefined || inside(blocked, m.index)) continue;
    candidates.push(
      makeCandidate(text, m.index, m.index + m[0].length, numStart, m.index + m[0].length, {
        value,
        unit: m[1] === "百分之" ? "%" : "‰",
        approx: false,
        kind: "figure",
        isPercent: true,
      }),
    );
  }
  // 三成 = 30 %: a single digit and 成 (not 完成/成为/成立…, which a digit never precedes).
  for (const m of t.matchAll(TENTHS)) {
    const value = parseChineseNumber(m[1] ?? "");
    if (value === undefined || inside(blocked, m.index)) continue;
    candidates.push(
      makeCandidate(text, m.index, m.index + m[0].length, m.index, m.index + (m[1] ?? "").length, {
        // 三成半 = 35 %, 六成四 = 64 %.
        value: value * 10 + (m[2] ? 5 : 0) + (m[3] ? (parseChineseNumber(m[3]) ?? 0) : 0),
        unit: "%",
        approx: false,
        kind: "figure",
        isPercent: true,
      }),
    );
  }
  // 两三成 = 20 % at its lower end, the way 十几个 is 10.
  for (const m of t.matchAll(TENTHS_RANGE)) {
    const value = parseChineseNumber(m[1] ?? "");
    if (value === undefined || inside(blocked, m.index)) continue;
    candidates.push(
      makeCandidate(text, m.index, m.index + m[0].length, m.index, m.index + 2, {
        value: value * 10,
        unit: "%",
        approx: true,
        kind: "figure",
        isPercent: true,
      }),
    );
  }
  for (const m of t.matchAll(HALF_TENTH)) {
    if (inside(blocked, m.index)) continue;
    candidates.push(
      makeCandidate(text, m.index, m.index + 2, m.index, m.index + 1, {
        value: 5,
        unit: "%",
        approx: false,
        kind: "figure",
        isPercent: true,
      }),
    );
  }
  for (const m of t.matchAll(HALF)) {
    if (inside(blocked, m.index)) continue;
    // 「数据录到一半就没了」: halfway through doing something, not a share.
    if (/到$/.test(t.slice(0, m.index)) && /^(?:就|时|的时候|又|停)/.test(t.slice(m.index + m[0].length)))
      continue;
    const numStart = m.index + (m[1] ?? "").length;
    candidates.push(
      makeCandidate(text, m.index, m.index + m[0].length, numStart, numStart + 2, {
        value: 50,
        unit: "%",
        // 一大半, 多一半: more than half, read at its lower end.
        approx: Boolean(m[1] || m[2]) || m[0].replace(m[1] ?? "", "").length > 2,
        kind: "figure",
        isPercent: true,
      }),
    );
  }
  // 一块二, 八毛五, 翻了一番 (figure-spoken.ts).
  candidates.push(...spokenFigures(text, t, (i) => inside(blocked, i) || inside(quoted, i)));
  const percentSpans: [number, number][] = candidates.map((c) => [c.start, c.end]);

  // 「数量（次） 涉及人数（人）⏎走访慰问部队 4 120」: a table's cells, each in its column's unit (figure-table-cells.ts).
  const cells = tableCells(t);
  for (const m of t.matchAll(CORE)) {
    const cs = m.index;
    const ce = cs + m[0].length;
    if (inside(percentSpans, cs) || inside(blocked, cs) || quotedName(t, quoted, cs)) continue;
    if (cells.some((x) => x.start < ce && cs < x.end)) continue;
    const c = readNumber(text, t, cs, ce, inside(quoted, cs));
    if (c) candidates.push(c);
  }
  for (const x of cells) {
    const c = readNumber(text, t, x.start, x.end, false, x.unit);
    if (c) candidates.push(c);
  }
  candidates.sort((a, b) => a.start - b.start);
  resolveRanges(t, candidates);
  // 三到五个、五千到八千块: a range in Chinese numerals, stated at its lower end.
  if (foldRanges) spokenRangeStarts(text, t, candidates);

  const out: FoundFigure[] = [];
  let prevEnd = 0;
  const ends = new Set(foldRanges ? candidates.map((c) => c.rangeEnd) : []);
  for (const [i, c] of candidates.entries()) {
    if (c.kind !== "figure" || ends.has(c)) continue;
    if (foldRanges && c.rangeEnd) {
      c.figure = { ...c.figure, raw: text.slice(c.start, c.rangeEnd.end), approx: true };
      c.end = c.rangeEnd.end;
    }
    // 十二个镇八十六个村: what a figure counts ends where the next figure begins.
    const next = candidates.slice(i + 1).find((x) => x.kind === "figure" && x.start >= c.end);
    if (c.figure.context === "") {
      // Both ends of a range count the same thing: read the context around the whole range.
      c.figure.context = contextFor(
        t0, // the words as said (俩, not the 两 it is read as)
        c.start,
        c.rangeEnd?.end ?? c.end,
        prevEnd,
        out.at(-1)?.figure.context,
        out.at(-1)?.figure.counted,
        next?.start,
      );
      if (c.rangeEnd) c.rangeEnd.figure.context = c.figure.context;
    }
    const counted =
      countedNoun(c.figure.raw, t0.slice(c.end, next?.start), next !== undefined) ??
      roughPeopleAfter(c.figure, t0.slice(c.end, next?.start));
    if (counted) c.figure.counted = counted;
    // 「一共 12场」「走访 3个村搞」: chat fillers off where the label is made, so what is stored reads as shown.
    Object.assign(c.figure, labelWithoutFillers(c.figure));
    prevEnd = c.end;
    out.push({ figure: c.figure, start: c.start, end: c.end, numStart: c.numStart, numEnd: c.numEnd });
  }
  if (!foldRanges) return out;
  // 「四十户 哦 比我刚才说的多三户 是四十三户」: the old number and the difference go (figure-difference-said.ts).
  const byDifference = takenBackByDifference(t, out);
  return out.filter((f, i) => !byDifference.has(i) && !correctedLater(t, f, out[i + 1]));
}

/**
 * The text as the speaker meant it: a number taken back and the words taking it back go
 * (「资金十五万块 不对不对 是二十五万块」 → 「资金二十五万块」, 「走了七个乡镇，啊不是，八个乡镇」 → 「走了八个乡镇」).
 */
export function withoutTakenBack(text: string): string {
  const found = scanFigures(text, false);
  const t = plainDialect(foldWidth(text)); // 「唔系两百万，应该系三百万」 reads as 不是…应该是
  const byDifference = takenBackByDifference(t, found);
  let out = "";
  let at = 0;
  for (const [i, f] of found.entries()) {
    const next = found[i + 1];
    if (!next || f.start < at) continue;
    const meant = found[i + 2];
    if (byDifference.has(i) && byDifference.has(i + 1) && meant) {
      out += text.slice(at, f.start);
      at = meant.start;
      continue;
    }
    // 「实际来了85人，不是80」: the old number denied after the one said goes, with its 不是.
    if (deniedAfter(t, f, next)) {
      out += text.slice(at, f.end);
      at = next.end;
      continue;
    }
    if (!correctedLater(t, f, next)) continue;
    const denied = /不是[^，,。]{0,6}$/.exec(t.slice(Math.max(0, f.start - 8), f.start));
    const from =
      denied && t.slice(f.start - denied[0].length, f.start).startsWith("不是")
        ? f.start - denied[0].length
        : f.start;
    // 「来了六十多人」: keep what the number counts (人) when the one after it says it again.
    // 「有一百二十个选手不是一百二十是一百三十二个」: the number denied by saying it again goes, with its
    // denial; what it counted (选手) stays before the number said instead.
    const repeated = repeatedDenial(t, f, next);
    out += repeated ? text.slice(at, f.start) + text.slice(f.end, f.end + repeated) : text.slice(at, from);
    at = next.start;
  }
  // 「参与群众四千二 哦不对 是四万二千人次」「现场群众六千多 不对 是七千多」: a bare number with no measure word
  // (a rough one too), taken back the same way — whole, from its first numeral, a space before it or not (review39:
  // 「群众 四千二 不对 是…」 took out only 千二, the numeral before it being a Chinese character too).
  return (out + text.slice(at)).replace(BARE_TAKEN_BACK, "");
}

const BARE_TAKEN_BACK =
  /(?<=[\u4e00-\u9fff]\s*)(?<![零〇一二两三四五六七八九十百千万\d.])[零〇一二两三四五六七八九十百千万\d.]+(?:多|来|余|几)?[\s，,]*(?:哦|噢|啊|呃|哎)?(?:不对|说错了?|口误)+[\s，,]*(?:应该|其实|实际)?是(?=[零〇一二两三四五六七八九十百千万\d])/g;

/**
 * Words by which a speaker takes back the number just said (哦等下, 等哈, 不对, 说错了, 弄错了, 「七个乡镇，啊不是，八个」, 「八十多 哦不 是一百多人」):
 * a bare 不是 right before the next number (「85人 不是80」) denies that one instead (deniedAfter).
 */
// 等哈 (川渝, 等一下) and 等等 only right before the number said instead (「搞了4场 等哈 是5场」, 「九件 等哈 我再看一眼
// 是十一件」 after a second look, j3), not 等哈再去 (later).
const TAKE_BACK =
  /等下|等一下|等哈(?=[，,\s]*(?:我?再(?:看|查|对|翻|瞅)了?(?:一眼|一下|下)?[，,\s]*)?(?:是|应该))|等等(?=[，,\s]+(?:是|应该))|不对|说错|口误|打错|写错|搞错|记错|弄错|讲错|算错|更正一下|纠正一下|应该是|实际是|其实是|准确(?:地)?说是|(?:^|[，,\s])(?:(?:啊|哦|呃|噢)不是(?=[，,\s]|$)|不是(?=[，,\s])|(?:啊|哦|呃|噢)不(?=[，,\s]+(?:是|应该)))/;

/**
 * 「实际来了85人，不是80」「发放资料1200份 不是1000份」: the number said, then 不是 and the old one (bare or
 * in the same unit), nothing after it but a pause: the old one is named only to be denied.
 */
function deniedAfter(t: string, f: FoundFigure, next: FoundFigure): boolean {
  if (!/^[，,\s]*(?:而)?不是\s*$/.test(t.slice(f.end, next.start))) return false;
  if (next.figure.unit !== "" && next.figure.unit !== f.figure.unit) return false;
  return next.figure.value !== f.figure.value && !/^[\s，,]*(?:而)?是/.test(t.slice(next.end));
}

/**
 * 「来了六十多人，哦等下看了签到表是七十多人」「不是两百万 应该是三百万」: a number taken back within
 * the same sentence is not what the report states; the one said after it is.
 */
function correctedLater(t: string, f: FoundFigure, next: FoundFigure | undefined): boolean {
  if (!next) return false;
  if (repeatedDenial(t, f, next) !== undefined) return true;
  // 「特岗教师五十多个，哦不是，是六十二个」: 个 counting people (人) and a bare 个 are the same count.
  const people = (u: string) => /^(?:人|个|名|位)$/.test(u);
  const sameUnit = f.figure.unit === next.figure.unit || (people(f.figure.unit) && people(next.figure.unit));
  if (!sameUnit && f.figure.unit !== "") return false;
  const between = t.slice(f.end, next.start);
  // 「…一千二百万 不对 刚才说的一千二百万不算 那是第一批的 全年是…」: the number said again only to be voided
  // is part of the take-back, not words that put the two numbers apart.
  const apart = between.replace(VOIDED_AGAIN, "");
  if (apart.length > 24 || /[。；;！!？?\n]/.test(between)) return false;
  // 「其中5本数据搞错了，另有3本缺页」: a 错 said of a thing (数据搞错了) reports a mistake found; a slip opening
  // its own stretch, after a pause and a filler or 我 at most (「48份 哦 弄错了 是52份」「…监测仪 说错了 是三个村」),
  // takes the number back.
  const slip = TAKE_BACK.exec(between);
  if (slip)
    return (
      !slip[0].includes("错") ||
      /(?:^|[\s，,])(?:哦|噢|啊|呃|哎)?[\s，,]*我?$/.test(between.slice(0, slip.index))
    );
  // 不是两百万，是三百万: the first named only to be denied.
  return (
    /不是[^，,。]{0,6}$/.test(t.slice(Math.max(0, f.start - 8), f.start)) &&
    /^[，,\s]*(?:而)?是/.test(between)
  );
}

const VOIDED_AGAIN =
  /(?:刚才|刚刚|前面|上面|上回|上次|之前|先前)[^，,。\s]{0,3}?(?:说|报|讲|填|写)的[零〇一二两三四五六七八九十百千万亿\d.]+[^，,。\s\d]{0,2}?(?:不算|作废|不作数)/;

/**
 * 「一百二十个选手不是一百二十是一百三十二个」: the number said again after 不是, then 是 and another:
 * where the denial starts after the first number (undefined when there is no such denial).
 */
function repeatedDenial(t: string, f: FoundFigure, next: FoundFigure): number | undefined {
  const between = t.slice(f.end, next.start);
  const m = /不是([零〇一二两三四五六七八九十百千万亿\d.]+)[^，,。\d]{0,2}?(?:而)?是$/.exec(between);
  if (!m || between.length > 24) return undefined;
  return parseChineseNumber(m[1] ?? "") === f.figure.value ? m.index : undefined;
}
