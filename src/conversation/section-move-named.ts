import type { IntentContext } from "./intent-types.js";

/** 「冷库那条」「中试车间这条」: words before 那条/这条 at the head of a clause. */
const WORDS_THEN_UPDATE = /^([\u4e00-\u9fff]{2,10}?)(?=(?:那|这)(?:一)?条)/;

/**
 * 「冷库那条得归高企科」 said of the update just shown (its words hold 冷库) or of one waiting draft: the clause with
 * the update's words taken out (「那条得归高企科」, read as 这条/那条 are), and the draft's number when it is a waiting
 * one (undefined for the update shown: the latest one). Undefined when the words are in none of them — no update named.
 */
export function updateNamedByWords(
  clause: string,
  ctx: Pick<IntentContext, "shownText" | "pendingTexts">,
): { clause: string; seq?: number } | undefined {
  const m = WORDS_THEN_UPDATE.exec(clause);
  if (!m) return undefined;
  const words = m[1]!;
  const rest = clause.slice(words.length);
  if (ctx.shownText?.includes(words)) return { clause: rest };
  const drafts = (ctx.pendingTexts ?? []).filter((d) => d.text.includes(words));
  return drafts.length === 1 ? { clause: rest, seq: drafts[0]!.seq } : undefined;
}
