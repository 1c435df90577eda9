import { parseChineseNumber } from "../domain/chinese-number.js";
import { parseDate } from "../domain/period.js";
import { reportedDays } from "../domain/resolve-dates.js";

/** Relative dates said in chat (今天、上个月、下季度、礼拜三) as the dates they were on the day of the report. */

function dayOf(iso: string, delta: number): { m: number; d: number } {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + delta);
  return { m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** 今天/昨天/前天/本月/上个月… as dates, counted from `date` (YYYY-MM-DD). */
export function absoluteDates(text: string, date: string): string {
  const day = (delta: number) => {
    const { m, d } = dayOf(date, delta);
    return `${m}月${d}日`;
  };
  const month = Number(date.slice(5, 7));
  const year = Number(date.slice(0, 4));
  const quarter = Math.ceil(month / 3);
  const QUARTERS = ["", "一", "二", "三", "四"];
  return (
    text
      // A quarter's figure keeps its quarter (a document read later cannot say 「这季度」).
      .replace(/(?:这个?季度|本季度)/gu, `第${QUARTERS[quarter]}季度`)
      .replace(/(?:上个?季度)/gu, quarter === 1 ? `${year - 1}年第四季度` : `第${QUARTERS[quarter - 1]}季度`)
      // A yearly document speaks of its own year as 全年 (or not at all) and of others by number.
      .replace(/今年以来|今年(?=任务|目标|计划|累计|共|总|一共|合计)/gu, "全年")
      .replace(/(^|[。；;，,：:\n])今年[，,]?/gu, "$1")
      .replace(/今年/gu, "全年")
      .replace(/明年|来年/gu, `${year + 1}年`)
      .replace(/去年/gu, `${year - 1}年`)
      // 「十一月份」「3月份」 → 11月, 3月.
      .replace(
        /(?<![\d一二两三四五六七八九十])([一二三四五六七八九十]{1,3}|\d{1,2})月份?(?![\d])/gu,
        (m, n: string) => {
          const v = /\d/u.test(n) ? Number(n) : (parseChineseNumber(n) ?? 0);
          return v >= 1 && v <= 12 ? `${v}月` : m;
        },
      )
      // 「上午去…」 said on the day: the day is the date (a yearly document has no 上午 of its own).
      // draft54: 「上午场的培训」 is a session, not the day (上午场、下午场、晚上场 stay).
      // 「早上了3节课」「晚上了两次夜校课」: 上了 is the verb (taught, had classes); the part of the day is no date (draft43).
      .replace(/(^|[。；;，,：:\n])(?:今天|今日)?[早晚](?=上了)/gu, "$1")
      .replace(
        /(^|[。；;，,：:\n])(?:今天|今日)?(?:上午|下午|早上|晚上|中午)(?!场)(?=[\u4e00-\u9fff])/gu,
        `$1${day(0)}`,
      )
      .replace(/今天|今日/gu, day(0))
      .replace(/昨天|昨日/gu, day(-1))
      .replace(/前天/gu, day(-2))
      .replace(/(?:这个月|本月|这月)(?:初)?/gu, `${month}月`)
      .replace(/(?:上个月|上月)/gu, `${month === 1 ? 12 : month - 1}月`)
      // 「下月…」「下个季度…」「明天…」 said in a plan: the month, quarter or day it will be, counted from the day it was
      // said — in December next month is January of the next year (the plan's year, as 明年 is above).
      .replace(/(?:下个月|下月)/gu, month === 12 ? `${year + 1}年1月` : `${month + 1}月`)
      .replace(/下个?季度/gu, quarter === 4 ? `${year + 1}年第一季度` : `第${QUARTERS[quarter + 1]}季度`)
      .replace(/明天|明日/gu, day(1))
      .replace(/后天/gu, day(2))
      // 「12月3号」 is written 12月3日; 礼拜三、上周三、3号 are the days they were (domain/resolve-dates.ts).
      .replace(/(\d{1,2}月\d{1,2})号/gu, "$1日")
      .replace(/^[\s\S]*$/u, (all) => spokenDays(all, date))
      // 「周四下午开了…」 → 12月3日: a yearly document names the day, not its part.
      .replace(/(\d{1,2}月\d{1,2}日)(?:上午|下午|晚上|早上|中午|傍晚)/gu, "$1")
      .replace(
        /(?:这周|本周|这两周|这个?星期|本星期|上个?星期|这个?礼拜|本礼拜|上个?礼拜|上周|近日|近期|最近|这几天|前几天)[，,]?/gu,
        "",
      )
  );
}

/**
 * A week that names an event or a rate, before its 周 (科技活动周、科普宣传周、科技周、每周): no weekday follows it
 * (lead, round forty-four: 「科技活动周1次」 was written 「科技活动11月30日次」).
 */
const EVENT_WEEK =
  /(?:活动|宣传|科技|科普|服务|安全|禁毒|读书|质量|文化|体育|艺术|节能|消防|法治|双创|创新|推广|每|隔)$/u;
/** A count word right after the weekday numeral (周1次、周一次、周2场): a number of times, not a day. */
const COUNT_AFTER = /^(?:次|场|期|个|回|届|轮|批|遍|趟|项)/u;

/** Weekdays and day numbers said in words, as the dates they were on the day of the report. */
function spokenDays(text: string, date: string): string {
  const today = parseDate(date);
  if (!today) return text;
  let out = text;
  const weekday = (d: { index: number; length: number }) =>
    /(?:周|星期|礼拜)[一二三四五六日天1-7]$/u.test(text.slice(d.index, d.index + d.length));
  const days = reportedDays(text, today).filter(
    (d) =>
      !weekday(d) ||
      !(
        EVENT_WEEK.test(text.slice(0, d.index).replace(/(?:下下|下个?|这个?|本|上个?)$/u, "")) ||
        COUNT_AFTER.test(text.slice(d.index + d.length))
      ),
  );
  for (const d of days.reverse()) {
    const rest = out.slice(d.index + d.length).replace(/^(?:那天|那日|当天)/u, "");
    out = `${out.slice(0, d.index)}${d.date.month}月${d.date.day}日${rest}`;
  }
  return out;
}
