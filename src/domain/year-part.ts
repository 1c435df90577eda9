import { parseChineseNumber } from "./chinese-number.js";
import type { LocalDate } from "./period.js";
import { yearOf } from "./resolve-dates.js";

/**
 * Parts of the year said in words (上半年、下半年、年初、年中) and holidays a deadline is set
 * against (端午节前、国庆前), read against the day the message was sent: whether the part has
 * begun or still lies ahead. 「下半年又推广到三个乡镇」 said in December is this year's work done;
 * the same words said in May are a plan. Pure: no clock, only the day it is given.
 */

/** A part of the year named in words, with the months it spans. */
const PARTS: ReadonlyArray<{ word: RegExp; from: number }> = [
  { word: /上半年|上半年度/, from: 1 },
  { word: /下半年|下半年度/, from: 7 },
  { word: /年初|年头上?/, from: 1 },
  // 「今年中考」「明年中秋」「2026年中央…」: the 年 closes a year word, 中 opens the next one.
  { word: /(?<![今去明本全每当来前\d])年中/, from: 6 },
];

/** The year a part is said of, when the words before it say (明年下半年、去年年初、2025年下半年). */
const YEAR_BEFORE = /(明年|来年|下一?年|去年|上一?年|前年|今年|本年|(\d{4})年)(?:的)?$/;

/** ahead: not yet begun; starting: begins this month (no sign either way); begun: under way or over. */
export type YearPartTense = "ahead" | "starting" | "begun";

export interface YearPart {
  tense: YearPartTense;
  /** Where the part's word stands in the text, and its length. */
  index: number;
  length: number;
}

/**
 * The first part of the year the text names, and whether it has begun by `today` (a part of a past
 * year has begun; of a coming year, lies ahead). Without a day, 下半年 reads as ahead, as it always
 * did, and the other parts say nothing.
 */
export function yearPartIn(text: string, today?: LocalDate): YearPart | undefined {
  let first: (YearPart & { from: number }) | undefined;
  for (const p of PARTS) {
    const m = p.word.exec(text);
    if (!m || (first && first.index <= m.index)) continue;
    // 今年年初 / 年中 inside 年中考核 are still parts; 年初 in 年初定的目标 too — only the time is read.
    first = { tense: "ahead", index: m.index, length: m[0].length, from: p.from };
  }
  if (!first) return undefined;
  const { from, ...part } = first;
  if (!today) return from === 7 ? part : undefined;
  const year = YEAR_BEFORE.exec(text.slice(0, part.index));
  const offset = year ? (yearOf(year[1], today) ?? today.year) - today.year : 0;
  if (offset !== 0) return { ...part, tense: offset > 0 ? "ahead" : "begun" };
  return { ...part, tense: today.month > from ? "begun" : today.month === from ? "starting" : "ahead" };
}

/** Holidays a deadline is set against, with the month each falls in (about). */
const HOLIDAY_MONTH: Record<string, number> = {
  元旦: 1,
  春节: 2,
  过年: 2,
  元宵: 2,
  清明: 4,
  五一: 5,
  端午: 6,
  七一: 7,
  中秋: 9,
  国庆: 10,
  十一: 10,
};

/**
 * A deadline said against a holiday of this year that is already past (「端午节前抽检…」 said in
 * December): the work was done by then. A holiday within the next five months, the current
 * month's, or one this function does not know is not past.
 */
export function holidayDeadlinePast(text: string, today?: LocalDate): boolean {
  if (!today) return false;
  const m = /(元旦|春节|过年|元宵|清明|五一|端午|七一|中秋|国庆|十一)(?:节|假期|长假|小长假)?(?:之?前)/.exec(
    text,
  );
  if (!m) return false;
  if (/(?:明年|来年|下一?年)[^，。；]{0,2}$/.test(text.slice(0, m.index))) return false;
  const month = HOLIDAY_MONTH[m[1] ?? ""] ?? today.month;
  const ahead = (month - today.month + 12) % 12;
  // 「清明前森林防火检查搞掂」 sent on 9 April: a holiday on a fixed day earlier this month is past too.
  const day = FIXED_DAY[m[1] ?? ""];
  return ahead > 5 || (ahead === 0 && day !== undefined && today.day > day);
}

/** Holidays on a fixed day of their month (清明 on the 4th or 5th: the 5th). */
const FIXED_DAY: Record<string, number> = { 元旦: 1, 清明: 5, 五一: 1, 七一: 1, 国庆: 1, 十一: 1 };

/**
 * A deadline said against a month of this year that is already past (「6月底前完成了…」、「9月前
 * 全部建成」 said in December). The next two months (「1月底前」 said in December) are ahead.
 */
export function monthDeadlinePast(text: string, today?: LocalDate): boolean {
  if (!today) return false;
  const m =
    /(?<![\d一二三四五六七八九十])(?<!(?<!今)年)(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|中旬|上旬|下旬|初|中)?(?:\d{1,2}[日号])?之?前/.exec(
      text,
    );
  if (!m) return false;
  if (/(?:明年|来年|下一?年)[^，。；]{0,2}$/.test(text.slice(0, m.index))) return false;
  const month = parseChineseNumber(m[1] ?? "");
  if (month === undefined || month >= today.month) return false;
  return today.month - month < 10;
}
