import { openChanges } from "./correction-segments.js";
import { editBase } from "./edit-update.js";
import { cardReply, updateSubject } from "./render-update.js";
import { type DialogueState, getState } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * An edit preview waited for 确认 and the message started something else that took its place — the
 * correction of another update (「修改 1 人数是70人」「城关镇那条 人数应该是70人」), the new text of another
 * asked for, a new report: the one pending edit is no longer waiting, so it was not saved. Said after
 * the reply, with a button that shows that edit again — never lost without a word. An edit confirmed,
 * dropped (放弃修改、取消) or revised stays unsaid: the reply said it.
 */
export async function noteEditSetAside(
  services: Services,
  personId: string,
  before: DialogueState,
  replies: Reply[],
): Promise<Reply[]> {
  if (before.mode !== "confirm-edit") return replies;
  const now = await getState(services.store, personId);
  if (now.mode === "idle" || (now.mode === "confirm-edit" && now.updateId === before.updateId))
    return replies;
  const u = await services.store.getUpdate(before.updateId);
  if (!u || u.status === "withdrawn" || editBase(u) === before.text) return replies;
  const changes = openChanges(editBase(u), before.text);
  const what =
    changes.length > 0
      ? changes.map((c) => `「${c.was}」改成「${c.now}」`).join("、")
      : before.how === "append"
        ? "在原文后补充的内容"
        : "替换整条的新内容";
  return [
    ...replies,
    cardReply({
      title: `#${u.seq} 的修改没有保存`,
      template: "orange",
      blocks: [
        `刚才 #${u.seq} 的修改（${what}）还没有确认，现在换成了上面这件事，所以那处修改没有保存，#${u.seq} 还是原样。`,
      ],
      buttons: [
        {
          label: `回到 #${u.seq} 的修改`,
          command: `修改 ${u.seq} ${before.text}`,
          subject: updateSubject(u),
        },
      ],
      note: `要改 #${u.seq}，点「回到 #${u.seq} 的修改」再看一遍预览，确认后才保存。`,
    }),
  ];
}
