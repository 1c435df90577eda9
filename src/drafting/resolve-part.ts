import { chineseNumber, parseChineseNumber } from "./document-labels.js";
import type { Section } from "../domain/org.js";
import type { DraftPart, DraftVersion } from "./draft-model.js";
import { partsSaying } from "./part-by-content.js";

/**
 * Reading which part a reviewer means, the way people name them:
 * - 「（三）」「(3)」「第（三）部分」 — the third section under 一、;
 * - 「三、」「二、」 — the level-one headings: 二、 is the problems, 三、 the plan;
 * - 「第三部分」「第3部分」 — either of the two: when both exist the caller asks (`ambiguous`);
 * - 「三」「3」 alone — the section (as the review card's labels read);
 * - 开头 / 问题 / 计划 and their longer names; a section's roster name or part of it
 *   (「科普」 for 科普宣传与培训) when only one section matches; the section's paired heading.
 * Returns the part, the rest of the text (the instruction), and on ambiguity the candidates.
 */
export interface ResolvedPart {
  part?: DraftPart;
  rest: string;
  /** Two or more parts the words may mean; ask the reviewer in one line. */
  ambiguous?: DraftPart[];
  /** Why nothing was found, when there is more to say than "not found". */
  hint?: string;
}

const WORDS: Array<[RegExp, "opening" | "problems" | "plan"]> = [
  [/^(开头段|开头|开篇|总述|导语|引言)/u, "opening"],
  [/^(存在的问题和不足|存在的问题|存在问题|问题和不足|问题|不足)/u, "problems"],
  [
    /^(下一年工作计划|下半年工作计划|明年工作计划|明年计划|工作计划|工作思路|下步打算|下一步计划|计划)/u,
    "plan",
  ],
];

const NUM = "([一二三四五六七八九十]+|\\d{1,2})";
const toNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumber(s));
/** 「（三）」「(3)」「第（三）部分」: a section. */
const BRACKETED = new RegExp(`^第?\\s*[（(]\\s*${NUM}\\s*[)）]\\s*(?:部[分份]|项)?`, "u");
/** 「三、」「三.」: a level-one heading. */
const LEVEL_ONE = new RegExp(`^${NUM}\\s*[、．.]`, "u");
/** 「第三部分」「第3部分」「第三」. */
const NTH = new RegExp(`^第\\s*${NUM}\\s*(?:大?部[分份]|项|节)?`, "u");
/** 「三」「3」 alone (followed by a space, punctuation or the end). */
const BARE = new RegExp(`^${NUM}(?=$|[\\s,，:：])`, "u");

function levelOne(v: DraftVersion, n: number): DraftPart | undefined {
  if (n === 2) return v.parts.find((p) => p.kind === "problems");
  if (n === 3) return v.parts.find((p) => p.kind === "plan");
  return undefined;
}

export function resolvePart(v: DraftVersion, args: string): ResolvedPart {
  const text = args.trim();
  const sections = v.parts.filter((p) => p.kind === "section");
  const section = (n: number | undefined) => (n ? sections[n - 1] : undefined);
  const after = (m: RegExpExecArray) => cleanRest(text.slice(m[0].length));

  let m = BRACKETED.exec(text);
  if (m?.[1]) {
    const part = section(toNumber(m[1]));
    return { part, rest: after(m), hint: part ? undefined : noSuchSection(sections.length) };
  }
  m = LEVEL_ONE.exec(text);
  if (m?.[1]) {
    const n = toNumber(m[1]);
    if (n === 1)
      return {
        rest: after(m),
        hint: `「一、」包含 ${sections.length} 个科室部分，请写明如「（一）」或科室名称。`,
      };
    return { part: n ? levelOne(v, n) : undefined, rest: after(m), hint: "一级标题只有一、二、三。" };
  }
  m = NTH.exec(text);
  if (m?.[1]) {
    const n = toNumber(m[1]);
    const top = n ? levelOne(v, n) : undefined;
    const sec = section(n);
    if (top && sec) return { rest: after(m), ambiguous: [top, sec] };
    const part = top ?? sec;
    return { part, rest: after(m), hint: part ? undefined : noSuchSection(sections.length) };
  }
  m = BARE.exec(text);
  if (m?.[1]) {
    const part = section(toNumber(m[1]));
    return { part, rest: after(m), hint: part ? undefined : noSuchSection(sections.length) };
  }
  for (const [re, key] of WORDS) {
    const w = re.exec(text);
    if (w) return { part: v.parts.find((p) => p.kind === key), rest: cleanRest(text.slice(w[0].length)) };
  }
  const said = partsSaying(v.parts, text);
  if (said) {
    // The topic stays in the instruction (「技术合同写得太简单了」「科普画廊 删了」): it says what to change.
    const rest = cleanRest(
      said.topic +
        text.slice(said.topic.length).replace(/^(?:那|这)一?(?:块|段|部分|方面)|^的(?=内容|部分)/u, ""),
    );
    return said.hits.length === 1 ? { part: said.hits[0], rest } : { rest, ambiguous: said.hits };
  }
  return bySectionName(sections, text);
}

