import type { Section } from "../domain/org.js";
import { SLIP } from "./answer-fillers.js";
import type { Intent } from "./classify-intent.js";
import { edgeless, NOT_CORE, numberOf, SECTION_LEAD, SECTION_TAIL } from "./intent-lexicon.js";
import { placeIndex } from "./list-place.js";
import { sectionByKeywordParts, sectionByKeywordTail } from "./section-keyword-tail.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * The section a short reply names, when the bot asked for one (or a card waits for someone who
 * reports for several): the number shown in the list, a name, an alias or an abbreviation.
 */

/** A section answer: the number shown in the list, an id, a name or an alias (with 科室/选 around it). */
export function sectionAnswer(
  core: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases"> & { keywords?: readonly string[] }>,
): string | undefined {
  const t = core.replace(SECTION_LEAD, "").replace(/^(?:第)/, "");
  const num =
    /^(\d{1,2}|[一二三四五六七八九十])(?:个|号|项)?(?:科室|科)?(?:吧|啊|呀|哈|的|嘛|呗|就行)*$/.exec(t);
  if (num) {
    const n = numberOf(num[1]);
    return n !== undefined && n <= sections.length ? sections[n - 1]!.id : undefined;
  }
  // 「头一个」「后头那个撒」「下面那个」「末一个」: a place in the list of sections as the question showed it.
  const place = placeIndex(t, sections.length);
  if (place !== undefined) return sections[place]!.id;
  const bare = t.replace(SECTION_TAIL, "");
  for (const cand of [t, bare]) {
    const exact = sections.find((s) => s.id === cand || s.name === cand || s.aliases.includes(cand));
    if (exact) return exact.id;
  }
  if (bare.length < 2 || bare.length > 14) return undefined;
  // 「第1条的人才公寓改成20套」: a number or a correction beside a section word is a request about
  // an update, not the section chosen by its name.
  if (/[0-9]/.test(bare) || CORRECTION_WORDS.test(bare)) return undefined;
  // A longer reply holding an alias (「人才工作」) names it only when little else is said.
  const holds = (a: string) => bare.includes(a) && [...bare].length - [...a].length <= 2;
  const partial = sections.filter(
    (s) => s.name.includes(bare) || s.aliases.some((a) => a.length >= 2 && (a.includes(bare) || holds(a))),
  );
  if (partial.length === 1) return partial[0]!.id;
  // 「知产」 for 知识产权, 「科普培训」 for 科普宣传与培训: the characters in order, the first one first.
  const abbreviates = (word: string) => word.startsWith(bare[0]!) && isSubsequence(bare, word);
  const short = sections.filter((s) => [s.name, ...s.aliases].some(abbreviates));
  if (partial.length === 0 && short.length === 1) return short[0]!.id;
  // 「支部嘅」: the tail of one section's keyword (section-keyword-tail.ts).
  // 「党风廉政」「引专家」: pieces of one section's words only (section-keyword-tail.ts).
  if (partial.length > 0 || short.length > 0) return undefined;
  return sectionByKeywordTail(bare, sections) ?? sectionByKeywordParts(bare, sections);
}

const CORRECTION_WORDS = /改成|改为|改一下|应该是|写错|错了|不对|更正/;

/** 第一个、2、二号: a place in the list, not a name. */
const POSITION =
  /^(?:就|选|那就|那)?(?:第)?(?:\d{1,2}|[一二三四五六七八九十])(?:个|号|项)?(?:吧|啊|呀|哈|的|嘛|呗)*$/;

/** 我也不太确定、拿不准、应该吧、好像是: doubt about the choice, nothing more. */
const DOUBT =
  /^(?:我|俺)?(?:也|都|还)?(?:不太|不大|不是很|不是太|没太|不)(?:确定|肯定|清楚|好说)(?:啊|哈|呀|吧|嘞|哦)*$|^(?:我也)?(?:拿不准|说不准|吃不准|说不好|搞不清)(?:啊|哈|呀|吧)*$|^(?:应该|好像|估计|可能|大概)(?:是|吧|是吧)(?:吧|啊|哈)*$/;

/** A clause before or after the section named that says only whose matter it is (这是支部的事). */
const PREFACE_MAX = 8;
/**
 * 「系科技特派员下乡做的 放特派员」「是孙磊那边负责的 算人才」: a clause saying who did or has the matter (…做的、…负责的、…管的),
 * with no figure, beside the section named — whose matter it is, however long (round fifty-three; 系 is 客家/粤 是).
 */
const WHOSE_DONE =
  /^(?:这|这个|这条|这事|那)?(?:就|也)?(?:是|系|係|属于)?[\u4e00-\u9fff]{1,10}(?:做|干|搞|弄|办|负责|管|牵头|组织)的(?:事|活|事情)?(?:嘛|啊|呀|哈|嘞|咯|喔)*$/u;

/**
 * 「这是支部的事 算党建」「项目那块的 研发投入」: a short reply in clauses, one or more naming the same
 * section and the others short words about the matter (no figure). On norm, since clauses are cut
 * at the spaces and commas the core drops.
 */
