import { parseChineseNumber } from "../domain/chinese-number.js";
import { resolveDaySpan } from "../domain/resolve-dates.js";
import { LUNAR_DAY } from "../reminders/holiday-days.js";
import { hasFigure } from "./leader-part.js";
import { oneDayNamed } from "./date-number.js";
import { closesAsQuestion, plainANotA } from "./question-close.js";
import { withoutTrailingMarks } from "./trailing-marks.js";

/**
 * 「请问这周六要上班吗🙏」「12月12号上班不上班呀」「下礼拜天用不用来单位」「周日调休不 要上班伐」: whether
 * a day is worked, asked about a day that can be worked out — 上班吗 on that day, answered from the
 * calendar (read-only: done, never asked about). The whole-phrase rule (command-rules.ts) reads the
 * plain shapes; this reads the same question with padding, emoji, 上班不上班, 来单位 or a dialect
 * particle around it.
 *
 * Not this: a statement (我明天调休、这周六加班), a time of day (明天几点上班), leave (请假 — leave-request.ts),
 * someone else (老张明天上班吗), or a figure of work.
 */
/**
 * 歇 is the everyday (northern and central dialect) word for a day off: 「31号歇不歇啊」「这周六能歇不」「明天歇班吗」 ask
 * what 放假吗、休息吗 ask; a statement (我明天歇一天) or a break (歇会儿) asks nothing of the calendar.
 * 「礼拜六局里开唔开门」「周日单位开不开门」: whether the office is open that day asks the same (round forty-six).
 * 「礼拜六排班有我没得」「周日轮不轮到我值班撒」: one's own duty that day asked (the command says the bot keeps no roster).
 * 「元旦那天局里要人守着不」: whether the office must be kept that day asks the same (round fifty-two).
 * 「这周日俺还用来吗」「礼拜六我还要来不」: whether one is still needed in, 来 closing the question (round fifty-three) —
 * said of oneself (「检查组明天得是要来」 asks of others).
 */
const WORKED =
  /上班|排班|值班|补班|歇(?!业)|加班|放假|休息|调休|调不调休|坐班|[在到]岗|(?:来|去|到|回|返)(?:单位|局里|机关|班上)|工作日|节假日|返工|(?:单位|局里|机关)(?:是不是|要不要)?(?:要|得)?来人|(?:单位|局里|机关)(?:里)?开[不唔]?开门|(?:单位|局里|机关)(?:里)?(?:要|得|需要)?(?:留)?(?:人|个人)(?:守着|守|值守|看着|盯着)|(?:我|俺|额|咱)(?:还|也|都)?(?:用不用|要不要|得不得|需不需要|用|要|得|需要)[来來](?=[吗嗎么嘛不啊呀伐?？]*$)/;
/**
 * 「元旦放几天」「过年哪天放」「国庆放不放」「春节放到几号」: a holiday named and its days off asked — 上班吗
 * on the holiday (the command says the days off around it); 几号、哪天 ask of the holiday, not a time.
 */
const HOLIDAY = /元旦|春节|过年|大年初一|除夕|年三十|五一|劳动节|国庆|端午|中秋/;
const HOLIDAY_ASKED =
  /放(?:几天|多少天|几日|多久|几多日)|(?:哪天|几号|什么时候|啥时候|哪一天)(?:开始)?放|放到(?:哪天|几号)|放不放|休几天|放假(?:吗|不|没|了没)|放(?:假)?(?:几天|多久)|歇(?:几天|多少天|几日|多久|不歇)|歇到(?:哪天|几号)/;
/** 「明朝局里上班啊」: a short clause with no one named, closed by 啊/呀 — asked in 江淮/吴 speech. */
// Round fifty-five: 「元旦那三天轮到我值班没有」「礼拜六值班没得嘛」 (没有/没得 closing), 「元旦那几天 哪个值班」 (who is on duty),
// 「这个礼拜六要来单位值班咯」 (要 … 咯 with no one named: 西南/湘 asking).
const ASKED =
  /[吗么嘛伐?？]|(?:没有|没得|冇得|莫得)(?:[嘛啊呀哈哦撒噻伐呢咯嘞喽唦])*$|(?:哪个|哪位|谁|哪些人?)(?:来)?(?:值班|值守|带班)$|^[^我俺咱他她]{0,10}(?:要|得)[^，,。]{0,5}(?:值班|上班|加班|补班)(?:咯|啰|罗)$|(?:上班|补班|放假|休息|调休)(?:的)?吧$|[冇冒]$|是不是|要不要|用不用|需不需要|得不得|([\u4e00-\u9fff])[不唔]\1|(上班|放假|补班|休息)不\2|[不没](?:[嘛啊呀哈哦撒噻伐呢咯嘞喽唦])*$|^[^我俺咱他她]{0,8}(?:上班|补班|放假)[啊呀]$|有我(?:没得|冇得|没有|冇|没|不)$/;
const NOT_THIS =
  /几点|什么时候|啥时候|几号|请假|请个|[他她]|老[\u4e00-\u9fff]|小[\u4e00-\u9fff](?=明|后|这|下|周|礼)|大家|你们|局长|主任|科长|书记|领导/;
/**
 * A Monday from which every day said lies ahead: used only to tell a definite day from a vague one
 * (not the 1st of January, before which 元旦前一天 would lie).
 */
