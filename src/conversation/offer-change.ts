import type { Update } from "../domain/update.js";
import { widen } from "./correction-request.js";
import type { Change } from "./plan-correction.js";
import { cardReply, updateSubject } from "./render-update.js";
import type { Reply } from "./types.js";

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
