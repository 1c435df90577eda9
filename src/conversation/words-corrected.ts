import type { Intent, IntentContext } from "./classify-intent.js";
import { findRef, refCommand } from "./correction-request.js";
import { literalChange } from "./literal-correction.js";

/** Corrections are short; longer text is a report that happens to say 不是…是…. */
const MAX_CHARS = 40;

/**
 * 「是东坡村不是西坡村」「不是西坡村，是东坡村」「我把东坡村写成西坡村了」 on a card, or just after it was
 * confirmed: words of that update corrected — when the wrong words are in it (literal-correction.ts),
 * the correction of that update, never a no to the card nor a new report. 「不是我不想报，是真没空」 names
 * no words of the update and is read as before.
 */
export function wordsCorrected(norm: string, ctx: IntentContext): Intent | undefined {
  const shown = ctx.shownText;
  if (!shown || [...norm].length > MAX_CHARS) return undefined;
  // Not while the section is asked: a 不是…是… there answers it (a section said with a negation).
  const onCard = ctx.awaiting === "confirm";
  if (!onCard && !(ctx.awaiting === "nothing" && ctx.justAsked)) return undefined;
  // 「第1条写错了 是三中不是二中」 names its update: the correction path reads it there, not here.
  if (findRef(norm)) return undefined;
  if (literalChange(shown, norm)?.kind !== "substitute") return undefined;
  // The update whose text was read: the card's, or the latest one not withdrawn (correct-update.ts's "shown").
  return { kind: "command", command: "修改", text: refCommand({ action: "修改", ref: "shown", said: norm }) };
}
