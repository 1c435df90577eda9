import { parseChineseNumber } from "../domain/chinese-number.js";
import { addDays, formatDate, type LocalDate, weekDates } from "../domain/period.js";
import type { Intent } from "./intent-types.js";
import { UNCONFIRMED } from "./own-status-asked.js";
import { rulesUnsure, type SecondReading } from "./rules-unsure.js";

/**
 * 「我上礼拜报的全拿出来看看」「这个月我都报了哪些」: one's own reports of a period — 我的填报 with that
 * period (上周、本周、本月、上月、今天、昨天、上半年、下半年、去年), listed by the command for those dates only. One update of a
 * period (「我上周报的那条」) stays 查看 of it (correction-request.ts); several are the list.
 */
/**
 * 「把俺十一月报哩翻出来」「我3月份报的那些」: a month named by its number, this year's (a month after the current one is
 * last year's), labelled 「11月」. Not a day of it (「11月5号」), not a count of months (三个月、两个月), not 十四五.
 */
const NAMED_MONTH =
  /(?<![\d年一二三四五六七八九十个两几])(1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])月份?(?![\d一二三四五六七八九十]+[日号])/;
const PERIODS: ReadonlyArray<[RegExp, string | ((m: RegExpExecArray) => string)]> = [
  // 「上上个月我报的」: the month before last (said before 上个月, which it holds).
  [/上上个?月/, "上上月"],
  [NAMED_MONTH, (m) => `${parseChineseNumber(m[1]!.replace(/^0/, ""))}月`],
  [/上周|上星期|上个星期|上礼拜|上个礼拜|上禮拜/, "上周"],
  // 「礼拜一到今天」「周一到现在」: this week by its days (round fifty-two).
  [
    /这周|本周|这星期|这一?个星期|这礼拜|这一?个礼拜|这一周|今个礼拜|(?:周|星期|礼拜)一(?:到|至)(?:今天|现在|目前)/,
    "本周",
  ],
  [/上个月|上月/, "上月"],
  [/这一?个月|本月|这月/, "本月"],
  [/昨天|昨日|昨儿/, "昨天"],
  [/今天|今日|今儿/, "今天"],
  // 「上半年我报的那些在哪看」: a half or last year, as 生成总结 reads them (下半年 in March is last year's).
  [/上半年/, "上半年"],
  [/下半年/, "下半年"],
  // 「我这半年都报了哪些」: the half the day is in; 「近半年」「最近半年」: the six months up to today (s32, console trial:
  // the period had been dropped and the whole year listed).
  [/这半年|这个半年|本半年/, "这半年"],
  [/近半年|最近半年|近六个月|最近六个月/, "近半年"],
  [/去年/, "去年"],
];
export const MINE_PERIODS: readonly string[] = PERIODS.flatMap(([, label]) =>
  typeof label === "string" ? [label] : [],
);

/** The period label in a 我的填报 command's args (「我的填报 上周」「我的填报 11月」), if any. */
export function minePeriodArg(args: string): string | undefined {
  return /(?<!\d)(?:1[0-2]|[1-9])月/.exec(args)?.[0] ?? MINE_PERIODS.find((p) => args.includes(p));
}

/** Several of one's updates, not one: 全、都、全部、所有、那些、哪些、几条、列; what was reported, asked (我上礼拜报的什么、报的东西). */
const SEVERAL = /全|都|所有|那些|这些|哪些|几条|些|列|(?:报|交|填)(?:的|了)(?:什么|啥|东西)/;

/** The period a request for one's own list names, if any (the first said). */
export function minePeriodSaid(norm: string): string | undefined {
  let best: { at: number; label: string } | undefined;
  for (const [re, label] of PERIODS) {
    const m = re.exec(norm);
    if (m && (best === undefined || m.index < best.at))
      best = { at: m.index, label: typeof label === "string" ? label : label(m) };
  }
  return best?.label;
}

/**
 * The 我的填报 a request reads as, with its period: 我的填报 said with a period gets it; a look at
 * 「recent:lastweek」 (one update of last week) asked of several is the list of that week.
 */
