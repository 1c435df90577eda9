import { parseChineseNumber } from "./chinese-number.js";
import { addDays, type LocalDate, type Period, weekDates } from "./period.js";
import { halfSaidByMonths } from "./half-said-by-months.js";

/**
 * Time words in what people say, resolved against the message's local date (the configured time
 * zone's calendar day, passed in): the one place periods (上半年、去年、前三季度) and days (下周一到
 * 周五、这周五、明后天、周三下午到周五) become dates. Pure: no clock, no time zone, no I/O.
 *
 * - `periodWordsIn` finds the period words of a message as said (「今年上半年」「前三季度」), for a
 *   command's arguments; `resolvePeriodWords` turns them into a Period, or says why not (a quarter or
 *   a month is no period a summary is drafted for; 「半年」 alone does not say which half).
 * - `resolveDaySpan` turns the days of an absence said in words into a date range, or names the
 *   vague word (月底、中旬、过几天) when no dates can be worked out.
 * - `periodTense` says whether a period is over, under way or to come on a date (下半年 said in
 *   December is this year's, done or nearly so).
 */

/** 明年的计划 names the plan part of this year's document, not next year's summary. */
const YEAR_WORD =
  "(?:20\\d\\d|(?<!\\d)[12]\\d(?=年(?:的?(?:上半年|下半年|全年|总结|工作|那|这)|度)))\\s*年?度?|今年度?|本年度?|去年|上一?年度?|前年|(?:明年|来年|下一年度?)(?!的?(?:工作)?(?:计划|打算|思路|要点|安排))";
const CN_NUM = "[一二两三四1-4]";
const SEGMENTS = [
  "上半年",
  "下半年",
  "全年度?",
  "年度",
  "半年",
  "(?<![a-z])h[12](?![a-z\\d])",
  `(?:前|头)${CN_NUM}个?季度`,
  `第?${CN_NUM}季度`,
  "(?<![a-z])q[1-4](?![a-z\\d])",
  "(?:本|这个?|上个?)季度",
];
/** A month (11月份、上个月) is a period word only before 的、总结、工作 (「11月20日」 is a date). */
const MONTHS = ["(?:1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?", "(?:本|这个?|上个?)月份?"];
const SEGMENT_WORD = [...SEGMENTS, ...MONTHS.map((m) => `${m}(?=的|总结|工作|份|$)`)].join("|");
const SEGMENT_SAID = [...SEGMENTS, ...MONTHS].join("|");
/** The period words of a message: a year word, a segment word, or both (今年上半年、去年、前三季度). */
export const PERIOD_WORDS = `(?:(?:${YEAR_WORD})\\s*的?\\s*(?:${SEGMENT_WORD})?|(?:${SEGMENT_WORD}))`;
const PERIOD_WORDS_RE = new RegExp(`(${YEAR_WORD})?\\s*的?\\s*(${SEGMENT_WORD})?`, "gi");

/** Where the period words are said in a text, and the words (year and segment, no 的 or spaces). */
export function findPeriodWords(text: string): { words: string; at: number; length: number } | undefined {
  for (const m of text.matchAll(PERIOD_WORDS_RE)) {
    const year = m[1]?.replace(/\s+/g, "");
    const seg = m[2];
    if (year || seg) return { words: `${year ?? ""}${seg ?? ""}`, at: m.index ?? 0, length: m[0].length };
  }
  return undefined;
}

/**
 * The period words said in a message, as a command's argument ("" when none): 今年上半年、前三季度.
 * A bare 半年 said first gives way to the half named later (「半年总结该交了，把上半年的先弄个稿出来」).
 */
export function periodWordsIn(said: string): string {
  const text = halfSaidByMonths(said);
  const first = findPeriodWords(text);
  if (first?.words === "半年") {
    const later = findPeriodWords(text.slice(first.at + first.length));
    if (later && /[上下]半年/.test(later.words)) return later.words;
  }
  return first?.words ?? "";
}

