import { parseChineseNumber } from "./chinese-number.js";
import type { ClauseKind } from "./clause-kind.js";
import { SEASON_MONTH } from "./clause-shape.js";
import { lunarDay } from "./lunar-date.js";
import type { LocalDate } from "./period.js";

/**
 * When a piece's date or time of year lies against the day the message was sent: a month or a
 * quarter without a year (「12月上旬…」 sent on 10 December is done, 「1月15日」 said in December is
 * next January), a time of the year ahead (「元旦后」「开春以后」), and 「节前…」 naming a kind of work.
 */

/** 「节前安全生产检查」「春节前走访慰问」: X前 naming the kind of work, not a deadline for it. */
// 「节前食品安全大检查 出动…」「节前客运站安全检查，」: or what is checked (a noun, no verb of setting about it), then the
// check, closing the piece (fig42) — 「节前开展食品安全检查」「春节前把食品安全检查做完」 stay deadlines.
export const BEFORE_AS_NAME =
  /^的?(?:安全|走访|慰问|检查|大检查|排查|巡查|集中|专项|联欢|座谈|值班|保供|稳价|市场|消防)|^(?![^，。；\s]*?(?:开展|组织|进行|安排|部署|启动|搞|做|把|要|将|再|对|去|到|完成|抓))[^，。；\s]{1,10}?(?:安全)?(?:大检查|检查|大排查|排查|巡查|督查)(?=$|[，,。；;\s])|^给[^，。；]{0,14}?[\d一二两三四五六七八九十百千万]+[多余来]?(?:名|人|户|个|家|所)[^，。；]{0,10}?(?:发放|发|送|补)(?![^，。；]*(?:要|得|将|计划|准备|争取|力争|确保|完|到位|下去))/;

/** 12月上旬, 八月份, 十一月底: a month without a year, in digits or in words (not 十四五, 三个月). */
const MONTH_DATE =
  /(?<![\d年一二三四五六七八九十个])(\d{1,2}|十[一二]|[一二三四五六七八九十]|元|正)月(上旬|中旬|下旬|初|中|底|末|份)?(?:(\d{1,2})[日号])?/;
/** 一季度, 第3季度: read as the month the quarter begins. */
const QUARTER = /(?<![\d年上下本这])第?([一二三四1-4])季度/;
/** 本月底, 月底, 年底 said as when something happens (not 年底前, read as a deadline). */
const PERIOD_END = /(?:本|这个?)?(月|年)(?:底|末)(?!前)/;

const TIME_OF_YEAR = new RegExp(
  `(?<![今去上本这])(${Object.keys(SEASON_MONTH)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);

/**
 * 「元旦后开展…」「开春以后…」「寒假期间组织…」: a time of the year that begins within the next five
 * months of the message's day is ahead, a plan (unknown day: ahead). 今冬, 今年春节 and 去年汛期 are
 * not read here.
 */
export function holidayAhead(text: string, today?: LocalDate): boolean {
  const m = TIME_OF_YEAR.exec(text);
  if (!m) return false;
  // 「春节前走访慰问…」 names the kind of work (BEFORE_AS_NAME), not when it will be done.
  const rest = text.slice(m.index + m[0].length);
  // 「元旦春节前走访慰问…」: two holidays named together before the work.
  const before = /^(?:[、和及]?(?:春节|元旦|国庆|中秋|端午|清明|五一|开学|放假))?前/.exec(rest);
  if (before && BEFORE_AS_NAME.test(rest.slice(before[0].length))) return false;
  if (!today) return true;
  // 「节后头一天…」 said in May after 五一 or in October after 国庆: after the holiday just past, not after the next
  // Spring Festival (fig54, fig55).
  if (m[1] === "节后" && ((today.month === 5 && today.day > 5) || (today.month === 10 && today.day > 7)))
    return false;
  const months = ([] as number[]).concat(SEASON_MONTH[m[1] ?? ""] ?? today.month);
  return months.some((month) => {
    const ahead = (month - today.month + 12) % 12;
    return ahead >= 1 && ahead <= 5;
  });
}

/**
 * 「汛期值班排到八月底 每天两个在岗」「值班表排到月底了」: a roster drawn up to run until a day is an arrangement in force
 * (fig53) — the day ends it, it is not when something will be done. 「准备把值班排到年底」 keeps its plan word;
 * 「会议安排到八月底开」 (a verb after the day) is when it happens.
 */
const rosterTo = (text: string, at: number, length: number) =>
  /(?:排|排班|安排|排好|轮班|轮值)(?:到|至)$/.test(text.slice(0, at)) &&
  /^(?:了|为止|止)?(?:$|[\s，,。；;])/.test(text.slice(at + length));

/** Whether a date without a year, read in the message's year, has begun by `today`. */
export function monthDateKind(text: string, today?: LocalDate): ClauseKind | undefined {
  if (!today) return undefined;
  const quarter = QUARTER.exec(text);
  if (quarter && !MONTH_DATE.test(text)) {
    const first = 3 * (["一", "二", "三", "四"].indexOf(quarter[1] ?? "") + 1 || Number(quarter[1])) - 2;
    // A quarter still to begin (一季度 said in December) is ahead; the current or a past one is not.
    return (first - today.month + 12) % 12 > 0 && (first - today.month + 12) % 12 <= 6 ? "plan" : undefined;
  }
  const end = PERIOD_END.exec(text);
  if (end && rosterTo(text, end.index, end[0].length)) return undefined;
  if (end && !MONTH_DATE.test(text)) {
    const ahead = end[1] === "月" ? today.day < 25 : today.month < 12 || today.day < 25;
    return ahead ? "plan" : "done";
  }
  // 「正月十五在广场办秧歌汇演」 said on 10 February 2026: 3 March, ahead (lunar-date.ts); 正月 is no month 1 or 2.
  const lunar = lunarDay(text, today);
  if (lunar) {
    const ahead =
      Date.UTC(lunar.year, lunar.month - 1, lunar.day) - Date.UTC(today.year, today.month - 1, today.day);
    return ahead > 0 ? "plan" : "done";
  }
  const m = MONTH_DATE.exec(text);
  if (!m || rosterTo(text, m.index, m[0].length)) return undefined;
  if (/明年|来年|下一年/.test(text.slice(0, m.index))) return "plan";
  const month = m[1] === "元" ? 1 : m[1] === "正" ? 2 : (parseChineseNumber(m[1] ?? "") ?? 0);
  if (month < 1 || month > 12) return undefined;
  const part = m[2] ?? "";
  const day = m[3]
    ? Number(m[3])
    : ({ 上旬: 1, 初: 1, 中旬: 11, 中: 11, 下旬: 21, 底: 21, 末: 21 } as Record<string, number>)[part];
  const start = day ?? 1;
  // 「1月15日」 written in December: next January, not last. Only the next two months read so:
  // 「3月组织科技活动周…」 said in December is this year's work, summed up at the year's end.
  if (today.month - month >= 10) return "plan";
  if (month < today.month || (month === today.month && start <= today.day)) return "done";
  return "plan";
}
