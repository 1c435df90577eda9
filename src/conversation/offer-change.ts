import type { Update } from "../domain/update.js";
import { widen } from "./correction-request.js";
import type { Change } from "./plan-correction.js";
import { cardReply, updateSubject } from "./render-update.js";
import { askQuestion } from "./pending-question.js";
import { stampOf } from "./state.js";
import type { CommandContext, Reply } from "./types.js";

/**
 * The changes a correction could mean, offered as buttons on a card (plus 「发完整的新内容」): used
 * when the bot is not sure which figure was meant, so nothing is changed until one is pressed.
 */

/** Most changes offered on one card. */
const MAX_OPTIONS = 5;

/** A card offering each change as a button (plus the whole new text); nothing is changed yet. */
export function offerCard(
  u: Update,
  base: string,
  title: string,
  options: readonly Change[],
  lead: string,
): Reply {
  const single = options.length === 1 ? `是要把「${options[0]!.from}」改成「${options[0]!.to}」吗？` : "";
  return cardReply({
    title: single ? `${title}，${single}` : title,
    template: "orange",
    blocks: [`> ${u.originalText}`],
    buttons: [
      ...options.slice(0, MAX_OPTIONS).map((o) => {
        const w = widen(base, o);
        return {
          label: `${o.from} → ${o.to}`,
          command: `修改 ${u.seq} 「${w.from}」改成「${w.to}」`,
          subject: updateSubject(u),
        };
      }),
      { label: "发完整的新内容", command: `修改 ${u.seq}`, subject: updateSubject(u) },
    ],
    note: `${lead}${single ? "" : "我不确定改哪一处，"}先没有做任何改动。`,
  });
}

/**
 * One change offered: the card, with its question left open, so 「确认」「好的」「对」 show that
 * change's edit preview (still to be confirmed) and 「不用」 keeps the update as it is (said so).
 */
export async function offerOneChange(
  ctx: CommandContext,
  u: Update,
  base: string,
  title: string,
  option: Change,
  lead: string,
): Promise<Reply> {
  const w = widen(base, option);
  await askQuestion(
    ctx.services,
    ctx.person.id,
    {
      yes: `修改 ${u.seq} 「${w.from}」改成「${w.to}」`,
      noText: `好的，#${u.seq} 保持原样，没有做任何改动。`,
      question: `是要把「${option.from}」改成「${option.to}」吗？`,
    },
    stampOf(ctx.services, ctx.input),
  );
  return offerCard(u, base, title, [option], lead);
}