export type ResolvedPeriod =
  | { kind: "period"; period: Period }
  /** 「半年」 alone: the two most recent halves, the latest first. */
  | { kind: "which-half"; options: [Period, Period] }
  /** A quarter or a month: no summary is drafted for it. */
  | { kind: "unsupported"; unit: "季度" | "月"; year: number; said: string };

/** The year an annual summary is drafted for on a date: this year, last year in January and February. */
export function summaryYearOn(today: LocalDate): number {
  return today.month <= 2 ? today.year - 1 : today.year;
}

/** The year a year word names on `today` (2025年, 25年, 今年, 去年, 明年 …), undefined for none. */
export function yearOf(word: string | undefined, today: LocalDate): number | undefined {
  if (!word) return undefined;
  const four = /20\d\d/.exec(word);
  if (four) return Number(four[0]);
  const two = /^(\d\d)/.exec(word);
  if (two) return 2000 + Number(two[1]);
  if (/今年|本年/.test(word)) return today.year;
  if (/去年|上一?年/.test(word)) return today.year - 1;
  if (/前年/.test(word)) return today.year - 2;
  if (/明年|来年|下一?年/.test(word)) return today.year + 1;
  return undefined;
}

/**
 * The period the words name on `today`, or undefined when they name none. Without a year, a half
 * is the latest such half that has begun (下半年 said in March is last year's); the whole year is
 * the year summaries are drafted for (last year's in January and February).
 */
export function resolvePeriodWords(words: string, today: LocalDate): ResolvedPeriod | undefined {
  // 「25年」 as found by findPeriodWords is 2025年.
  const w = words
    .replace(/\s+/g, "")
    .toLowerCase()
    .replace(/^([12]\d)年/, "20$1年");
  if (!w) return undefined;
  const m = new RegExp(`^(${YEAR_WORD})?的?(${SEGMENT_SAID})?$`, "i").exec(w);
  if (!m || (!m[1] && !m[2])) return undefined;
  const year = yearOf(m[1], today);
  const seg = m[2] ?? "";
  if (seg === "上半年" || seg === "h1")
    return { kind: "period", period: { year: year ?? today.year, half: 1 } };
  if (seg === "下半年" || seg === "h2")
    return {
      kind: "period",
      period: { year: year ?? (today.month >= 7 ? today.year : today.year - 1), half: 2 },
    };
  if (seg === "半年") {
    if (year !== undefined)
      return {
        kind: "which-half",
        options: [
          { year, half: 1 },
          { year, half: 2 },
        ],
      };
    const latest: Period = today.month >= 7 ? { year: today.year, half: 2 } : { year: today.year, half: 1 };
    const before: Period =
      latest.half === 2 ? { year: today.year, half: 1 } : { year: today.year - 1, half: 2 };
    return { kind: "which-half", options: [latest, before] };
  }
  if (/季度|q/.test(seg)) return { kind: "unsupported", unit: "季度", year: year ?? today.year, said: w };
  if (/月/.test(seg)) return { kind: "unsupported", unit: "月", year: year ?? today.year, said: w };
  return { kind: "period", period: { year: year ?? summaryYearOn(today) } };
}

/** Whether a period is over, under way or still to come on a date. */
export function periodTense(p: Period, today: LocalDate): "past" | "current" | "future" {
  const from = p.half === 2 ? 7 : 1;
  const to = p.half === 1 ? 6 : 12;
  const at = today.year * 100 + today.month;
  if (at < p.year * 100 + from) return "future";
  if (at > p.year * 100 + to) return "past";
  return "current";
}

// ——— Days ———

export type DaySpan = { from: LocalDate; to: LocalDate } | { vague: string };

