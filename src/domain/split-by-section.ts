import { sectionScores } from "./section-hints.js";
import { fromClauses } from "./extraction-schema.js";
import type { Org } from "./org.js";
import type { Clause, Extraction } from "./update.js";

/**
 * The author said the message holds these sections' work (「都有啊 前面是高企的 后面是项目的」):
 * `options` are those sections, in the order said; `ordered` when the order is the message's. One
 * keyword then marks a part; with the order said, what comes before the second section is the first's.
 */
export interface SaidSections {
  ordered: boolean;
}

/** One section's share of a message that reports for two of the author's sections. */
export interface SectionPart {
  section: string;
  /** The part's own clauses, joined: what its update keeps as its text. */
  text: string;
  extraction: Extraction;
}

/**
 * 「成果转化那边登记技术合同18份，人才这块引进博士2名」 from someone who reports for both: the
 * clauses that name each of the author's sections, in order, each with the clauses after it that
 * name none (a problem or a plan about the same work). Work done opens a part; each section is one
 * run of the message. Only the author's sections count: a clause that names another section by a
 * common word (签约项目 and 项目科) still belongs to one of the author's. Only a clean cut is returned —
 * every clause that points at the author's sections points at one more than at the others, and each
 * part names its section (a name, an alias or two keywords; one keyword is enough beside a part named
 * by its name or alias, 「科技成果对接会…；人才公寓…」); otherwise undefined, and the section is asked.
 */
export function splitBySection(
  ex: Extraction,
  org: Org,
  options: readonly string[],
  told?: SaidSections,
  loose = false,
): SectionPart[] | undefined {
  const markers = sectionMarkers(org, options);
  const clauses = (ex.clauses ?? []).flatMap((c) => commaPieces(c, markers));
  if (options.length < 2 || clauses.length < 2) return undefined;
  const groups: { section?: string; score: number; clauses: Clause[] }[] = [];
  /** The part the piece before went to: a problem or a plan naming no section follows it. */
  let current: (typeof groups)[number] | undefined;
  for (const c of clauses) {
    const scores = sectionScores(c.text, org).filter((s) => options.includes(s.id));
    const [top, next] = scores;
    let own: string | undefined;
    // 「覆盖企业35家，其中研发投入较大的12家」: a part of what was just counted stays with it.
    if (top && !/^(?:其中|里面|这里面|当中|这中间|包括)/.test(c.text)) {
      // A clause that points at two of the author's sections alike is no guide.
      if (next && next.score === top.score) return undefined;
      own = top.id;
    }
    const last = current ?? groups[groups.length - 1];
    // 「前面是高企的」: the opening run that names no section is the first section said.
    if (told?.ordered && last && last.section === undefined && own !== undefined && own !== options[0])
      last.section = options[0];
    if (last && (own === undefined || own === last.section || last.section === undefined)) {
      last.clauses.push(c);
      last.section ??= own;
      last.score += own ? (top?.score ?? 0) : 0;
      current = last;
      continue;
    }
    // 「…高企…，项目这边…；问题是企业研发意识不强；明年高企突破50家，研发投入强度提高到2%」: after the
    // work, a problem or a plan naming a section whose work was told goes to that section's part.
    const before = groups.find((g) => g.section === own);
    if (last && c.kind !== "done" && before) {
      before.clauses.push(c);
      before.score += top?.score ?? 0;
      current = before;
      continue;
    }
    // Work done opens a section's part; a problem or a plan naming another section belongs to the
    // work before it (企业自建研发机构偏少 after 高企 work), so the message is not cut, it is asked —
    // unless the author said the message holds both.
    if (last && c.kind !== "done" && !told) return undefined;
    // Each section's part is one run: back to an earlier section means one topic, not two.
    if (before) return undefined;
    current = { section: own, score: own ? (top?.score ?? 0) : 0, clauses: [c] };
    groups.push(current);
  }
  const sections = groups.map((g) => g.section);
  if (sections.length < 2 || sections.includes(undefined)) return undefined;
  const parts = groups.map((g) => ({ section: g.section!, score: g.score, clauses: g.clauses }));
  // One keyword is too little to cut on (引进新品种 is no talent work): each part names its
  // section (a name, an alias, or two keywords) — or, beside a part named by its name or an alias,
  // the rest has a keyword of its own.
  const named = parts.some((p) => p.score >= 3);
  const floor = told ? (told.ordered ? 0 : 1) : named || loose ? 1 : 2;
  if (parts.some((p) => p.score < floor)) return undefined;
  return parts.map((p) => {
    // Pieces of one clause join with its comma, clauses with 「；」.
    const clausesOfPart = joinPieces(p.clauses);
    const text = p.clauses
      .map(
        (c, i) =>
          `${i > 0 ? (PIECE_OF.get(c) === PIECE_OF.get(p.clauses[i - 1]!) ? "，" : "；") : ""}${c.text}`,
      )
      .join("");
    return {
      section: p.section,
      text,
      extraction: { ...fromClauses(text, clausesOfPart), sectionHints: [p.section] },
    };
  });
}

