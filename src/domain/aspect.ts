/**
 * Aspect and modality words said in chat, read for what they say of the work (kept out of
 * clause-kind.ts, which stays under the file-size limit):
 * - a complaint said gently — 有点小、有些慢、不太配合、不怎么来、场地小 — is a problem as much as 太小;
 * - what is about to happen — 马上就能办公了、即将开通、这两天过来修 — lies ahead;
 * - what is left, with nothing said done or wrong of it — 剩下的这周发完 — is still to do;
 * - 「问题的话就是…」「困难是…」 at a clause's head names what follows as a problem.
 */

import { PROBLEM_HEAD_ALONE, PROBLEM_HEAD_TIED } from "./problem-head.js";

/**
 * A gentle complaint: 有点/有些 before a state (有点成效、有点基础 are something gained), 不太/
 * 不怎么/不大 before a verb or adjective (问题不太大、影响不大 say little is wrong), a space too small.
 */
export const GENTLE_PROBLEM =
  /有点儿?(?!成效|起色|进展|收获|效果|好转|改善|提高|提升|增加|增长|信心|经验|基础|意思|东西|事)(?=[\u4e00-\u9fff])|有些(?=[小少低慢快紧难乱拖差弱高贵远偏累忙挤薄旧费吃困麻担着抵顾不跟吃])|不(?:太|怎么)(?!大|多|严重|影响)(?=[\u4e00-\u9fff])|不大(?=[会愿懂好行配清敢])|(?:场地|地方|面积|房子|房间|库房|仓库|规模|空间|教室|屋子|容量|会议室|院子|食堂|场馆)[^，。；]{0,3}小(?=$|[，。；！!了])|反反复复|(?:回头|转头|过后|没几天|过两天)又(?=[\u4e00-\u9fff])|(?:明天|第二天|隔天|转天|过几天)又(?=来|回来|摆|冒|出现|反弹|犯|堵|坏|漏|聚)|就(?:发|用|卖|抢|领|分)(?:完|光)了|(?:闲置|空置|撂荒|荒废|停用|废弃)的?(?:还)?有[\d一二两三四五六七八九十几]|有[\d一二两三四五六七八九十几]+[多余来]?个?[\u4e00-\u9fff]{0,4}(?:不到|不足|低于|达不到)[\d一二两三四五六七八九十]|还欠(?=[\d一二两三四五六七八九十几百千万]|[^，。；]{0,8}没)/;

/** About to happen: 马上就能对外办公了、马上去、即将开通 (马上组织 told of a past call-out is none of these). */
export const IMMINENT =
  /马上(?:就)?(?:能|要|可以|会|去|来|开始|启动|安排|动工|开工|到位|上线|开通|办|搞|弄)|马上(?![^，。；]*[了已])|即将(?!到来)|(?:这两天|这一两天)(?![^，。；]*(?:了|已|在))/;

/** 「问题的话就是」「困难是」「有个问题就是」「就是有个难点」 at the head of a clause (problem-head.ts). */
export const PROBLEM_TOPIC = new RegExp(`${PROBLEM_HEAD_TIED.source}|${PROBLEM_HEAD_ALONE.source}`);

/** 「剩下的这周发完」「剩下的3所村小月底前装完」: what is left, with nothing said done or wrong of it, is to do. */
export function remainingAhead(t: string): boolean {
  const m = /^(?:剩下|剩余|余下|其余|还剩)的?/.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length);
  // Said when or that it will be finished (这周发完、月底前装完), not only what it needs (剩下7处要动电路).
  return (
    /(?:完|好|齐)$|这周|本周|这个?月|今天|明天|近期|马上/.test(rest) &&
    !/了|已|过(?!来|去)|没|未|不|还在|中$|都是|是/.test(rest)
  );
}

/**
 * 「冬季再巡一遍」「等开春了再去看看」: 再 and a verb done once more (一遍、一趟、看看), with nothing in the
 * clause said done, is the next time (回头再核一下 notes a figure to check, mark-gaps.ts).
 */
export function againAhead(t: string): boolean {
  return (
    /(?<![不没又也还])(?<!回头)再(?:去|来|到)?[\u4e00-\u9fff]{1,2}(?:一遍|一趟|一轮|一次|一回|看看|两遍|两趟)/.test(
      t,
    ) && !/(?<!等[^，。；]{0,6})了|已|过(?!来|去|一遍)|正在/.test(t)
  );
}