const WEEKDAY = "[一二三四五六日天1-7]";
const WEEK_PREFIX = "(?:下下|下个?|这个?|本|上个?)?";
const WEEK_NOUN = "(?:周|星期|礼拜)";
/** One day said in words: 今天、明天、后天、大后天、下周三、这周五、周四、星期天、15号、下个月3号. */
const DAY = new RegExp(
  [
    `(${WEEK_PREFIX})${WEEK_NOUN}(${WEEKDAY})`,
    "(大后天|明后天|今天|今儿|明天|明儿|明早|后天)",
    // 「下个月1号」: the month word leads the day; a bare day is not the end of a written date (12月5号).
    "(?:(下个?月|这个?月|本月)|(?<![月\\d.\\-/]\\s*))(\\d{1,2}|[一二三四五六七八九十]{1,3})[号日](?![子常])",
    // 下周 (and 下下周、这周) said as a whole week, with no day after it.
    `(${WEEK_PREFIX})${WEEK_NOUN}(?!${WEEKDAY}|末)(?:整周|一周|全周)?`,
  ].join("|"),
  "g",
);
/** Between two days: 到、至、~、-、—. */
const RANGE = /^\s*(?:上午|下午|晚上|早上|中午|全天)?\s*(?:一直)?(?:到|至|~|～|-|—|–)\s*$/;
/** 「从8号开始休年假 休到11号」「25号起…到28号」: a start, then its end after 到. */
const LOOSE_RANGE = /^\s*(?:起|开始)[^，。,；;！!？?]{0,8}?(?:到|至)\s*$/;
/** 「元旦后头那个周日」「15号以后的周一」「元旦过了那个礼拜天」: a weekday after a day. */
const AFTER = /^\s*(?:(?:之|以|过)?后(?:头|面|边)?|过(?:完)?了|过完)(?:的|那个?|第一个)?\s*$/;
/** 「元旦前后」「15号左右」: around a day, no dates. */
const AROUND = /^\s*(?:前后|左右|上下)/;
/** 「周一到三」: a weekday, then after 到 a bare numeral weekday (not 三天、三号). */
const WEEKDAY_TO_NUMERAL =
  /(周|星期|礼拜)([一二三四五六日天1-7])(\s*(?:到|至|~|～|-|—)\s*)([一二三四五六日天])(?![号日天月个点时年周])/g;
/** 「下礼拜三四」「周四、五」: two days in a row, the second said as a bare numeral (not 五六点、三四天). */
const WEEKDAY_PAIR =
  /(周|星期|礼拜)([一二三四五六])([、和，,]?\s?)([二三四五六日天])(?![号日天月个点时年周十])/g;
const PAIR_ORDER = "一二三四五六日";
/** Days said one after another (周四周五、周四、周五、周四和周五). */
const RUN = /^\s*(?:上午|下午|全天)?\s*(?:[、和及与,，跟同]|还有|加上?)?\s*$/;
/** 「周二出差，周四回来」: the day of return closes the span. */
const RETURN = /^(?:上午|下午|晚上)?(?:就|才|再)?(?:回来|返回|回单位|回局|回城|到岗|上班)/;
/** Said when no dates can be worked out: the person is asked which days. */
const VAGUE =
  /上旬|中旬|下旬|月底|月初|月中(?!旬)|过几天|过两天|这几天|近期|最近|下个?月(?![\d一二三四五六七八九十]{1,3}[号日])|年底|年前|节后|周末/;

/** 周一…周日 (周天 too) as ISO weekday numbers. */
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function weekdayOfDate(d: LocalDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
}

function dayNumber(d: LocalDate): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function weekOffset(prefix: string): number | undefined {
  if (prefix === "") return undefined;
  if (prefix.startsWith("下下")) return 2;
  if (prefix.startsWith("下")) return 1;
  if (prefix.startsWith("上")) return -1;
  return 0;
}

function onWeekday(today: LocalDate, weeks: number, weekday: number): LocalDate {
  const monday = addDays(today, 1 - weekdayOfDate(today) + 7 * weeks);
  return addDays(monday, weekday - 1);
}

/** Whether a text says a day or days in words (明天、下周三、这周、15号), or a vague time (月底、中旬). */
export function saysDays(text: string): boolean {
  for (const m of text.matchAll(DAY)) if (m[6] === undefined || m[6] !== "") return true;
  return VAGUE.test(text);
}