/**
 * Pieces of one clause that went to the same part are that clause again (「支部开展主题党日，18名党员参加」
 * is one item, as it is when sent alone — not 「支部开展主题党日」 and 「18名党员参加」).
 */
function joinPieces(clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  let lastOf: Clause | undefined;
  for (const c of clauses) {
    const of = PIECE_OF.get(c);
    const last = out[out.length - 1];
    if (last && of !== undefined && of === lastOf && last.kind === c.kind)
      out[out.length - 1] = {
        ...last,
        text: `${last.text}，${c.text}`,
        figures: [...last.figures, ...c.figures],
      };
    else out.push(c);
    lastOf = of;
  }
  return out;
}

/**
 * 「成果对接会开了2场；另外引进了2名博士」: runs of work that each point at a different one of the
 * author's sections by one keyword only — too little to cut on unasked (引进新品种 is no talent work),
 * enough to show the parts when the section is asked, so the author can have them split.
 */
export function looseSectionParts(
  ex: Extraction,
  org: Org,
  options: readonly string[],
): SectionPart[] | undefined {
  return splitBySection(ex, org, options, undefined, true);
}

/** A clause cut at its commas (one kind of work may name two sections), each piece with its own figures. */
const PIECE_OF = new WeakMap<Clause, Clause>();

/** A piece that only names its topic (人才这块的话、知识产权那边呢): it heads the piece after it. */
const TOPIC_ONLY =
  /^[\u4e00-\u9fff]{1,8}?(?:那边|这边|这块|那块|这一块|方面)(?:的工作|工作)?(?:的话|呢|嘛|啊|哈)?[，,；;\s]*$/;

/** Where a topic marker opens a section's part: 高企那边、项目这块、人才方面、项目上. */
const MARKER = "(?:那边|这边|这块|那块|这一块|那一块|方面|上面|上)";

/**
 * The section words of the given sections (names, aliases, keywords of two or more characters)
 * followed by a topic marker: 「高企那边…项目这块…」 said without a comma is cut there all the same.
 */
function sectionMarkers(org: Org, options: readonly string[]): RegExp | undefined {
  const words = org.sections
    .filter((s) => options.includes(s.id))
    .flatMap((s) => [s.name, ...s.aliases, ...s.keywords])
    .filter((w) => [...w].length >= 2)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return undefined;
  return new RegExp(`(?:${words.join("|")})${MARKER}`, "g");
}

/** The sections among `options` that the text opens a part for with a marker (高企那边、项目这块). */
export function markedSections(text: string, org: Org, options: readonly string[]): string[] {
  const markers = sectionMarkers(org, options);
  if (!markers) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(markers)) {
    const top = sectionScores(m[0], org).find((x) => options.includes(x.id));
    if (top) found.add(top.id);
  }
  return [...found];
}

/** The text cut before each section marker that does not open it (no comma needed: voice input). */
function cutAtMarkers(text: string, markers: RegExp | undefined): string[] {
  if (!markers) return [text];
  const cuts = [...text.matchAll(markers)].map((m) => m.index).filter((i) => i >= 4);
  if (cuts.length === 0) return [text];
  const out: string[] = [];
  let from = 0;
  for (const at of cuts) {
    out.push(text.slice(from, at));
    from = at;
  }
  out.push(text.slice(from));
  return out.map((t) => t.trim()).filter(Boolean);
}

/**
 * 「走访科技型中小企业5家，了解研发费用加计扣除落实情况」 (round fifty-one, console trial): a piece that opens with what the
 * act before was for (了解、摸清、宣传、讲解、指导…) and counts nothing is that act's purpose — it stays with it, whatever
 * section its words point at (研发 had cut it off into 科技项目与研发投入).
 */
const PURPOSE_OF_BEFORE =
  /^\s*(?:重点|主要|详细|深入|现场|逐一|并|同时)?(?:了解|摸清|摸排|掌握|宣传|宣讲|讲解|解读|指导|帮助|协助|督促|调研|听取|收集|征求)(?![^，,；;]*\d)[^，,；;]*[，,；;]?\s*$/u;

function commaPieces(c: Clause, markers?: RegExp): Clause[] {
  const texts: string[] = [];
  const split = c.text.split(/(?<=[，,；;])/).flatMap((t) => cutAtMarkers(t, markers));
  for (const t of split.filter((x) => x.trim())) {
    const last = texts.length - 1;
    if (last >= 0 && (TOPIC_ONLY.test(texts[last] ?? "") || PURPOSE_OF_BEFORE.test(t))) texts[last] += t;
    else texts.push(t);
  }
  if (texts.length < 2) {
    const whole = { ...c, text: c.text.replace(/[，,；;。\s]+$/, "") };
    PIECE_OF.set(whole, c);
    return [whole];
  }
  const left = [...c.figures];
  return texts.map((text) => {
    const figures = [];
    while (left[0] && text.includes(left[0].raw)) figures.push(left.shift()!);
    const piece = { text: text.replace(/[，,；;。\s]+$/, ""), kind: c.kind, figures };
    PIECE_OF.set(piece, c);
    return piece;
  });
}
