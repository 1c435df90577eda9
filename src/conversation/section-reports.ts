import type { IntentContext } from "./classify-intent.js";

/**
 * A leader asking for one section's reports (「把科普那个科的填报拿来我看看」「高企科报了些啥」), read by
 * leader-request.ts and by the command guess's arguments (command-guess.ts).
 */

/** Reports, said of a section: 填报、报了啥、报的东西、交了没 (not a part of the draft: 科普那块写的). */
export const SECTION_REPORTS =
  /填报(?!情况|进度)|(?:报|交|填)了(?:些)?(?:啥|什么|哪些|几条|多少|没)|(?:报|交|填)的(?:东西|材料|内容|那些|几条)|报没报|报过(?:啥|什么)|(?:有|都有)(?:些|哪些)?(?:啥|什么|哪些)?(?:材料|东西)|材料(?:都)?(?:有)?(?:些)?(?:哪些|啥|什么|多少)|有(?:报|交|填)(?:东西|材料|啥|什么)?(?:没有?|吗|不)$/;

/** A time said between the section and what it reported: 科普今年报了啥、高企这个月报的东西. */
const WHEN =
  "(?:今年|去年|全年|这周|本周|上周|这个?礼拜|上个?礼拜|这个?星期|上个?星期|这个?月|本月|上个?月|上半年|下半年|前三季度|最近|近期|近来|这段时间|这一?阵子?|(?:这|最近|近)(?:两|几)(?:天|个?礼拜|周|个?星期|个?月))?(?:都|一共|总共|有)?";

/** The section a leader's request names as a unit (科普那个科、高企科、人才那块的), as said. */
export function sectionSaid(norm: string, ctx: Pick<IntentContext, "sections">): string | undefined {
  if (/大家|各科室?|各部门|全局|所有/.test(norm)) return undefined;
  const words = ctx.sections.flatMap((s) => [s.name, ...s.aliases]).sort((a, b) => b.length - a.length);
  const said = words.find(
    (w) =>
      w.length >= 2 &&
      new RegExp(`${w}(?:那个|这个|那|这)?(?:科|口|那块|那边|的|(?:这块|这边)?${WHEN}(?:报|交|填))`).test(
        norm,
      ),
  );
  if (said) return said;
  // 「高新科今年报了些啥」: the office called by the first two characters of its section's name and 科. Where several
  // sections' names start so (科技… starts three), the office is passed on as said (科技科) and the command asks which
  // of them is meant (commands/others-reports.ts) — never one of them picked.
  const office = /([\u4e00-\u9fff]{2})科/u.exec(norm)?.[1];
  const heads = office ? ctx.sections.filter((s) => s.name.startsWith(office)) : [];
  return heads.length === 1 ? heads[0]!.name : heads.length > 1 ? `${office}科` : undefined;
}

/** The sections an office name said as its first two characters and 科 (科技科) could be: none, one or several. */
export function sectionsHeaded<S extends { name: string }>(said: string, sections: readonly S[]): S[] {
  const office = /^([\u4e00-\u9fff]{2})科$/u.exec(said.trim())?.[1];
  return office ? sections.filter((s) => s.name.startsWith(office)) : [];
}