type DayRef = {
  from: LocalDate;
  to: LocalDate;
  at: number;
  end: number;
  /** A weekday said bare (周五), which takes the week of a day said before it. */
  weekday?: number;
};

/** Each day (or whole week) said, in order, with where it was said. */
function daysSaid(text: string, today: LocalDate): DayRef[] {
  const out: DayRef[] = [];
  for (const m of text.matchAll(DAY)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (m[2] !== undefined) {
      const wd = /\d/.test(m[2]) ? Number(m[2]) : WEEKDAY_NUMBER[m[2]];
      if (!wd) continue;
      const prefix = m[1] ?? "";
      // A bare weekday is the next one to come (this week's unless already past).
      const off = weekOffset(prefix) ?? (wd >= weekdayOfDate(today) ? 0 : 1);
      const d = onWeekday(today, off, wd);
      out.push({ from: d, to: d, at, end, ...(prefix ? {} : { weekday: wd }) });
    } else if (m[3] !== undefined) {
      const n = { 今天: 0, 今儿: 0, 明天: 1, 明儿: 1, 明早: 1, 后天: 2, 大后天: 3, 明后天: 1 }[m[3]] ?? 0;
      const d = addDays(today, n);
      out.push({ from: d, to: m[3] === "明后天" ? addDays(today, 2) : d, at, end });
    } else if (m[5] !== undefined) {
      const day = parseChineseNumber(m[5]);
      if (!day || day > 31) continue;
      let month = today.month + (m[4] && /下/.test(m[4]) ? 1 : 0);
      let year = today.year;
      if (!m[4] && day < today.day) month += 1; // 「3号」 said on the 20th: next month's
      if (month > 12) {
        month -= 12;
        year += 1;
      }
      const d = { year, month, day };
      if (addDays(d, 0).day !== day) continue; // 「31号」 in a 30-day month
      out.push({ from: d, to: d, at, end });
    } else if (m[6] !== undefined) {
      const off = weekOffset(m[6]);
      if (off === undefined) continue; // a bare 「周」 is no week
      const days = weekDates(onWeekday(today, off, 1));
      const parse = (s: string) => {
        const [y, mo, da] = s.split("-").map(Number);
        return { year: y!, month: mo!, day: da! };
      };
      // 这周: from today to Friday; another week: Monday to Friday.
      const from = off === 0 ? today : parse(days[0]!);
      out.push({ from, to: parse(days[4]!), at, end });
    }
  }
  // 元旦 (said in December: the coming one) is a day too.
  for (const m of text.matchAll(/元旦(?:节|那天|当天)?/g)) {
    const year = today.month === 1 && today.day === 1 ? today.year : today.year + 1;
    const d = { year, month: 1, day: 1 };
    out.push({ from: d, to: d, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // 「月底那天」「这个月最后一天」: the last day of this month, named.
  for (const m of text.matchAll(/(?:这个?月|本月)?(?:月底|月末)?(?:那天|最后一天|那一天)/g)) {
    if (!/月底|月末|这个?月|本月/.test(m[0])) continue;
    const next = {
      year: today.month === 12 ? today.year + 1 : today.year,
      month: (today.month % 12) + 1,
      day: 1,
    };
    const d = addDays(next, -1);
    out.push({ from: d, to: d, at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  // 「元旦第二天」「15号的后一天」「元旦头一天」: the day after (or before) a day said.
  for (const r of out) {
    const next = /^(?:的)?(第二天|第二日|次日|后一天|后一日|隔天|前一天|前一日|头一天)/.exec(
      text.slice(r.end),
    );
    if (!next) continue;
    const d = addDays(r.to, /前|头/.test(next[1]!) ? -1 : 1);
    Object.assign(r, { from: d, to: d, end: r.end + next[0].length });
    delete r.weekday;
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * 「下礼拜三四」「这礼拜四 五」「下周一二三」: days in a row after one weekday, each said as a bare numeral —
 * written out (下礼拜三、礼拜四); 「周一三」 (not in a row) is left as said.
 */
function inARow(said: string): string {
  let text = said;
  for (let i = 0; i < 6; i++) {
    const next = text.replace(WEEKDAY_PAIR, (all, noun: string, a: string, _sep: string, b: string) =>
      PAIR_ORDER.indexOf(b === "天" ? "日" : b) === PAIR_ORDER.indexOf(a) + 1
        ? `${noun}${a}${noun}${b}`
        : all,
    );
    if (next === text) break;
    text = next;
  }
  return text;
}

/**
 * The days of an absence said in words, on `today`: a range (下周一到周五、周三下午到周五、这周五到
 * 下周二), a run of days (周四周五、明后天), a day (这周五、星期五), a whole week (下周、下下周), or a
 * start and a length (明天起三天). A weekday after 到 takes the week of the day before it. The vague
 * word when no dates can be worked out (月底、中旬); undefined when no time is said at all, or only
 * days already past.
 */
export function resolveDaySpan(said: string, today: LocalDate): DaySpan | undefined {
  // 「下礼拜一到三」: the weekday after 到 said as a bare numeral is of the same week (下礼拜一到礼拜三).
  const text = inARow(said.replace(WEEKDAY_TO_NUMERAL, "$1$2$3$1$4"))
    // 「明后两天」「今明两天」: the run of days said with its length.
    .replace(/明后两天/g, "明后天")
    // 「明个儿」(north-eastern 明天).
    .replace(/明个儿?/g, "明天")
    .replace(/后儿个|后个儿|(?<!以|之|然)后儿(?![子女])/g, "后天")
    // 「后个」「大后个」「外天」(江淮、鄂: 后天、大后天), as the intent reader folds them (conversation/dialect-words.ts).
    .replace(/(?<![以之然最前背随落往稍过向身先其])后个(?![人月把别体位])/g, "后天")
    .replace(/(?<![户室野屋门国海境场窗城郊内之意])外天(?![气然空下使文线])/g, "大后天")
    // 西南 外后天 (大后天).
    .replace(/外后天/g, "大后天")
    .replace(/(?<![以之然最前背随落往稍过向身先其今])后朝(?![代末初鲜廷])/g, "后天")
    .replace(/今儿个/g, "今天")
    // 「後日」(Cantonese, written 后日 once simplified) is 后天.
    .replace(/后日(?!子)/g, "后天")
    // 「明日」「明儿个」: 明天 in writing and in the north.
    .replace(/明日(?!之)|明儿个/g, "明天")
    .replace(/今明两天/g, "今天明天");
  const refs = daysSaid(text, today);
  // 「元旦前后那几天」「15号左右」: around a day is no dates; the person is asked which.
  const around = refs.find((r) => AROUND.test(text.slice(r.end)));
  if (refs.length === 0 || around) {
    const vague = around ? text.slice(around.at, around.end + 2) : VAGUE.exec(text)?.[0];
    return vague ? { vague } : undefined;
  }
  // 「元旦后头那个周日」: a weekday after a day said is the first such weekday after it.
  for (let i = 1; i < refs.length; i++) {
    const next = refs[i]!;
    if (next.weekday === undefined || !AFTER.test(text.slice(refs[i - 1]!.end, next.at))) continue;
    const prev = refs[i - 1]!.to;
    const d = addDays(prev, ((next.weekday - weekdayOfDate(prev) + 6) % 7) + 1);
    refs.splice(i - 1, 2, { from: d, to: d, at: refs[i - 1]!.at, end: next.end });
    i -= 1;
  }
  const first = refs[0]!;
  let from = first.from;
  let to = first.to;
  for (let i = 1; i < refs.length; i++) {
    const prev = refs[i - 1]!;
    let next = refs[i]!;
    const between = text.slice(prev.end, next.at);
    // Only days said together make one span: a range, a run (周四周五), or the day of return.
    if (
      !RANGE.test(between) &&
      !RUN.test(between) &&
      !LOOSE_RANGE.test(between) &&
      !RETURN.test(text.slice(next.end))
    )
      break;
    // 「下周一到周五」「下周二出差，周四回来」: a bare weekday takes the week of the day before it.
    // The first such weekday on or after the day before it (「周五到周二」 is the Tuesday after).
    if (next.weekday !== undefined) {
      const d = addDays(prev.from, (next.weekday - weekdayOfDate(prev.from) + 7) % 7);
      next = { ...next, from: d, to: d };
      refs[i] = next;
    }
    if (dayNumber(next.to) > dayNumber(to)) to = next.to;
    if (dayNumber(next.from) < dayNumber(from)) from = next.from;
  }
  // 「明天起出差三天」「下周三开始培训一周」: a start and a length.
  const length =
    /(?:起|开始|出发)?[^，。,]{0,10}?([两二三四五六七八九十\d]{1,2}|一)(?:个)?(天|周|星期|礼拜)/.exec(
      text.slice(first.end),
    );
  if (
    refs.length === 1 &&
    length?.[1] &&
    /起|开始|出发|去|赴|到/.test(text.slice(first.end, first.end + 12))
  ) {
    const n = parseChineseNumber(length[1]) ?? 0;
    const days = length[2] === "天" ? n : n * 7;
    if (days > 0 && days <= 90) to = addDays(first.from, days - 1);
  }
  // 「请假到周五」「休到下礼拜二」: an end said with no start runs from today.
  if (
    refs.length === 1 &&
    /(?:到|至)\s*$/.test(text.slice(0, first.at)) &&
    dayNumber(first.from) > dayNumber(today)
  )
    from = today;
  if (dayNumber(to) < dayNumber(today)) return undefined;
  if (dayNumber(from) < dayNumber(today)) from = today;
  return { from, to };
}

/** What a day word names in a report: not a day number of a thing (3号楼、1号文件、2号线). */
const NOT_A_DAY =
  /^(?:楼|线|院|文|令|机|台|车|馆|厅|位|桩|井|坑|库|房|间|码|窗|柜|门|地块|标段|闸|泵|站|口|箱|店|仓)/;

/**
 * Days said in words in a report of work done (礼拜三、上周三、周五、3号), read as the days they were
 * on `today`, the day of the report: a weekday of this week not yet come is last week's (「周五开了会」
 * said on a Tuesday), a day number later than today is last month's. For writing the report as a
 * document; `resolveDaySpan` reads the same words ahead, for absences.
 */
export function reportedDays(
  text: string,
  today: LocalDate,
): Array<{ index: number; length: number; date: LocalDate }> {
  const out: Array<{ index: number; length: number; date: LocalDate }> = [];
  for (const m of text.matchAll(DAY)) {
    const at = m.index ?? 0;
    if (m[2] !== undefined) {
      const weekday = WEEKDAY_NUMBER[m[2]] ?? Number(m[2]);
      const said = weekOffset(m[1] ?? "");
      // Only past and this week's days: 下周三 in a report is a plan's, not a date of work done.
      if (said !== undefined && said > 0) continue;
      const weeks = said ?? (weekday > weekdayOfDate(today) ? -1 : 0);
      out.push({ index: at, length: m[0].length, date: onWeekday(today, weeks, weekday) });
    } else if (m[5] !== undefined && m[4] === undefined && /\d/.test(m[5])) {
      if (NOT_A_DAY.test(text.slice(at + m[0].length))) continue;
      const n = Number(m[5]);
      if (n < 1 || n > 31) continue;
      const month = n <= today.day ? today.month : today.month === 1 ? 12 : today.month - 1;
      const year = n <= today.day || today.month > 1 ? today.year : today.year - 1;
      out.push({ index: at, length: m[0].length, date: { year, month, day: n } });
    }
  }
  return out;
}
