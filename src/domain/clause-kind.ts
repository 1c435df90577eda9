import { DONE } from "./done-words.js";
import { inSubjectAttribute } from "./subject-attribute.js";
import { BEFORE_AS_NAME, holidayAhead, monthDateKind } from "./clause-date.js";
import { DEADLINE, toldDoneBy } from "./deadline-ahead.js";
import { beforeDayPart, DAY_PART } from "./day-part.js";
import {
  AHEAD_ATTRIBUTE,
  againAhead,
  CARRY_ON,
  COMPLETED_END,
  dayOfMonthKind,
  DUE,
  leftThenStep,
  remainingAhead,
  monthPartAhead,
  weekendAhead,
} from "./aspect.js";
import { problemByShape } from "./clause-shape.js";
import { PLAN_WORDS } from "./plan-words.js";
import { rateTarget } from "./rate-target.js";
import { statesNorm } from "./norm-stated.js";
import { planInAttribute } from "./told-as-done.js";
import { withPartCounted, yearAhead } from "./state-signs.js";
import { leftShort, waitsOnOthers } from "./plain-problems.js";
import { SOLVING, statesProblem } from "./states-problem.js";
export { handledNext } from "./states-problem.js";
import { plainDoubleNegative } from "./double-negative.js";
import { sufferedHarm } from "./harm-suffered.js";
import { badState } from "./bad-state.js";
import { seasonStepAhead } from "./season-step.js";
import { LUNAR_DAY } from "./lunar-date.js";
import { withoutAndAlsoHead } from "./and-also.js";
import { BAD_THING, DECREASE, FELL, saysBadThing } from "./decrease.js";
export { decreaseAfter } from "./decrease.js";
import { parseDate } from "./period.js";
import { plainAspect, plainDialect } from "./dialect-words.js";
import { holidayDeadlinePast, monthDeadlinePast, yearPartIn } from "./year-part.js";

/**
 * What a piece of a staff message says, by its meaning: work done, a problem or a plan.
 *
 * Read from tense and modality the way a colleague reads it: 计划/拟/将/下一步/明年/下周/力争/准备
 * mark a plan, 已/完成/了/争取到 mark work done, and 问题/困难/不足/短板/偏低/滞后/缺乏 mark a problem
 * only where they are said of something — 困难群众, 困难党员 are people, 整改问题、解决…问题 is work
 * done, 计划生育, 按计划, 年度计划的103% are not plans. A date in the reporting year reads as done
 * when it has begun by the day of the message (「12月上旬…」 sent on 10 December) and as a plan when
 * it lies ahead. A piece with no sign at all says nothing of its own: the caller lets it follow its
 * neighbour (「下周计划去两所小学，开展科普讲座」 is one plan).
 */
export type ClauseKind = "done" | "problem" | "plan";

export { GETTING_READY } from "./plan-words.js";
/** A quota still to meet (植树造林任务1.8万亩): a plan unless the piece says it is done. */
// 「年度目标是新增市场主体1500户」「全年计划培训500人」: the year's target with its figure, a quota too.
// 「超过市里下达任务2000亩」「超年初目标280万」: the amount over a quota is what was achieved, not a quota.
const TASK =
  /(?<!(?:超过|超出|高出|多于|高于|突破|超额完成)[^，。；]{0,8})任务(?:是|为)?(?=[\d一二两三四五六七八九十])|(?<!(?:超过|超出|高出|多于|高于|突破|超额完成|超(?!市)|比)[^，。；]{0,8})(?:全年|年度|今年|本年|年初)的?(?:计划|目标)(?:任务)?(?:是|为|定的?)?(?:(?!的)[\u4e00-\u9fff]){0,6}?(?=[\d一二两三四五六七八九十])/;
/** A task set from above with its count (县里定了今年冬天要完成3000户改造): the 了 is the setting's, the work lies ahead. */
export const SET_TASK =
  /(?:定了?|下达了?|下了|给了?|压了?)[^，。；]{0,8}?(?<![不没])(?:要|得)(?:完成|建成|实现|达到|新增|培训|改造|招|建)[^，。；]{0,8}?[\d一二两三四五六七八九十]/;
const PLAN = new RegExp(PLAN_WORDS.join("|"));
/** A plan word at the head of the piece (after a subject of a few characters at most). */
const PLAN_LEAD = new RegExp(`^(?:[^，。]{0,6}?)(?:${PLAN_WORDS.join("|")})`);

/** A count, or the rest (其他的、其余), said to stand unchanged (没变、不变、照旧) in a correction. */
const STANDS =
  /(?:^|[\s，,])[^，,\s]{0,12}?(?:[\d一二两三四五六七八九十百千万]+[多来余]?[\u4e00-\u9fff%]{0,2}|其他的?|其它的?|其余的?|别的)(?:都|也|还是)?(?:没变|不变|没有变|照旧)了?$/;

