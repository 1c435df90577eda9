import type { IntentContext } from "./classify-intent.js";
import type { Found } from "./leader-part.js";

/**
 * Two requests a leader says as a bare noun phrase (trial40b, round forty's lead):
 * - a half-year summary named and nothing else (上半年的总结、半年的总结、今年下半年那个总结、年中那个总结, with or without
 *   a making verb after it: 上半年总结写一下) → 生成总结 of that half; 年中 of a summary is the first half; 半年 alone is left
 *   to 生成总结, which asks which half. It had been a confirming question from the learned guess.
 * - next year's plan asked for (明年的计划、把明年计划给我看看、来年打算呢、下一步的工作安排) → 查看草稿 计划, the plan part only;
 *   the learned guess had shown the whole draft. A year in digits (2027年的计划) is a period and stays with the rest.
 * Round forty-one (leader41): named bare, with no making verb (上半年的总结、年中那个总结呢), the half's summary is asked for, not
 * made again: 查看草稿 of that half shows the draft in review, and where there is none yet drafting starts (review-commands.ts
 * draftAskedForWhenNone) — it had made a new version beside the one in review. A making verb (写一下、出一版) still drafts.
 * Leaders only: staff say 明年打算… to report plans of their own.
 */
const LEAD = "(?:那个|那|把|看看|看下|我看看|给我看看)?";
const HALF = "((?:今年|去年|20\\d\\d年?)?的?(?:上半年|下半年|半年)|年中)";
const MAKE = "(?:写|弄|出|搞|整|起草|做)(?:一下|下|一版|一个|个|一份|出来)?";
const BARE_HALF_SUMMARY = new RegExp(
  `^${LEAD}${HALF}(?:的|那个|那份|那篇|这个)?(?:工作)?总结(${MAKE})?(?:吧|呗|啊|哈|呢)?[。！!？?]*$`,
);
const PLAN_LOOKED =
  /^(?:那个|把|看看|看下|我看看|给我看看)?(?:明年|来年|下一年|下一?步|今后)的?(?:工作)?(?:计划|打算|安排|思路)(?:呢|部分)?(?:给我|发我|拿来|发来)?(?:看看|看下|看一下|瞅瞅|瞧瞧|看一眼)?(?:吧|呢|啊)?[?？。！!]*$/;

export function summaryAsked(norm: string, ctx: Pick<IntentContext, "leader">): Found | undefined {
  if (!ctx.leader) return undefined;
  const half = BARE_HALF_SUMMARY.exec(norm);
  if (half?.[1]) {
    const which = half[1] === "年中" ? "上半年" : half[1].replace(/的/g, "");
    const made = half[2] !== undefined || !/[上下]半年/.test(which);
    return { command: made ? "生成总结" : "查看草稿", args: which };
  }
  if (PLAN_LOOKED.test(norm)) return { command: "查看草稿", args: "计划" };
  return undefined;
}