const AHEAD = { year: 2001, month: 1, day: 8 };
/** A day named from another (元旦前一天、头一天、第二天): its 一天 is no figure of work. */
const DAY_FROM_DAY = /(?:前|头|后|第二|隔)一?[天日]|次日|那一天|最后一天/g;
// 「一月一号那天」: the date in words is written too (round fifty-two).
const WRITTEN =
  /\d{1,2}\s*[月.\-/]\s*\d{1,2}|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}[号日]/;
/** 「礼拜六轮到我」「元旦那三天」「国庆七天假」: a weekday (六轮 is no six rounds) or a holiday's days off — no figure of work. */
const DAYS_OF_DAY =
  /(?:周|星期|礼拜)[一二三四五六日天]|(?<=(?:元旦|春节|过年|国庆|五一|劳动节|端午|中秋|清明)(?:放假|假期)?(?:那|这)?)[一二两三四五六七八\d]{1,2}[天日](?:假)?/g;
const HOLIDAY_DAYS =
  /(?<=(?:元旦|春节|过年|国庆|五一|劳动节|端午|中秋|清明)(?:放假|假期)?)(?:那|这)?[一二两三四五六七八\d]{1,2}[天日](?:假)?/g;
/** A weekday in apposition to 今天/明天/后天 (明天礼拜三、后天是周五). */
const BESIDE_WEEKDAY = /(今天|明天|后天|大后天)\s*(?:是|就是)?\s*(?:周|星期|礼拜)[一二三四五六日天]/g;

/** A word of address at the start, set off by a pause: 老表、老庚、老铁、老哥、兄弟、伙计、亲、各位. */
const ADDRESS = /^(?:老表|老庚|老铁|老哥|老弟|老乡|兄弟|伙计|亲|各位|请问)[，,、！!\s]+/;

/** The message as 上班吗's arguments, when it asks whether a day that can be worked out is worked. */
export function workdayAsked(said: string, core: string): string | undefined {
  if ([...core].length > 22) return undefined;
  // 「元旦1号那天要上班不」「下礼拜一7号」: one day named twice is read once (date-number.ts); 放冇放 is 放不放.
  // 「老表 礼拜六是不是得来局里补班」: a word of address to whoever reads leads it — nobody else asked about.
  const norm = plainANotA(oneDayNamed(said.replace(ADDRESS, "")));
  const holiday = HOLIDAY.exec(norm)?.[0];
  // 「元旦放假不 还是要值班」: duty as the other side of the choice asked (还是要值班) still asks of the days off.
  if (
    holiday &&
    HOLIDAY_ASKED.test(norm) &&
    !/[他她]|老[\u4e00-\u9fff]|大家|你们|(?<!还是(?:都)?(?:要|得)?)值班/.test(norm)
  )
    return holiday === "过年" || holiday === "大年初一" ? "春节" : holiday === "年三十" ? "除夕" : holiday;
  if (
    !WORKED.test(norm) ||
    NOT_THIS.test(norm) ||
    hasFigure(norm.replace(WRITTEN, "").replace(DAY_FROM_DAY, "").replace(DAYS_OF_DAY, ""))
  )
    return undefined;
  // 「周日要来单位不啊 听说调休」: the question may be any clause; the others only say why it is asked.
  const asked = norm
    .split(/[，,。；;\s]+/)
    .some(
      (clause) =>
        WORKED.test(clause) && (ASKED.test(withoutTrailingMarks(clause)) || closesAsQuestion(clause)),
    );
  return asked ? dayAsked(norm) : undefined;
}

/** Whether any clause asks (吗、不、上不上班、放几天): 「元旦那天我值班 在单位守着」 asks nothing of the calendar. */
export function asksSomething(norm: string): boolean {
  return (
    HOLIDAY_ASKED.test(norm) || norm.split(/[，,。；;\s]+/).some((c) => ASKED.test(withoutTrailingMarks(c)))
  );
}

/** The message without its polite lead, when it names one day that can be worked out. */
export function dayAsked(said: string): string | undefined {
  const norm = oneDayNamed(said);
  // 「大年初八」「腊月二十九」: a lunar day, resolved by the command on the lunar calendar.
  if (!WRITTEN.test(norm) && !LUNAR_DAY.test(norm)) {
    // 「明天礼拜三 要上班冇」: the weekday said beside 明天 names the same day (true on the day it is asked).
    // 「元旦那三天」: the holiday's days off name the holiday (the command tells the days around it).
    const span = resolveDaySpan(norm.replace(BESIDE_WEEKDAY, "$1").replace(HOLIDAY_DAYS, ""), AHEAD);
    if (!span || "vague" in span || span.from.day !== span.to.day || span.from.month !== span.to.month)
      return undefined;
  }
  return norm
    .replace(/^(?:请问|问一下|问下|麻烦问下|麻烦问一下|想问下|想问一下)[\s，,]*/, "")
    .replace(
      DATE_IN_WORDS,
      (_, m: string, d: string, end: string) => `${parseChineseNumber(m)}月${parseChineseNumber(d)}${end}`,
    )
    .trim();
}
/** 「一月一号」「十二月三十一日」: a date in words, written with digits for the command (round fifty-two). */
const DATE_IN_WORDS =
  /(?<![一二三四五六七八九十])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})([号日])/g;