/**
 * 「第一部分写短点」: 第一 names 一、 (the whole of the work done, all its sections) as well as （一）, its
 * first section — the section, when there are several under 一、, for the caller to ask about beside 一、.
 */
export function firstMayBeWhole(v: DraftVersion, args: string): DraftPart | undefined {
  const m = NTH.exec(args.trim());
  const sections = v.parts.filter((p) => p.kind === "section");
  return m?.[1] && toNumber(m[1]) === 1 && sections.length > 1 ? sections[0] : undefined;
}

function noSuchSection(count: number): string {
  return `草稿的「一、」下只有 ${count} 个部分（（一）到（${chineseNumber(count)}））。`;
}

/** A section by its full name, its paired heading, or a word of its name that only it has. */
function bySectionName(sections: DraftPart[], text: string): ResolvedPart {
  const full = sections
    .flatMap((p) =>
      [p.sectionName, p.heading]
        .filter((s): s is string => Boolean(s) && text.startsWith(s as string))
        .map((s) => ({ p, len: s.length })),
    )
    .sort((a, b) => b.len - a.len)[0];
  if (full) return { part: full.p, rest: cleanRest(text.slice(full.len)) };
  // The first word (up to a space or punctuation), at least two characters, inside one name only.
  const word = /^[^\s,，:：、。；;]{2,12}/u.exec(text)?.[0];
  if (!word) return { rest: text };
  for (let len = word.length; len >= 2; len--) {
    const w = word.slice(0, len);
    const hits = sections.filter((p) => p.sectionName?.includes(w));
    // 「科普画廊那句删了」: the name begins a longer word that names a sentence (科普画廊), so the words stay whole in the
    // instruction — 「画廊那句删了」 named nothing the offline rewrite could find (console trial, round forty-nine).
    const glued = /^[\u4e00-\u9fff]/u.test(text.slice(len)) && !/^[那这的部块段里]/u.test(text.slice(len));
    const whole = glued && /(?:那|这)(?:句|条|段)/u.test(text.slice(len));
    if (hits.length === 1) return { part: hits[0], rest: whole ? text : cleanRest(text.slice(len)) };
    if (hits.length > 1 && len === word.length) return { rest: cleanRest(text.slice(len)), ambiguous: hits };
  }
  return { rest: text };
}

function cleanRest(s: string): string {
  return s.replace(/^[\s:：,，、。]+/u, "").trim();
}

/** How a part is named to the reviewer and in button commands: （二）, 开头, 问题, 计划. */
export function partLabel(v: DraftVersion, part: DraftPart): string {
  if (part.kind === "section") {
    const n = v.parts.filter((p) => p.kind === "section").findIndex((p) => p.key === part.key) + 1;
    return `（${chineseNumber(n)}）`;
  }
  return part.kind === "opening" ? "开头" : part.kind === "problems" ? "问题" : "计划";
}

/** The part's label with its name: 「（三）科普宣传与培训」「三、工作计划」「开头」. */
export function partName(v: DraftVersion, part: DraftPart): string {
  if (part.kind === "section") return `${partLabel(v, part)}${part.sectionName ?? ""}`;
  if (part.kind === "problems") return "二、存在的问题";
  if (part.kind === "plan") return "三、工作计划";
  return "开头";
}

/**
 * 「高企 再精炼」「项目科那段」: a section's roster alias opening the arguments, written as the
 * section's name (which resolvePart reads), so aliases name parts as they name sections when
 * staff report. Only an alias of exactly one section that its name does not already contain.
 */
export function withSectionName(
  args: string,
  sections: ReadonlyArray<Pick<Section, "name" | "aliases">>,
): string {
  const t = args.trim();
  const word = /^[\u4e00-\u9fff]{2,8}/u.exec(t)?.[0];
  if (!word) return args;
  for (let len = word.length; len >= 2; len--) {
    const w = word.slice(0, len);
    const hits = sections.filter((s) => s.aliases.includes(w));
    if (hits.length > 1) return args;
    const hit = hits[0];
    if (hit) return hit.name.includes(w) ? args : `${hit.name}${t.slice(len)}`;
  }
  return args;
}
