/**
 * A 号 that is a day of the month, not an update's number: 「元旦1号」「1号元旦那天」「下礼拜一7号」
 * 「这个月12号礼拜六」「1月1号元旦」. The day sits beside another name of a day — a month, a holiday, a
 * weekday, 这个月/下个月 — or is called a day (那天、当天). An update is named 第3条、#3、3号那条, never so.
 */
const HOLIDAY = "元旦|国庆|五一|劳动节|春节|过年|中秋|端午|清明|圣诞|平安夜";
const WEEKDAY = "(?:[这本下上]个?|下下)?(?:周|星期|礼拜|禮拜)[一二三四五六日天]";
/** Said just before the number: the day's month, holiday or weekday (元旦1号、下礼拜一7号、这个月12号). */
export const DAY_BEFORE_NUMBER = `(?<!(?:${HOLIDAY}|${WEEKDAY}|[这本下上]个?月|月份?|节)\\s*(?:的|是|那个|后头那个|后面那个|之后的)?\\s*)`;
/** Said just after the number: a holiday, a weekday, or the number called a day (1号元旦、12号礼拜六、3号那天). */
export const DAY_AFTER_NUMBER = `(?!\\s*(?:是|就是)?\\s*(?:${HOLIDAY}|${WEEKDAY}|那天|当天|那日|当日|那一天))`;

const MONTH_OF: Record<string, number> = { 元旦: 1, 国庆: 10, 五一: 5, 劳动节: 5, 圣诞: 12, 平安夜: 12 };

/**
 * The day said twice in apposition, said once: 「元旦1号」「1号元旦」→「1月1号」, 「1月1号元旦」→「1月1号」,
 * 「下礼拜一7号」「12号礼拜六」→「7号」「12号」 (the date is the more exact of the two), so the calendar
 * reads one day. A holiday whose month moves (春节) with a day number is left as said.
 */
export function oneDayNamed(text: string): string {
  const holidays = Object.keys(MONTH_OF).join("|");
  return text
    .replace(
      new RegExp(`(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[号日]\\s*(?:是|就是)?\\s*(?:${HOLIDAY})(?:节)?`, "g"),
      "$1月$2号",
    )
    .replace(
      new RegExp(`(?:${HOLIDAY})(?:节)?(?:后头|后面|之后|过后)?(?:那个|的)?\\s*(\\d{1,2})\\s*[号日]`, "g"),
      (m, d: string) => {
        const h = new RegExp(`^(${holidays})`).exec(m)?.[1];
        return h ? `${MONTH_OF[h]}月${d}号` : m;
      },
    )
    .replace(
      new RegExp(`(?<![\\d月])(\\d{1,2})\\s*[号日]\\s*(?:是|就是)?\\s*(${holidays})(?:节)?`, "g"),
      (_m, d: string, h: string) => `${MONTH_OF[h]}月${d}号`,
    )
    .replace(new RegExp(`${WEEKDAY}\\s*(?:是|就是)?\\s*(\\d{1,2})\\s*[号日]`, "g"), "$1号")
    .replace(new RegExp(`(\\d{1,2})\\s*[号日]\\s*(?:是|就是)?\\s*${WEEKDAY}`, "g"), "$1号");
}
