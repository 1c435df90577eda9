import { resolveDaySpan } from "../domain/resolve-dates.js";
import { withoutTrailingMarks } from "./trailing-marks.js";
import { notOwnWork } from "./not-own-work.js";
import { hasFigure } from "./leader-part.js";

/**
 * 「12月8号到12号去省里参加培训 不在单位」「下礼拜二到礼拜四在市里集中培训」「我九号十号在省厅开会 提醒先停一停」:
 * one's own absence ahead — a trip, a course, a meeting elsewhere, not at the office — on days that can be
 * worked out is registered as leave, as a colleague would note it without asking back: the reminders pause
 * on those days, the reply says which, and 取消请假 undoes it. No leave word is needed; the days are.
 *
 * One day away counts when the whole day is said (明天出差一天、后天一整天在市里开会、周四全天去省厅 不在单位).
 * Still asked (the 「不在单位」 question): days not fixed (下周、这几天、具体哪几天还没定、下个月中旬), one day
 * away with no whole day said (今天出差、明天去省厅汇报 不在单位 — it may be a day's errand), bare weekdays that may be this
 * week's, told (周一到周三在党校学习), someone else away, an absence over, a question, and work done or planned with its figure
 * beside (not-own-work.ts decides what is an absence at all).
 */

/** Days said so that they can be counted: a weekday, a date, 明天/后天, not a bare week (下周、这礼拜). */
const DAY_NAMED =
  /(?:周|星期|礼拜)[一二三四五六日天1-7]|[一二三四五六七八九十\d]{1,3}\s*[号日](?![子常])|\d{1,2}\s*[.\-/]\s*\d{1,2}|今天|明天|后天|明后|明儿|后儿|明日|后日|大后天/;
/** Not at the office said outright, or the reminders waved off for the days (别催、报不了、提醒先停). */
const SAYS_ABSENT =
  /不在(?:单位|办公室|局里|局(?![长领党])|岗|岗位|县里|县头|城里|本地)|(?<!在)不在(?=[，。,.!！\s哈啊呢]|$)|唔(?:喺|在)单位|(?:别|莫|覅|嫑|免|不用|不要|甭|勿)(?:再)?(?:催|提醒|找我|叫我|喊我)|(?:报|填|交)不了|冇得?空报|没(?:空|法)(?:报|填)|提醒(?:先)?(?:停|暂停|关)/;
/** An absence of several days: one day away (明天去市里开会) may be a day's errand. */
const MIN_DAYS = 2;
/** The whole day said (出差一天、一整天在市里、全天去省厅、开一天会): one day is then away, not an errand. */
const WHOLE_DAY = /一整天|整天|全天|(?<![\d一二两三四五六七八九十几半])一天(?![天半])/;
/** Where one is away, or that one is: a trip, a course, a meeting elsewhere, not at the office. */
const AWAY_WORD =
  /出差|培训|学习|开会|开[一二两三四五\u4e00-\u9fff]{0,3}?会|会议|参会|考察|党校|跟班|轮训|集训|进修|挂职|不在|唔在|外出|外地|住院|陪床|回老家/;
/** The days said to lie ahead: next week, tomorrow, about to go (要去、得去、准备). */
const AHEAD_SAID =
  /下(?:个)?(?:周|礼拜|星期)|下下|明天|明儿|明日|后天|大后天|要去|要到|得去|准备|打算|计划|将/;
/** From the clause of the return on (下周二回来再报、后天回单位): what is done once back. */
const BACK_ON = /[，,。；;！!\s][^，,。；;！!\s]*(?:回来|返回|回单位|回局里?|返岗|到岗|回去上班)[\s\S]*$/;
/** A day, what one goes to do, then 到 the last day: the range said around the trip. */
const SPLIT_RANGE =
  /((?:(?:下下|下个?|这个?|本)?(?:周|礼拜|星期)[一二三四五六日天1-7])|\d{1,2}\s*[号日])[^，,。\s到至]{1,12}?(?:到|至)((?:周|礼拜|星期)[一二三四五六日天1-7]|\d{1,2}\s*[号日])/;
/** Dates and days said (12月8号、8号、三天、周三): no figure of work. */
const DATES_AND_DAYS =
  /\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[号日]?|\d{1,2}\s*[号日]|[一两二三四五六七八九十\d]{1,3}\s*(?:个)?(?:天|日|礼拜|星期|周)|(?:周|星期|礼拜)[一二三四五六日天1-7]/g;
/** A range of dates written out (12月8号到12号、12.15-12.18、8号至10号): several days, definite. */
const WRITTEN_RANGE =
  /\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*[号日]?\s*(?:至|到|~|～|—|-)\s*(?:\d{1,2}\s*[月.\-/]\s*)?\d{1,2}|\d{1,2}\s*[号日]\s*(?:至|到|~|～|—|-)\s*\d{1,2}\s*[号日]/;
/** A question (还要报吗、用不用请假): asked about, not registered. */
const ASKED = /[吗么嘛?？]$|要不要|用不用|还要报|还得报|能不能|可不可以/;
/** A voice-typed trip is still short: longer messages say more than where one will be. */
const MAX_CHARS = 64;
/** A Monday from which every day said lies ahead: only to tell definite days from vague ones. */
const AHEAD = { year: 2001, month: 1, day: 1 };

/** The message, as the 请假 command's arguments, when it tells one's own absence on days that can be worked out. */
export function awayLeave(norm: string, core: string): string | undefined {
  if ([...core].length > MAX_CHARS || !AWAY_WORD.test(norm) || notOwnWork(norm)?.kind !== "away")
    return undefined;
  if (ASKED.test(withoutTrailingMarks(norm))) return undefined;
  // 「下周一到周三带5个特派员去省里培训」: a count beside the trip (dates and days aside) is work led or done.
  if (hasFigure(norm.replace(DATES_AND_DAYS, ""))) return undefined;
  // 「周一到周三在党校学习」: bare weekdays may be this week's, told — ahead only when said so.
  if (!WRITTEN_RANGE.test(norm) && !AHEAD_SAID.test(norm) && !SAYS_ABSENT.test(norm)) return undefined;
  // 「我这周出差，下周二回来再报」: the day back is no day of the absence.
  // 「下礼拜一去厦门出差到礼拜三」: the range said around where one goes is that range (下礼拜一到礼拜三).
  const away = norm.replace(BACK_ON, "").replace(SPLIT_RANGE, "$1到$2");
  if (!DAY_NAMED.test(away)) return undefined;
  if (WRITTEN_RANGE.test(away)) return away.trim();
  const span = resolveDaySpan(away, AHEAD);
  if (!span || "vague" in span) return undefined;
  const ms = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day);
  const days = Math.round((ms(span.to) - ms(span.from)) / 86_400_000) + 1;
  // 「明天去省厅汇报 不在单位」: one day away may be a day's errand — asked, not registered; 「明天出差一天」
  // says the whole day is away — registered, as several days are (取消请假 undoes it).
  if (days < MIN_DAYS && !WHOLE_DAY.test(away)) return undefined;
  return away.trim();
}
