import { parseDate } from "./period.js";
import { yearPartIn } from "./year-part.js";

/**
 * Headings that set the kind of the clauses under them: 「存在问题：」「下一步计划」「二、2026年工作打算」
 * 「本周工作完成情况」 (moved out of extract.ts, which stays under the file-size limit).
 */

type Kind = "item" | "problem" | "plan";

const PLAN_HEAD =
  /^(?:镇里|县里|村里|局里|我们|我局|咱们|[\u4e00-\u9fff]{1,3}(?:科|站|所|股|办|队|中心))?(?:\d{4}年度?|下一步|下步|下一?阶段|下半年|下周|下星期|下个?月|明年|来年|今后|下一年度?)(?:的)?(?:(?!继续|做好|加强|推进|推动|开展|抓好|抓实|落实|组织|完成|实施|提升|深化|强化|巩固|健全|完善|做实|持续)[^，。,；;]){0,12}(?:计划|打算|安排|思路|目标|举措|重点|工作|谋划|展望)(?:如下)?$/;
const PLAN_HEAD_BARE =
  /^(?:(?:主要|重点)?工作)?(?:计划|打算|思路|目标|安排|谋划|展望)(?:和措施|及措施|和举措|及举措)?$|^(?:下一步|下步|下阶段|今后|明年|下半年|下周|下一周|下星期|下个?月|明天)$/;
const PROBLEM_HEAD =
  /^(?:目前|当前|工作中的?|面临的|需要解决的)?(?:存在的?(?:主要)?(?:问题|困难|不足|短板|弱项)|(?:主要)?(?:问题|困难|短板|弱项)(?:和|与|及)?(?:不足|困难|建议|问题|弱项)?|不足之处)(?:[和及与、](?:不足|困难|短板|弱项|问题|差距))*(?:及原因(?:分析)?|和困难)?$|^(?:目前|现在|主要)?(?:存在的?|遇到的?)?(?:问题|困难|不足|短板|难处|难点)(?:主要|大概|大致)?有[一两二三四五六七八九十几]+(?:个|条|点|方面)?$/;
const ITEM_HEAD =
  /(?:工作|开展|完成|进展|落实)情况$|(?:总结|汇报|报告)如下$|^(?:主要|取得的|主要工作)?(?:工作|做法)?(?:及|和|与)?(?:成效|成绩|亮点|做法)$|^(?:今年以来|本周|这周|上周|本月|今年|上半年)?(?:主要)?(?:已?完成|已做|做了|开展了)(?:以下|如下)?(?:工作|事项)?$|^(?:主要)?工作(?:成效|做法|亮点|回顾|进展)$|^(?:今年|本年度?|上半年|本周|本月|全年)(?:主要)?工作$|^(?:本周|这周|上周|本月|这个月|今天|今日)$|工作总结(?:如下)?$|^[^，。；]{0,12}?(?:干|做|办|抓|搞|弄|整|开展|完成)了?(?:这么|以下|如下|主要)?[一两二三四五六七八九十几]+(?:项|件|个|块)?(?:方面)?(?:的)?(?:主要|重点)?(?:工作|事儿?|事情|活儿?)?(?:儿)?$/;

/** The kind a heading sets for the clauses under it; undefined when `text` is no heading. */
export function headingMode(text: string, today?: string): Kind | undefined {
  const t = text.replace(/[:：。]$/, "");
  if (t.length > 25) return undefined;
  if (PROBLEM_HEAD.test(t)) return "problem";
  // 「下半年：」「下半年工作」 heading a year-end report list the half's work; 「下半年打算」 is still a plan.
  const part = yearPartIn(t, today ? parseDate(today) : undefined);
  if (part && part.tense !== "ahead" && /^[^，。]{0,6}下半年度?(?:的)?(?:主要)?(?:工作|重点工作)?$/.test(t))
    return "item";
  if (PLAN_HEAD.test(t) || PLAN_HEAD_BARE.test(t)) return "plan";
  if (ITEM_HEAD.test(t)) return "item";
  return undefined;
}
