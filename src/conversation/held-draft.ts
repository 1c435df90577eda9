import type { Update } from "../domain/update.js";
import { heldOnRecord } from "./draft-hold.js";
import { cardReply, updateSubject } from "./render-update.js";
import { sectionUnchosen } from "./section-unchosen.js";
import type { DialogueState } from "./state.js";
import type { Reply } from "./types.js";

/**
 * A draft the person held (「先别存 我再问问」「慢点存 成活率我再问问」, card-hold.ts) stays held through an edit: the
 * yes to the edit preview (对、行、确认修改) answers "is this change right", not "store it" — five blind writers
 * (b80-d19, b81-d19, b82-d19, b83-d19, b84-d19) expect the edit in and the update still a draft. The preview says
 * so before, the reply after, each with how to store it. A draft never held keeps 改完即确认 (its preview says so).
 */

/**
 * Update `u` is held: the hold kept on the draft itself (draft-hold.ts, whatever the state is about), or the state is
 * about it and holds it (put off by the person, still a draft).
 */
export function heldIn(state: DialogueState, u: Pick<Update, "id" | "status" | "held">): boolean {
  if (heldOnRecord(u)) return true;
  if (state.mode !== "confirm" && state.mode !== "edit" && state.mode !== "confirm-edit") return false;
  return state.updateId === u.id && state.held === true && u.status === "draft";
}

/**
 * What 确认 on the preview of an unconfirmed update does: confirms it, or saves the edit and asks its section — or,
 * held, only puts the change in (the draft then waits for its own 确认).
 */
export function previewNote(u: Update, held: boolean): string {
  if (u.status !== "draft") return "";
  if (held)
    return ` 您说过 #${u.seq} 先别存：回复「对」（或点「确认修改」）只把这次修改改进去，#${u.seq} 仍是草稿、不计入总结；核对好了再回复「确认」保存。`;
  return sectionUnchosen(u)
    ? ` #${u.seq} 还没有确认，也还没有选科室：回复「确认」会先保存修改，再请您选科室，选好后才计入总结。`
    : ` #${u.seq} 还没有确认：回复「确认」「行」会保存修改并确认这条，计入总结。`;
}

/** After the yes to a held draft's edit: changed, still a draft, and how to store it. */
export function heldEditedReply(u: Update): Reply {
  const subject = updateSubject(u);
  return cardReply({
    title: `#${u.seq} 已改好，仍是草稿`,
    template: "blue",
    blocks: [
      `#${u.seq} 已按您说的改好，没有确认，仍是草稿（不计入总结）：\n> ${u.originalText}`,
      `核对好了回复「确认」或「存吧」保存；还要改，直接发正确的数或点「修改」。修改前的内容保留在修改记录中（「查看 ${u.seq}」可看到）。`,
    ],
    buttons: [
      { label: "确认", command: `确认 ${u.seq}`, subject, style: "primary" },
      { label: "修改", command: `修改 ${u.seq}`, subject },
      { label: "撤回", command: `撤回 ${u.seq}`, subject, style: "danger" },
    ],
  });
}
