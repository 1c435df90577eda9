import { answerTo } from "./answer-pending-question.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { CUT_OFF_TAIL } from "./vague-message.js";

/** Questions a yes or a no answers: the card, 记为填报吗, the edit preview. */
const YES_NO = new Set(["confirm", "report-or-not", "edit-confirm"]);

/**
 * 「主任刚才说了 就是」「科长刚才说了 那啥」 while a card asks yes or no: what was said breaks off on a filler (就是、那个、
 * 那啥、然后) after a pause, and what comes before it answers nothing — the sender is still saying something, so the
 * filler is no 「就是」 of agreement: what is meant is asked, the card stays (round thirty-three's leftover, i34a).
 * 「对 就是」「好的 那个」 (an answer before the filler) stay the answer they are.
 */
export function cutOffOnQuestion(t: { norm: string; core: string }, ctx: IntentContext): Intent | undefined {
  if (!YES_NO.has(ctx.awaiting)) return undefined;
  const norm = t.norm.trim();
  const m = CUT_OFF_TAIL.exec(norm);
  if (!m) return undefined;
  const head = norm.slice(0, m.index).trim();
  if (head === "" || answerTo({ norm: head, core: head }, ctx)) return undefined;
  return { kind: "unclear", suggest: "vague", vague: "pointer" };
}
