import type { Update } from "../domain/update.js";
import { setState, stampOf } from "./state.js";
import type { CommandContext, Reply } from "./types.js";

/**
 * 放弃修改 / 撤回 while an edit is shown: the edit goes, the update stays as it was — a draft's card is open again
 * (「存哇」「那就存上」 after it confirms that draft, blind85 round forty), anything else leaves nothing asked.
 */
export async function cancelEdit(ctx: CommandContext, u: Update): Promise<Reply> {
  const back =
    u.status === "draft" ? { mode: "confirm" as const, updateId: u.id } : { mode: "idle" as const };
  await setState(ctx.services.store, ctx.person.id, back, stampOf(ctx.services, ctx.input));
  return { text: editDroppedText(u) };
}

/** What dropping an edit says, whichever way it was said (放弃修改, 取消, a no): which update, and how it stands. */
export function editDroppedText(u: Update): string {
  return `已放弃这次修改，#${u.seq} 保持原样（${{ draft: "仍是草稿，未计入总结", confirmed: "已确认", withdrawn: "已撤回" }[u.status]}）。`;
}
