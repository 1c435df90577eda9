import { DURATION, FIGURE } from "./work-lexicon.js";

/**
 * 「这周六我值班 在单位守着」「周日轮到我值班 一天都在局里」「明天我值班 晚上在局里守着」: one's own duty day
 * ahead, told — nothing done yet, no absence (one is at the office), no day asked about. A colleague says
 * 「好的，辛苦了」: small talk, nothing stored, no leave offered, no 记为填报 asked.
 * 「元旦那天我值班 要不要报」: whether a duty day is reported is a question about the rules (帮助).
 *
 * Not this: duty done (国庆值班3天 接处来电15个、昨天值班处理了1起 — a report), whether the day is worked
 * (这周六值班要上班吗 — 上班吗), someone else's duty (小王这周六值班).
 */
const DUTY = /值班|值守|轮值|带班|守值/;
/** A day ahead (or today): the duty is still to come. */
const DAY_AHEAD =
  /今天|今晚|今儿|明天|明晚|明儿|后天|(?:这|下)?(?:个)?(?:周|礼拜|星期)[一二三四五六日天末]|周末|\d{1,2}\s*[号日]|[一二三四五六七八九十]{1,3}[号日]|元旦|春节|过年|国庆|五一|中秋|端午|清明|节假日|假期|节日/;
/** Done, or a past day: the duty is work to report. */
const DONE =
  /了|过|完|期间|无异常|正常|平稳|昨天|前天|上(?:个)?(?:周|礼拜|星期)|处理|接[听处]|办结|巡查|检查/;
/** Whether it is reported, asked: a question about the rules. */
const REPORT_ASKED =
  /(?:要不要|用不用|需不需要|还要|还用|还得|要|得|需要|用)[^，,。]{0,6}?(?:填|报|写)(?:一下|一哈|下)?(?:吗|么|不|嘛|呀|啊)?[?？]*$|算不算/;
/**
 * Another question (要上班吗、几点): not this reader's. 「元旦放假不 还是要值班」「春节放不放 还是得值班」: the days off
 * asked, duty the other side of the choice (a clause closed by 不, then 还是) — 上班吗's (workday-asked.ts).
 * 「周日轮不轮到我值班撒」「礼拜六值班表上有我冇」: one's own duty asked (A不A, 有我冇) — 上班吗's too; so is 「元旦局里要人值班不」, closed
 * by 不 (round fifty-two).
 */
// Round fifty-six: 「这礼拜六俺值班不值班」 (AB不AB, i56a-021).
// Round fifty-five: 「元旦那三天轮到我值班没有」 (没有/没得 closing), 「元旦那几天 哪个值班」, 「这个礼拜六要来单位值班咯」 (no one named).
const ASKED =
  /[吗么嘛?？]|(?:没有|没得|冇得|莫得)(?:[嘛啊呀哈哦撒噻伐呢咯嘞喽唦])*$|(?:哪个|哪位|谁|哪些人?)(?:来)?(?:值班|值守|带班)$|^[^我俺咱]{0,10}(?:要|得)[^，,。\s]{0,5}(?:值班|值守)(?:咯|啰|罗)$|不(?:上班|用|要)|[不没](?:[嘛啊呀哈哦撒噻])*$|几点|不[，,、\s]+还是|放不放|放(?:几天|多久)|([\u4e00-\u9fff])[不唔]\1|([\u4e00-\u9fff]{2})[不唔]\2|有我(?:没得|冇得|没有|冇|没|不)/;
/** Someone else's duty: a name or 他/她 before it. */
const OTHERS = /^(?:[老小][\u4e00-\u9fff]|他|她|[\u4e00-\u9fff]{1,2}(?:主任|科长|局长))/;
const MAX_CHARS = 30;

export function dutyTold(norm: string): "told" | "asked" | undefined {
  if (!DUTY.test(norm) || [...norm].length > MAX_CHARS) return undefined;
  if (!DAY_AHEAD.test(norm) || DONE.test(norm) || OTHERS.test(norm)) return undefined;
  if (FIGURE.test(norm.replace(DURATION, ""))) return undefined;
  if (REPORT_ASKED.test(norm)) return "asked";
  if (ASKED.test(norm)) return undefined;
  return "told";
}
