import { toSimplified } from "../domain/normalize.js";
import { type Extraction, extractedFields, type Update } from "../domain/update.js";
import { unheld } from "./draft-hold.js";
import type { EditPlan } from "./edit-update.js";
import { cardReply, updateSubject } from "./render-update.js";
import { setState, stampOf } from "./state.js";
import type { Incoming, Reply, Services } from "./types.js";

/**
 * 「核过了 是26人」「对好了 是一百五十亩」「问清楚了 经费35万」「数我都核实了 28户」: the check the person held the draft for
 * (「先不确认 我再核一下」) said done, with the fix. Not 「等村里核实了再说」 (a wait, hold-reason.ts) nor 「还要再核一下」.
 */
const CHECK_DONE =
  /^(?:那个|这个)?(?:数|人数|数字|亩数|户数|金额|经费|钱数)?(?:我|俺)?(?:都|已经|刚刚?|也)?(?:核|对|问|查|点|算|数)(?:过|好|完|清楚|实|准)(?:了|哒|咯|啦|嘞|咧|喽)/;

export function checkDoneSaid(text: string): boolean {
  const first =
    toSimplified(text)
      .trim()
      .split(/[，,。；;！!～~\s]+/)[0] ?? "";
  return CHECK_DONE.test(first);
}

/**
 * A held draft's fix with the check said done: the fix put in at once (the draft was not confirmed, so nothing counted
 * changes), the hold ended, and one line asks whether to confirm it now — its 确认 button, or a yes, stores it
 * (round fifty-three; before, the fix waited on a preview and then on a second 确认 with the draft still held).
 */
export async function applyCheckedFix(
  services: Services,
  input: Incoming,
  personId: string,
  u: Update,
  plan: EditPlan,
  ex: Extraction,
): Promise<Reply> {
  const at = services.clock.now().toISOString();
  const saved = await services.store.modifyUpdate(u.id, (x) => ({
    ...unheld(x),
    ...extractedFields(plan.text, ex),
    updatedAt: at,
    history: [
      ...x.history,
      {
        at,
        by: personId,
        action: "edited" as const,
        previousText: x.originalText,
        messageId: input.messageId,
      },
    ],
  }));
  await setState(services.store, personId, { mode: "confirm", updateId: u.id }, stampOf(services, input));
  const subject = updateSubject(saved);
  const what = plan.from && plan.to ? `「${plan.from}」改成了「${plan.to}」` : "按您说的改好了";
  return cardReply({
    title: `#${saved.seq} ${what}，核过了就现在确认吗？`,
    template: "blue",
    blocks: [
      `> ${saved.originalText}`,
      `#${saved.seq} 还是草稿，确认后才计入总结；修改前的内容保留在修改记录中（「查看 ${saved.seq}」可看到）。`,
    ],
    buttons: [
      { label: "确认", command: `确认 ${saved.seq}`, subject, style: "primary" },
      { label: "修改", command: `修改 ${saved.seq}`, subject },
      { label: "撤回", command: `撤回 ${saved.seq}`, subject, style: "danger" },
    ],
  });
}