/** 「31号晚上出动警力120人」: a day of this month without a month, after the day it is said, lies ahead. */
export function dayOfMonthKind(t: string, today?: { day: number }): "plan" | undefined {
  const m =
    /(?<![\d月年.〕】\]）)])(\d{1,2})[号日](?=晚上|上午|下午|早上|中午|当天|那天|起|开始|正式|$)/.exec(t);
  if (!m || !today || /了|已|过(?!来|去)/.test(t)) return undefined;
  const d = Number(m[1]);
  return d > today.day && d <= 31 ? "plan" : undefined;
}

/** Completion verbs closing the clause, which need no 了 to say the work is done. */
export const COMPLETED_END =
  /(?<![没未不]|没有|还没|尚未|即将|快要?)(?:正式)?(?:通车|竣工|封顶|完工|投产|投用|落成|并网|通水|通电|揭牌|开业|开园|开馆|交付使用|交房|挂牌成立|获批|通过(?:验收|认证|评审|复审|国家认证))(?=$|[，。；！!])/;

/** 明年到期的债务、下个月期满: a due date says when something falls due, not what will be done. */
export const DUE =
  /(?:(?:明年|来年)(?:[\d一二三四五六七八九十]{1,2}月(?:份|底|末)?|[一二三四1-4]季度|上半年|下半年|年?初|年?底)?|下个?月|下半年|下周|年底|月底|[\d一二三四五六七八九十]{1,2}月(?:份|底)?)(?:就|将|要|即将|陆续)?(?:到期|期满|届满)|(?:年底前|月底前|年内|明年|下个?月)(?:要|得|需要?)(?:还|偿还|兑付|支付)的/g;

/**
 * 「今天继续排查…」「继续包案化解」「接着把剩下5个村收尾」: work carried on from here, said with nothing done
 * yet, is ahead (粤 跟住 reads 接着, dialect-words.ts).
 */
export const CARRY_ON =
  /^(?:今天|今日|今晚|明天|接下来|后面)?(?:还要?|会|将|要)?(?:继续(?![了过着]|教育)|接着(?![了过着又]))/;

/** A time ahead inside a modifier (下周二召开的会、明年要办的事): it names the thing, not when the clause's work happens. */
export const AHEAD_ATTRIBUTE =
  /^(?![^，。；]{0,4}?(?:打算|计划|准备|争取|力争|将|拟)[^，。；]{0,2}?(?:下周|下个?月|下半年|明年))[^，。；]{0,6}?(?:下周[一二三四五六日天]?|下个?月|下半年|明年)[^，。；的把去来]{1,8}的(?=[\u4e00-\u9fff])/;

/**
 * 「还有3家的材料这周再补一下报上去」: what is left, with the step that will finish it (再 and a verb),
 * nothing said done or wrong of it, is still to do — not a shortfall (还差3个村 says only what is missing).
 */
export function leftThenStep(t: string): boolean {
  return (
    /^(?:目前|现在)?(?:还有|还剩|剩下)的?[\d一二两三四五六七八九十几]+[^，。；]{0,12}?(?<![不没又也])再(?!也|不|没|说)[\u4e00-\u9fff]/.test(
      t,
    ) && !/了|已|没|未|不(?!一)|难|卡/.test(t)
  );
}

/** 「这周末村干部再跑一趟」 said on a weekday: the weekend of this week lies ahead (nothing said done). */
export function weekendAhead(t: string, today?: { year: number; month: number; day: number }): boolean {
  if (
    !today ||
    !/(?:这|本)个?(?:周末|礼拜[六天日]|星期[六天日]|周[六日])/.test(t) ||
    /了|已|过(?!来|去)/.test(t)
  )
    return false;
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  return weekday >= 1 && weekday <= 5;
}

/** 「这个月中旬通上」 said on 2 December: a part of this month not yet begun lies ahead (nothing said done). */
export function monthPartAhead(t: string, today?: { day: number }): boolean {
  const m = /(?:这|本)个?月(?:的)?(上旬|中旬|下旬|底|末)/.exec(t);
  if (!m || !today || /了|已|过(?!来|去)/.test(t)) return false;
  const start = { 上旬: 1, 中旬: 11, 下旬: 21, 底: 21, 末: 21 }[m[1] as "上旬"] ?? 32;
  return today.day < start;
}
