import { z } from "zod";
import type { Collection, Store } from "../store/types.js";

/**
 * When each person was last chased by a leader's 催报 (collection `reminder-nudges`, one record per person):
 * a second 「催一下他们」 minutes after the first would send everyone the same reminder again, so the bot
 * says when they were chased and asks before sending again (nudge-command.ts).
 */
export const NudgeRecordSchema = z.object({
  /** The person chased. */
  id: z.string(),
  week: z.string(),
  at: z.string(),
  /** The leader who asked. */
  by: z.string(),
});
export type NudgeRecord = z.infer<typeof NudgeRecordSchema>;

/** A chase this recent is not repeated unasked. */
export const RECENT_NUDGE_MS = 3 * 60 * 60 * 1000;

export function openNudges(store: Store): Promise<Collection<NudgeRecord>> {
  return store.collection("reminder-nudges", NudgeRecordSchema);
}

/**
 * The words of chasing again (再催一次、还是催一下吧、重新提醒、仍要催、又催): one list, read in 催报's arguments here
 * and in a leader's request by leader-request.ts (NUDGE_AGAIN).
 */
export const AGAIN_WORDS = "再|还是|仍|重新|又";

/** 「再催一次」「再提醒一下」「还是催一下吧」 (or the button's 催报 再提醒): chase again all the same. */
export function saysAgain(args: string): boolean {
  return new RegExp(AGAIN_WORDS).test(args);
}
