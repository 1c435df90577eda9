import { refCommand } from "./correction-request.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { DAY, whenChange } from "./when-correction.js";

/** 「整错日子了」「日期写错了」「时间弄岔了」: the day of the update said to be wrong. */
const DAY_WRONG =
  /(?:日子|日期|时间|天)(?:也)?(?:写|弄|整|搞|记|填|报|说)?(?:错|岔)了?|(?:写|弄|整|搞|记|填|报|说)(?:错|岔)(?:了)?(?:日子|日期|时间|天)/u;

/**
 * 「整错日子了 改成昨天下午的」 on a card (or just after it was confirmed): the day said wrong and the new one said — a 修改
 * of that update whose preview shows the day replaced, never talk. Only when the update names one day to replace.
 */
export function dayCorrected(norm: string, ctx: IntentContext): Intent | undefined {
  // 「改成昨天下午的」 alone is the day too (typed as 「修改 昨天下午的」 it would be added to the text).
  if (!DAY_WRONG.test(norm) && !new RegExp(`^(?:改成|改为|换成|应该是)\\s*(?:${DAY})`, "u").test(norm))
    return undefined;
  const shown = ctx.awaiting === "confirm" || ctx.awaiting === "section";
  const text = ctx.shownText ?? (shown ? ctx.pendingTexts?.at(-1)?.text : undefined);
  if (!text || !whenChange(text, norm)) return undefined;
  return {
    kind: "command",
    command: "修改",
    text: refCommand({ action: "修改", ref: shown ? "shown" : "recent", said: norm }),
  };
}
