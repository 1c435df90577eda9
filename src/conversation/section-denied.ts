import type { Section } from "../domain/org.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * While the bot asks which section (or a card of someone reporting for several waits), the section said
 * in a sentence beside one said NOT to be it: 「这个是项目上的活儿，跟高企没关系」「不是人才那块 算成果转化」
 * 「党建的，不是办公室的活」「唔系高企 系项目嘅」 (唔系 folded to 不是)「人才哈 莫放到成果转化头」
 * 「高企那边不管这个」. A colleague hears the one section left standing; a reply holding work of its own
 * (a figure, a long clause) is no such answer.
 */

type Sections = ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;

/** Said before a section to deny it: 不是、不算、不归、不属于、别放到、莫放到、不要算、非. */
const DENIED_BEFORE =
  /(?:不是|不算|不归|不属于|不该|不应该|不用|不要|不放|不搁|不划|别|莫|甭|勿|弗是|并非|而非)(?:放|算|归|记|划|挪|搁|弄|填|报)?(?:到|在|进|给|成|为|去)?[^，,。\s]{0,2}$/;

/** Said after a section to deny it: 没关系、不沾边、不搭界、无关、那边不管这个、管不着. */
const DENIED_AFTER =
  /^[^，,。\s]{0,5}?(?:不对|不行|错了|没(?:啥|什么|多大|半毛钱)?关系|没得关系|没有关系|无关|不沾边|不搭界|不搭嘎|不相干|不挨着|不管(?:这个|这块|这事|这些)?|管不着|不归他们|不是他们的|不算)/;

/** What may be said besides the sections: the matter pointed at, a hedge, a particle — nothing of work. */
const FILLER_MAX = 10;

interface Mention {
  id: string;
  at: number;
  end: number;
}

/** Every section word (name or alias of two characters or more) in `text`, longest first, not overlapping. */
export function mentions(text: string, sections: Sections): Mention[] {
  const words = sections
    .flatMap((s) => [s.name, ...s.aliases].filter((w) => w.length >= 2).map((w) => ({ id: s.id, w })))
    .sort((a, b) => b.w.length - a.w.length);
  const found: Mention[] = [];
  for (const { id, w } of words) {
    let from = 0;
    for (let i = text.indexOf(w, from); i >= 0; i = text.indexOf(w, from)) {
      from = i + w.length;
      if (!found.some((m) => i < m.end && m.at < i + w.length)) found.push({ id, at: i, end: i + w.length });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Whether the mention is denied by what stands before it in its clause or right after it. */
function denied(clause: string, m: Mention): boolean {
  return DENIED_BEFORE.test(clause.slice(0, m.at)) || DENIED_AFTER.test(clause.slice(m.end));
}

/**
 * The one section a short reply affirms while it denies another (or, of two listed, denies one only:
 * 「跟高企没关系」 from someone filing for 高企 and 项目 is 项目); undefined otherwise.
 */
export function sectionBesideDenied(norm: string, sections: Sections): string | undefined {
  if (sections.length < 2 || [...norm].length > 36 || /\d/.test(norm) || FIGURE.test(norm)) return undefined;
  const clauses = norm
    .split(/[，,。；;！!～~\s]+/)
    .map((c) => c.replace(NOT_CORE, ""))
    .filter((c) => c !== "");
  if (clauses.length > 3) return undefined;
  const affirmed = new Set<string>();
  const deny = new Set<string>();
  for (const clause of clauses) {
    const ms = mentions(clause, sections);
    if (ms.length === 0 && [...clause].length > FILLER_MAX) return undefined;
    let rest = clause;
    for (const m of ms) {
      (denied(clause, m) ? deny : affirmed).add(m.id);
      rest = rest.replace(clause.slice(m.at, m.end), "");
    }
    // Beside the section words, only a few words about the matter (这个是…上的活儿、那边不管这个).
    if ([...rest].length > FILLER_MAX) return undefined;
  }
  if (deny.size === 0) return undefined;
  for (const id of deny) affirmed.delete(id);
  if (affirmed.size === 1) return [...affirmed][0];
  // Nothing affirmed: of two listed, the one not denied.
  if (affirmed.size === 0 && sections.length === 2 && deny.size === 1)
    return sections.find((s) => !deny.has(s.id))?.id;
  return undefined;
}
