import type { IntentContext } from "./classify-intent.js";
import { hasFigure } from "./leader-part.js";
import { NOT_NUDGE, NUDGE_AGAIN, NUDGE_VERB } from "./nudge-words.js";
import { personSaid } from "./person-said.js";

/**
 * 「小何还没报 催一下」「提醒下何婷 让她把这周的报了」「把老孙催一催」: one colleague chased by a leader — 催报 with the
 * name (reminders/nudge-target.ts), not everyone chased and not the colleague's reports shown. Only with a chase word
 * (催、督促) or reporting said (报、填、交): 「通知何婷明天来开会」 is a notice for people, no chase.
 */
const ONE_NUDGED = new RegExp(`(?<![别不甭莫用我])${NUDGE_VERB}`);
export function personNudged(norm: string, ctx: IntentContext): string | undefined {
  if (!ctx.leader || hasFigure(norm) || NOT_NUDGE.test(norm) || !ONE_NUDGED.test(norm)) return undefined;
  if (!/催|督促|报|填|交/.test(norm)) return undefined;
  const who = personSaid(norm, ctx.people ?? []);
  if (!who) return undefined;
  return NUDGE_AGAIN.test(norm) ? `${who.name} 再提醒` : who.name;
}