export function withMinePeriod(intent: Intent, norm: string): Intent {
  if (intent.kind !== "command") return intent;
  // 「我还有哪个科室没报」「我报齐了没」: what is still unreported is this week's (the reminders' rule).
  const unreported = intent.command === "我的填报" && /没(?:有)?(?:报|填|交)|[报填交](?:齐|全)/.test(norm);
  const period = minePeriodSaid(norm) ?? (unreported ? "本周" : undefined);
  // 「还有哪些没确认的」「待确认的有哪些」: only the drafts still waiting are asked after.
  if (intent.command === "我的填报" && intent.text === "我的填报" && UNCONFIRMED.test(norm))
    return { ...intent, text: "我的填报 待确认" };
  if (!period) return intent;
  // 「小李这周报了啥」「赵丽上个月报了哪些」: a leader's look at a colleague's reports keeps the period too.
  if (
    intent.command === "查看填报" &&
    /^查看填报 \S/.test(intent.text) &&
    !minePeriodArg(intent.text.slice(5))
  )
    return { ...intent, text: `${intent.text} ${period}` };
  if (intent.command === "我的填报" && intent.text === "我的填报")
    return { ...intent, text: `我的填报 ${period}` };
  if (/^\/ref 查看 recent:/.test(intent.text) && SEVERAL.test(norm) && !/那条|这条|那个|这个|一条/.test(norm))
    return { kind: "command", command: "我的填报", text: `我的填报 ${period}` };
  return intent;
}

/** Every period word, to read a request with them taken out. */
const ANY_PERIOD = new RegExp(PERIODS.map(([re]) => re.source).join("|"), "g");

/** The first and last day of a month (1–12) of a year. */
function monthSpan(year: number, month: number): { from: string; to: string } {
  const first = { year, month, day: 1 };
  return { from: formatDate(first), to: formatDate({ year, month, day: daysIn(first) }) };
}

/**
 * 「这礼拜我报的东西 给我列一哈」「我去年报的那些还在不 调出来看看」: a period said where the request's own words do not
 * expect it. Where the rules read nothing (small talk, unclear, a guess), the message is read again without its period
 * words; when that is one's own list (the rules' 我的填报, never a guess), it is the list of that period.
 */
export const minePeriodApart: SecondReading = (intent, norm, ctx, classify) => {
  const unsure = rulesUnsure(intent);
  const period = unsure ? minePeriodSaid(norm) : undefined;
  if (!period) return undefined;
  const rest = norm.replace(ANY_PERIOD, "").replace(/^[，,。\s]+/, "");
  if (!/我|俺|自己/.test(rest)) return undefined;
  const again = classify(rest, { ...ctx, guess: null });
  if (again.kind !== "command" || again.command !== "我的填报" || again.guessed) return undefined;
  return { kind: "command", command: "我的填报", text: `我的填报 ${period}` };
};

/** Days in a date's month. */
function daysIn(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

/** The dates (inclusive, YYYY-MM-DD) of a period label on a day. */
export function minePeriodDates(label: string, today: LocalDate): { from: string; to: string } | undefined {
  const iso = (d: LocalDate) => formatDate(d);
  const named = /^(\d{1,2})月$/.exec(label);
  if (named) {
    const month = Number(named[1]);
    if (month < 1 || month > 12) return undefined;
    // 「十一月」 said in March is last November: a month not yet come this year is last year's.
    return monthSpan(month > today.month ? today.year - 1 : today.year, month);
  }
  switch (label) {
    case "上上月": {
      const back =
        today.month > 2
          ? { year: today.year, month: today.month - 2 }
          : { year: today.year - 1, month: today.month + 10 };
      return monthSpan(back.year, back.month);
    }
    case "今天":
      return { from: iso(today), to: iso(today) };
    case "昨天": {
      const y = iso(addDays(today, -1));
      return { from: y, to: y };
    }
    case "本周":
    case "上周": {
      const days = weekDates(label === "本周" ? today : addDays(today, -7));
      return { from: days[0]!, to: days[6]! };
    }
    case "本月":
    case "上月": {
      const first = { year: today.year, month: today.month, day: 1 };
      const start = label === "本月" ? first : { ...addDays(first, -1), day: 1 };
      const end = addDays(
        { year: start.year + (start.month === 12 ? 1 : 0), month: (start.month % 12) + 1, day: 1 },
        -1,
      );
      return { from: iso(start), to: iso(end) };
    }
    case "上半年":
      return { from: `${today.year}-01-01`, to: `${today.year}-06-30` };
    case "下半年": {
      const year = today.month >= 7 ? today.year : today.year - 1;
      return { from: `${year}-07-01`, to: `${year}-12-31` };
    }
    case "这半年":
      return minePeriodDates(today.month <= 6 ? "上半年" : "下半年", today);
    case "近半年": {
      const back =
        today.month > 6
          ? { ...today, month: today.month - 6 }
          : { ...today, year: today.year - 1, month: today.month + 6 };
      const from = addDays({ ...back, day: 1 }, Math.min(back.day, daysIn(back)) - 1);
      return { from: iso(addDays(from, 1)), to: iso(today) };
    }
    case "去年":
      return { from: `${today.year - 1}-01-01`, to: `${today.year - 1}-12-31` };
    default:
      return undefined;
  }
}
