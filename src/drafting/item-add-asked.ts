import { askYesNo } from "../conversation/yes-no-card.js";
import type { CommandContext, Reply } from "../conversation/types.js";

/**
 * Lead54's console trial: 「计划第三条改成：加强队伍建设」 when the plan has two items — no third to replace, and a third to add
 * is most likely what the leader meant. Asked in one line, nothing changed: 「是」 runs 「改写 计划 加一条 …」 (the words added
 * as the last item, item-edit.ts), 「不是」 leaves the draft as it was. review56: 「计划里加上…」「第三部分加一句：…」 (added) are
 * asked the same way.
 */
export async function askItemAdded(
  ctx: CommandContext,
  label: string,
  name: string,
  n: number,
  text: string,
  added = false,
): Promise<Reply> {
  const yes = `改写 ${label} 加一条 ${text}`;
  const none = "草稿没有改动。";
  const shown = [...text].length > 30 ? `${[...text].slice(0, 30).join("")}…` : text;
  // review56: 「计划里加上…」 asked to add (added): how many there are, not that the n-th is missing.
  const question = added
    ? `${name}现有 ${n - 1} 条——要把「${shown}」加为第 ${n} 条吗？`
    : `${name}只有 ${n - 1} 条，没有第 ${n} 条——要把「${shown}」加为第 ${n} 条吗？`;
  return askYesNo(
    ctx.services,
    ctx.person.id,
    { yes, noText: `好的，${none}`, question },
    { at: ctx.services.clock.now().toISOString() },
    [`回复「是」加在${name}末尾（您的文字，不注来源），回复「不是」不改。${none}`],
    "不用办",
  );
}
