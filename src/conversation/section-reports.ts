import type { IntentContext } from "./classify-intent.js";

/**
 * A leader asking for one section's reports (「把科普那个科的填报拿来我看看」「高企科报了些啥」), read by
 * leader-request.ts and by the command guess's arguments (command-guess.ts).
 */

/** Reports, said of a section: 填报、报了啥、报的东西、交了没 (not a part of the draft: 科普那块写的). */
export const SECTION_REPORTS =
  /填报(?!情况|进度)|(?:报|交|填)了(?:些)?(?:啥|什么|哪些|几条|多少|没)|(?:报|交|填)的(?:东西|材料|内容|那些|几条)|报没报|报过(?:啥|什么)|(?:有|都有)(?:些|哪些)?(?:啥|什么|哪些)?(?:材料|东西)|材料(?:都)?(?:有)?(?:些)?(?:哪些|啥|什么|多少)/;

/** The section a leader's request names as a unit (科普那个科、高企科、人才那块的), as said. */
export function sectionSaid(norm: string, ctx: Pick<IntentContext, "sections">): string | undefined {
  if (/大家|各科室?|各部门|全局|所有/.test(norm)) return undefined;
  const words = ctx.sections.flatMap((s) => [s.name, ...s.aliases]).sort((a, b) => b.length - a.length);
  return words.find(
    (w) => w.length >= 2 && new RegExp(`${w}(?:那个|这个|那|这)?(?:科|口|那块|那边|的|报|交|填)`).test(norm),
  );
}