const EMOJI = /\p{Extended_Pictographic}|\uFE0F|\u200D/gu;

/**
 * 「下午去几个重点村督导」 with nothing marking it done: still to come when the message was sent
 * before that part of the day began (plan), work of the day once it has begun (day-part.ts).
 */
function laterToday(t: string, time?: string): boolean {
  if (DONE.test(t.replace(DAY_PART, ""))) return false; // 下午开了会, 下午已完成…
  return beforeDayPart(t, time);
}

const BAD_PREDICATE =
  /[\u4e00-\u9fff](?:很|太|较|比较|有点|有些|特别|非常|挺|还是|还|仍|都|也|偏|太过)?(?<![困艰灾疑刁为排解避不抓加赶收])(?<!遇(?=难))(?:差|慢|难|缺|乱|紧|低|弱|偏|远|散|旧|破|脏|贵|累|少|窄|薄|短)(?:了|得很|得多|得厉害)?(?:一些|一点|点儿?|些|不少|很多)?(?=$|[，。；！!])/;

/** How a work plan words its measures (重点抓好、切实做好、进一步加强), not how work done is told. */
const PLAN_PHRASE =
  /重点(?:抓好|做好|推进|抓|做)|抓好|抓实|抓紧|狠抓|着力|全力|切实|扎实(?:推进|做好)|进一步(?:加强|推进|做好|提升|完善|扩大)/;

/** Words of intention or action that make a piece with a future time a plan whatever else it says. */
const INTENT =
  /计划|拟|将|准备|打算|力争|争取|要|确保|推进|开展|实施|组织|完成|建|办|抓|做好|加强|提升|解决|继续|把[^，。；]{1,12}?(?:补|修|换|清|改|整|弄|处理)/;
/** Doubt about what lies ahead (够呛、悬得很): a worry, not a plan. */
export const UNSURE =
  /不好说|说不准|说不好|难说|没把握|心里没底|不确定|拿不准|够呛|悬(?:得很|乎|了)?(?=$|[，。；！!])/;

/**
 * How the piece reads on its own: a kind, or undefined when it carries no sign of one.
 * `today` is the day the message was sent (YYYY-MM-DD), `time` its local time (HH:MM).
 */
