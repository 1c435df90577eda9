import { isLeader, type Person } from "../domain/org.js";
import type { DraftPartItems } from "../drafting/draft-words-finder.js";
import { askYesNo } from "./yes-no-card.js";
import type { Reply, Services } from "./types.js";

/**
 * dlg52 (lead51's console trial): a leader reviewing the draft says 「删掉第2条」「第三条不要」 and was told 「没有找到您的第 2 条
 * 填报」 — true of the leader's own updates, and of no use: the 第2条 meant is the draft's. While a draft is in review and the
 * leader has no update of that number, the bot asks in one line whether a part's item is meant, and since the draft takes out
 * no item by its number, says what does: 重写 of that part with the item's first words. A staff member's 「删掉第2条」 is
 * untouched (their own update, or that none has the number).
 * dlg53: when one part has that item the question is a real one — its 「是」 runs 「重写 （三） 删掉第2条」, which takes the item
 * out whole (item-drop.ts); 「不是」 changes nothing. (The bare 「是」 was read as 「要定稿吗」's yes or as nothing.)
 */
export async function draftItemAsked(
  services: Services,
  person: Person,
  n: number,
): Promise<Reply | undefined> {
  const find = services.features.draftItems as (() => Promise<DraftPartItems[] | undefined>) | undefined;
  if (!find || !isLeader(person) || !(n > 0)) return undefined;
  const parts = await find();
  if (!parts) return undefined;
  const holding = parts.filter((p) => p.items.length >= n);
  const none = "这次没有改动草稿，也没有撤回任何填报。";
  if (holding.length === 0)
    return {
      text: `您自己没有第 ${n} 条填报；审核中的草稿里也没有哪一部分有第 ${n} 条。发送「查看草稿」可以看各部分的条目。${none}`,
    };
  const [first] = holding as [DraftPartItems];
  const words = wordsOf(first.items[n - 1] as string);
  if (holding.length === 1) {
    const yes = `重写 ${first.label} 删掉第${n}条`;
    const question = `您自己没有第 ${n} 条填报——您是要删掉草稿${first.label}的第 ${n} 条「${words}…」吗？`;
    return askYesNo(
      services,
      person.id,
      { yes, noText: `好的，${none}`, question },
      { at: services.clock.now().toISOString() },
      [`回复「是」就按「${yes}」删掉这一整条（后面的条目编号顺延），回复「不是」不改。${none}`],
      "不用办",
    );
  }
  const command = `重写 （…） 删掉第${n}条`;
  return {
    text:
      `您自己没有第 ${n} 条填报——您是说草稿里某一部分的第 ${n} 条吗（${holding.map((p) => p.label).join("、")}都有第 ${n} 条）？` +
      `要删掉一整条，请发「${command}」（括号里写那一部分）。${none}`,
  };
}

/** The item's first words (up to its first comma, at most 12 characters), without its number: what 重写 can find. */
function wordsOf(item: string): string {
  const bare = item.replace(/^\s*\d+[.．、]\s*/u, "");
  const head = bare.split(/[，,；;。：:]/u)[0] ?? bare;
  return [...head].slice(0, 12).join("");
}