export function sectionInClauses(
  norm: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
  /**
   * For a reply that reads like work: every clause names the section (「项目那块的 研发投入」), or one
   * names it whole and the others, for which `saysNoWork` holds, only name the matter it is about
   * (「应该算成果转化吧，专利那个事情」).
   */
  saysNoWork?: (clause: string) => boolean,
): string | undefined {
  const clauses = norm
    .split(/[，,。；;！!～~\s]+/)
    .map((c) => c.replace(NOT_CORE, ""))
    .filter((c) => c !== "");
  if (clauses.length < 2 || clauses.length > 3 || /\d/.test(norm)) return undefined;
  // 「人才那块哦」: a particle after the section name is no part of it.
  const named = clauses.map((c) => sectionAnswer(c, sections) ?? sectionAnswer(edgeless(c), sections));
  let ids = new Set(named.filter((id): id is string => id !== undefined));
  // 「第一个吧 高企」 when 高企 is listed second: the name said is surer than a place in the list.
  if (ids.size === 2)
    ids = new Set(named.filter((id, i): id is string => id !== undefined && !POSITION.test(clauses[i]!)));
  if (ids.size !== 1) return undefined;
  // 「这个算人才那边的吧 我也不太确定」: a clause of doubt about the choice says nothing of the work; nor does a slip
  // owned (「项目那块 俺记岔了」「归成果转化 我刚才搞岔了」: the section first given was the slip).
  const rest = clauses.filter((c, i) => named[i] === undefined && !DOUBT.test(c) && !SLIP.test(c));
  const short = (c: string) => [...c].length <= PREFACE_MAX && !CORRECTION_WORDS.test(c);
  const whose = (c: string) => WHOSE_DONE.test(c) && !FIGURE.test(c) && !CORRECTION_WORDS.test(c);
  if (saysNoWork && rest.length > 0) {
    const whole = clauses.some((c) => exactSection(edgeless(c), sections) !== undefined);
    return whole && rest.every((c) => whose(c) || (short(c) && saysNoWork(c))) ? [...ids][0] : undefined;
  }
  return rest.every((c) => short(c) || whose(c)) ? [...ids][0] : undefined;
}

function isSubsequence(small: string, big: string): boolean {
  let i = 0;
  for (const ch of big) if (ch === small[i]) i += 1;
  return i === small.length;
}

/** A section named whole (name, id or alias, with 科室/选…的/那块 around it): never a number or a part. */
export function exactSection(
  core: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
): string | undefined {
  const t = core.replace(SECTION_LEAD, "");
  const bare = t.replace(SECTION_TAIL, "");
  for (const cand of [t, bare]) {
    const exact = sections.find((s) => s.id === cand || s.name === cand || s.aliases.includes(cand));
    if (exact) return exact.id;
  }
  return undefined;
}

/**
 * 「都有啊 前面是高企的 后面是项目的」「两个都有」: an answer to the section question saying the
 * draft holds the work of two (or more) of the listed sections. The sections in the order said
 * (every one listed when only 「都有」 or 「分成两条」 is said and two were listed), and whether the order is the
 * message's (前面…后面…, 先…再…); undefined when the reply names fewer than two. `bareAll`: a bare
 * 「都有」 means every listed section (it does to the section question, not to a card). `refers`:
 * the reply speaks of the message's parts (都有、前面…后面…), so it answers even if it reads like work.
 */
export function sectionsAnswer(
  core: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
  bareAll = true,
): { sections: string[]; ordered: boolean; refers: boolean } | undefined {
  if ([...core].length > 40) return undefined;
  const at = sections
    .map((s) => {
      const words = [s.name, ...s.aliases].filter((w) => w.length >= 2);
      const found = words.map((w) => core.indexOf(w)).filter((i) => i >= 0);
      return { id: s.id, i: found.length > 0 ? Math.min(...found) : -1 };
    })
    .filter((x) => x.i >= 0)
    .sort((a, b) => a.i - b.i);
  const ordered = /前面|前半|后面|后半|先.{1,8}(?:再|后)|上面|下面|开头|后头/.test(core);
  // Words about the message's parts (都有、前面…后面…): a reply about it, whatever else it looks like.
  const refers = ordered || /都有|都是|都算|两个都|两样都|一部分|各有|都包括|两块|两部分/.test(core);
  if (at.length >= 2) return { sections: at.map((x) => x.id), ordered, refers };
  if (
    bareAll &&
    sections.length === 2 &&
    /^(?:都有|两个都有|两(?:个|样)都(?:有|是|算)|两个科室都有|都是|都算|(?:要|就)?(?:分成|分|拆成)(?:两|2)条|分开|拆开)/.test(
      core,
    )
  )
    return { sections: sections.map((s) => s.id), ordered: false, refers: true };
  return undefined;
}

/**
 * 「都有啊 前面是高企的 后面是项目的」 to the section question, or (`card`) to a card filed under one
 * of them: the draft holds several sections' work, to be split or asked about. A reply that reads
 * like work (`looksLikeWork`) or is said to a card counts only when it speaks of the message's parts.
 */
export function holdsSections(
  core: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
  looksLikeWork: boolean,
  card = false,
): Intent | undefined {
  const both = sectionsAnswer(core, sections, !card);
  if (!both || (!both.refers && (card || looksLikeWork))) return undefined;
  return { kind: "answer", answer: "sections", sections: both.sections, ordered: both.ordered };
}

/**
 * 「高企那个」 to the card of someone reporting for several sections files it there (when the reply
 * reads like work, only a section named whole); 「前面是高企的后面是项目的」 says the draft holds both.
 */
export function cardSectionAnswer(
  core: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
  looksLikeWork: boolean,
  norm = core,
): Intent | undefined {
  // 「这条应该放成果转化里」 reads like work, but is the section named whole with words around it.
  const moved = looksLikeWork
    ? (exactSection(core, sections) ?? sectionInClauses(norm, sections, () => false))
    : (sectionAnswer(core, sections) ?? sectionInClauses(norm, sections));
  if (moved) return { kind: "answer", answer: "section", section: moved };
  return holdsSections(core, sections, true, true);
}
