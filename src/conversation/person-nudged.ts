import type { IntentContext } from "./classify-intent.js";
import { hasFigure } from "./leader-part.js";
import { NOT_NUDGE, NUDGE_AGAIN, NUDGE_VERB } from "./nudge-words.js";
import { personSaid } from "./person-said.js";
import { strangerNamed } from "./stranger-named.js";

/**
 * 「小何还没报 催一下」「提醒下何婷 让她把这周的报了」「把老孙催一催」: one colleague chased by a leader — 催报 with the
 * name (reminders/nudge-target.ts), not everyone chased and not the colleague's reports shown. Only with a chase word
 * (催、督促) or reporting said (报、填、交): 「通知何婷明天来开会」 is a notice for people, no chase.
 */
/** Those not reported, or all of them, chased (催一下没报的、提醒大家): the everyone chase, a name or not beside it. */
const EVERYONE =
  /(?:没有?|未|冇|莫)(?:报|交|填)的|他们|她们|大家|各位|各科|同事们|那几个|这几个|那几位|这几位/;
const ONE_NUDGED = new RegExp(`(?<![别不甭莫用我])${NUDGE_VERB}`);
export function personNudged(norm: string, ctx: IntentContext): string | undefined {
  if (!ctx.leader || hasFigure(norm) || NOT_NUDGE.test(norm) || !ONE_NUDGED.test(norm)) return undefined;
  if (!/催|督促|报|填|交/.test(norm)) return undefined;
  const who = personSaid(norm, ctx.people ?? []);
  if (EVERYONE.test(norm)) return undefined;
  // 「催一下张三」: a name on no roster is said back by 催报 (reminders/nudge-target.ts), nobody chased.
  if (!who) return strangerNamed(norm);
  // 「让王主任催一下没报的」「麻烦小何帮着提醒下大家」: the colleague named does the chasing; nobody is chased by name.
  if (
    new RegExp(
      `(?:让|叫|请|麻烦|喊|要|由)${who.said}(?:去|来|帮忙|帮我|帮着|负责)?[^，,。]{0,4}?${NUDGE_VERB}`,
    ).test(norm)
  )
    return undefined;
  return NUDGE_AGAIN.test(norm) ? `${who.name} 再提醒` : who.name;
}