export function pieceKind(text: string, today?: string, time?: string): ClauseKind | undefined {
  const day = today ? parseDate(today) : undefined;
  // A full stop closing the piece says nothing of its kind (「剩下2处这礼拜整完。」 reads as without it).
  let t = withPartCounted(
    plainDoubleNegative(plainAspect(plainDialect(withoutAndAlsoHead(text))))
      .replace(EMOJI, "")
      .replace(DUE, "到期")
      // 「1.20之前报过来」「6/30前把半年小结交上来」: a day written month.day or month/day before 前 is a deadline (fig56).
      .replace(/(?<![\d./])(1[0-2]|0?[1-9])[./](3[01]|[12]\d|0?[1-9])(?=之?前|以前)/gu, "$1月$2日")
      // 「今年出了十来回差」: trips away counted, told done — the 差 of 出差 is no 差 of a bad state (draft43).
      .replace(/出了([\d一二两三四五六七八九十几]+[来多余]?)(?:趟|回|次)差/gu, "出差$1次")
      .trim()
      .replace(/[。．！!？?；;~～]+$/u, ""),
  );
  // 「端午节前抽检…」「6月底前完成…」 said after that day: when it was done, not a deadline ahead.
  const pastDeadline = holidayDeadlinePast(t, day) || monthDeadlinePast(t, day);
  if (pastDeadline) t = t.replace(/之?前(?=[^，。；]*$)/, "时");
  // 「年后第一日返工情况统计咗」 sent between February and June, with 了 or 已 after it: the year has turned, the
  // work is told done — 年后 is when it was, as 年初 would say (in December it is still the step ahead).
  if (day && day.month >= 2 && day.month <= 6)
    t = t.replace(/年后(?=[^，。；]*(?:(?<![为除])了(?!解)|已))/, "年初");
  // 「开春在嘎查教牧民嫁接」 sent from March to May: spring has come, 开春 says when the work was, as 春季 would;
  // 开春后、开春前、开春再、等开春、明年开春 still look ahead (fig54).
  if (day && day.month >= 3 && day.month <= 5)
    t = t.replace(/(?<!明年|来年|等|到|明|冬|过了)开春(?![后前再就才了以之化接继早])/, "春季");
  // 「下半年又推广到三个乡镇」: a part of the year read against the day it is said (年中补报 vs 年初打算).
  const part = yearPartIn(t, day);
  // 「下半年重点抓好个税汇算」: the words of a work plan, with nothing done, keep the half ahead.
  // 「下半年再培训200名」 said in July, as the half begins: with nothing said done, it lies ahead.
  const nothingDone = !/了|已|(?<!再)完成|过/.test(t);
  const partAhead =
    part?.tense === "ahead" ||
    (part?.tense === "starting" && nothingDone) ||
    (part?.tense === "begun" && PLAN_PHRASE.test(t) && nothingDone)
      ? part
      : undefined;
  const aheadLead = partAhead !== undefined && /^[^，。]{0,6}$/.test(t.slice(0, partAhead.index));
  // 「…是三十四处 不是四十三处 当场整改的二十处没变」「其他的不变」: in a correction, a figure said to stand as it was says
  // nothing of its own kind (fig52); it follows its neighbour. 「还有三处没改」「剩下的没动」 are still problems.
  if (STANDS.test(t)) return undefined;
  // 「明年能不能稳住不好说」: doubt about what lies ahead is a worry, not a plan.
  // 「遗址让挖沙的给祸祸了」「胡麻冻了三百多亩」: harm suffered, not work done (harm-suffered.ts).
  if (UNSURE.test(t) || sufferedHarm(t)) return "problem";
  // 「剩下两处在林区道路边上」「剩下八处得等开春动了工才能改」: what is left, characterised (plain-problems.ts).
  // 「得等开春换」「配件要等到明年」: held up, waiting on something else (plain-problems.ts).
  if (leftShort(t) || waitsOnOthers(t)) return "problem";
  // 「计划新建的5所幼儿园已经全部开园了」: a plan word modifying a noun (told-as-done.ts).
  const told = planInAttribute(t, (s) => pieceKind(s, today, time));
  if (told === "topic") return undefined;
  if (told === "done" && !statesProblem(t)) return "done";
  // 「趁着地还没冻住，…」: while the moment lasts, a time frame for what follows, no problem of its own.
  if (/^(?:趁着?|乘着|赶着)/.test(t) && !/了|已|过/.test(t)) return undefined;
  // 「按要求每个季度要开一次联席会议」: a norm, no plan of the office (norm-stated.ts).
  if (statesNorm(t)) return statesProblem(t) ? "problem" : undefined;
  // 「下周二召开的防汛会材料已经准备好了」: a time ahead that only says which meeting, the work is done.
  const attr = AHEAD_ATTRIBUTE.exec(t);
  if (attr && DONE.test(t.slice(attr.index + attr[0].length)) && !statesProblem(t)) return "done";
  // 「明年就放不下了」: a time ahead with a problem as its predicate and no intention is a problem.
  // 「下月还有2个」: more to come said after a time ahead, not what is left over.
  const moreToCome = /(?:还有|还会有|还要)[\d一二两三四五六七八九十几]/.test(t);
  // 「明年的专项债额度估计要少一大截」: 要 after a guess foretells, it is no intention.
  const foretold = /(?:估计|恐怕|可能|怕是|看样子|看来|肯定|八成)(?:还|也|又)?(?:要|会|得)/.test(t);
  if (
    (PLAN_LEAD.test(t) || aheadLead) &&
    foretold &&
    (statesProblem(t) ||
      DECREASE.test(t) ||
      FELL.test(t) ||
      /(?:要|会|得)(?:少|减少|下降|降|掉|跌|缩水|亏|不够|超支)/.test(t))
  )
    return "problem";
  if ((PLAN_LEAD.test(t) || aheadLead) && (moreToCome || !(statesProblem(t) && !INTENT.test(t))))
    return "plan";
  if (leftThenStep(t)) return "plan";
  if (statesProblem(t)) return "problem";
  if (yearAhead(t, day) || weekendAhead(t, day) || monthPartAhead(t, day)) return "plan";
  if (DECREASE.test(t) && !saysBadThing(t)) return "problem";
  // 「旅游接待人数下降了一成左右」「茶叶产量减少了一成多」: a good thing that fell, by an amount or
  // no more said (no comparison needed); 「减少审批环节3个」 (an object after the verb) is work done.
  if (FELL.test(t) && !saysBadThing(t)) return "problem";
  // 「进度慢」「设备旧」「路况差」: a negative adjective closing the clause as its predicate,
  // unless what it says is low or few is itself something bad (事故少、成本低).
  const bad = BAD_PREDICATE.exec(t);
  const remedy = SOLVING.exec(t);
  // What is bad is the predicate's own subject, just before it (雨季施工进度慢 is slow progress).
  const subject = bad ? t.slice(Math.max(0, bad.index - 6), bad.index + bad[0].length) : "";
  // 「办结时限还是慢了一点」: slow, poor or in a mess is bad whatever it is said of (时限短 is good, 时限慢 is not).
  const badAnyway = bad && /[慢差乱破旧脏]/.test(bad[0]);
  if (bad && (badAnyway || !BAD_THING.test(subject)) && !(remedy && remedy.index < bad.index))
    return "problem";
  if (!remedy && badState(t, (s) => pieceKind(s, today, time))) return "problem"; // 电费好贵、就俺一个 (bad-state.ts)
  const set = SET_TASK.exec(t);
  if (set && !/了|已|过/.test(t.slice(set.index + set[0].length))) return "plan";
  if (rateTarget(t)) return "plan"; // 覆盖率要到百分之六十: a rate set as the mark (rate-target.ts)
  // 「剩下的这周发完」「今年改厕任务是500户」: what is left or set to do, nothing said done of it.
  if (remainingAhead(t) || againAhead(t) || (TASK.test(t) && !/了|已|(?<![是为要])完成|过/.test(t)))
    return "plan";
  if (!pastDeadline && seasonStepAhead(t, day)) return "plan"; // 七一当天开表彰会、汛期安排专人值班 (season-step.ts)
  const plan = firstOf(PLAN.exec(t), partAhead);
  const done = firstOf(DONE.exec(t), part?.tense === "begun" && part !== partAhead ? part : undefined);
  if (CARRY_ON.test(t) && !/了|已|完成|过/.test(t)) return "plan";
  if (plan && !(done && done.index < plan.index && !inSubjectAttribute(t, done.index))) return "plan";
  if (problemByShape(t, done !== null, remedy)) return "problem";
  if (laterToday(t, time)) return "plan";
  // 「9月份完成主体」 said in July: a month ahead with nothing said done is when it will be finished.
  if (
    done &&
    !pastDeadline &&
    !/了|已|过/.test(t) &&
    (monthDateKind(t, day) ?? dayOfMonthKind(t, day)) === "plan"
  )
    return "plan";
  // 「柳河大桥正式通车」「住院楼主体封顶」: a completion said with no 了 closing its clause is work done.
  // 「年底前争取全部完成」: a deadline ahead governing the verb, nothing said done after it.
  const due = DEADLINE.exec(t);
  if (
    done &&
    due &&
    !pastDeadline &&
    due.index < done.index &&
    !toldDoneBy(t.slice(due.index + due[0].length))
  )
    return "plan";
  if (done || pastDeadline || (COMPLETED_END.test(t) && !DEADLINE.test(t) && !monthDateKind(t, day)))
    return "done";
  // 「开学前把全县31所学校查了一遍」: a deadline with 了/已 after it says what was done by then.
  const deadline = DEADLINE.exec(t);
  const byThen = deadline ? t.slice(deadline.index + deadline[0].length) : "";
  if ((deadline && !BEFORE_AS_NAME.test(byThen) && !toldDoneBy(byThen)) || TASK.test(t)) return "plan";
  // 「九月份开学」: a month said outright decides; the time of year is only read without one. 「腊月十二在大集摆摊」:
  // a lunar day is a day too (lunar-date.ts), not the season 腊月 (fig42).
  if (
    !/(?:\d{1,2}|[一二三四五六七八九十]{1,2}|元|正)月/.test(t) &&
    !LUNAR_DAY.test(t) &&
    !DUTY_ROSTER.test(t) &&
    holidayAhead(t, day)
  )
    return "plan";
  return monthDateKind(t, day) ?? dayOfMonthKind(t, day);
}

/**
 * 「春节假期值守二十四个分八个班次」「国庆期间值班安排了十二名干部」 said before the holiday: the duty roster for it,
 * counted, is drawn up already — work done, not a plan (round forty-four, fig44: i2-penhu). 「春节期间要安排二十个人值守」
 * keeps its plan word; 「春节期间走访困难户二十户」 is no roster and stays ahead.
 */
const DUTY_ROSTER =
  /(?:春节|元旦|国庆|中秋|端午|清明|五一|节日|节假日|两节)(?:假期|期间|长假|七天|八天)?(?:的)?(?:应急)?(?:值守|值班|执勤|带班)(?:人员|表)?(?!要|将|准备|计划|打算)[^，。；要将]{0,6}?[\d一二两三四五六七八九十百]+[多来余]?(?:个|名|人|位)/;

/** The earlier of a word match and a part of the year, as where a sign stands in the piece. */
function firstOf(m: RegExpExecArray | null, part: { index: number } | undefined): { index: number } | null {
  if (!part) return m;
  return m && m.index <= part.index ? m : part;
}
