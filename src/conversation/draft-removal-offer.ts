import { toSimplified } from "../domain/normalize.js";
import { removalPhrase } from "../drafting/offline-instruction.js";
import { isLeader } from "../domain/org.js";
import type { Person } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import type { Reply, Services } from "./types.js";
import type { DraftWordsFound } from "../drafting/draft-words-finder.js";

/**
 * lead47 (console; draft47 saw it too): a leader reviewing the draft types 「科普画廊不要了」「把科普画廊那句删掉」 without
 * 「重写」; the conversation reads a withdrawal and answered 「您还没有填报记录，不需要撤回」 — true, and of no use. When the
 * words are in the draft in review (and in none of the leader's own updates), the bot says where they are and which
 * command takes them out, in one line; it changes nothing itself (the part and the words may be another reading).
 */

/** What is to go, read as the review command reads it (「把科普画廊那句删掉」 → 科普画廊); "" when it is no removal. */
export function removalWords(text: string): string {
  const said = toSimplified(text)
    .replace(/[。！!？?，,\s]+$/u, "")
    // 「科普画廊那句不要了 重写」「把…删了重写」: 重写 said before or after the removal names the act, not the words.
    .replace(/^(?:请)?重写(?:一下)?\s*/u, "")
    .replace(/[，,\s]*(?:再)?(?:重写|重新写|重新弄|重弄)(?:一下|一遍|下)?$/u, "");
  return removalPhrase(said) ?? "";
}

/**
 * The one-line answer, or undefined when the words are not in the draft (or the speaker does not review it). Asked for a
 * withdrawal read from the words, and for any message the bot could not place (respond-intent.ts askAboutUnclear): a
 * leader's 「科普画廊那句不要了 重写」 (重写 said after the removal) had been asked 「这条要记为工作填报吗？」.
 */
export async function offerDraftRemoval(
  services: Services,
  person: Person,
  text: string,
  own: readonly Update[],
): Promise<Reply | undefined> {
  const find = services.features.draftWords as ((words: string) => Promise<DraftWordsFound[]>) | undefined;
  if (!find || !isLeader(person)) return undefined;
  const words = removalWords(text);
  if ([...words].length < 2 || [...words].length > 20) return undefined;
  if (own.some((u) => u.normalizedText.includes(words))) return undefined;
  const found = await find(words);
  if (found.length === 0) return undefined;
  const parts = found.map((f) => f.label);
  const where = parts.join("、");
  const first = parts[0] as string;
  const command = `重写 ${first} 把${words}那句删掉`;
  // draft48: the sentences that would go are shown, and one tap sends the command; nothing is removed before it — the part
  // and the words may be another reading, so the bot asks first (a removal made can be taken back by 撤销上一步, draft49).
  const shown = (found[0] as DraftWordsFound).sentences.slice(0, 3);
  return {
    text:
      `草稿${where}里写了「${words}」。要从草稿里去掉它所在的句子，请发「${command}」` +
      `${parts.length > 1 ? `（其他部分换成相应的编号）` : ""}；这次没有改动草稿，也没有撤回任何填报。`,
    card: {
      title: `要删掉${first}里写「${words}」的句子吗？`,
      template: "orange",
      blocks: [...shown.map((t) => `「${t.replace(/[。；]$/u, "")}」`), "还没有改动草稿。"],
      buttons: [{ label: "删掉这句", command, style: "danger" }],
    },
  };
}
