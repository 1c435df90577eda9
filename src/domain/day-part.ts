import { PERFECTIVE_LE } from "./done-words.js";
/**
 * Parts of today and the hour each begins (read by clause-kind.ts for 「下午去…」); 江淮/吴/北方 上半天、前半天 = 上午 and
 * 下半天、后半天 = 下午 (「下半天到镇文化站讲冬季防火」 sent in the morning is ahead, fig37).
 */
export const DAY_PART = /(?:今天|今日)?(上午|中午|下午|傍晚|晚上|今晚|[上前]半天|[下后]半天)/;
const DAY_PART_STARTS: Record<string, number> = {
  上半天: 8 * 60,
  前半天: 8 * 60,
  下半天: 13 * 60,
  后半天: 13 * 60,
  上午: 8 * 60,
  中午: 11 * 60 + 30,
  下午: 13 * 60,
  傍晚: 17 * 60,
  晚上: 18 * 60,
  今晚: 18 * 60,
};

/**
 * Before this hour the night still belongs to the day just past: 「上午去3家企业宣讲」「下午又帮2家企业梳理了台账」
 * sent at 01:03 after a late evening's work tell that day's work, not work ahead (a console trial, round thirty-two).
 */
const DAY_BEGINS = 5 * 60;

/**
 * Whether the text names a part of today that had not begun at the send time (HH:MM); false when
 * it names none, the send time is unknown, or it is sent in the small hours (DAY_BEGINS).
 */
export function beforeDayPart(t: string, time?: string): boolean {
  const m = DAY_PART.exec(t);
  const at = time ? /^(\d{1,2}):(\d{2})$/.exec(time) : null;
  if (!m || !at) return false;
  const minute = Number(at[1]) * 60 + Number(at[2]);
  return minute >= DAY_BEGINS && minute < (DAY_PART_STARTS[m[1] ?? ""] ?? 0);
}

/** A completed 了 after a verb (来了、看了、坐满了), not 为了、除了、了解. */
const TOLD_DONE = new RegExp(`[\\u4e00-\\u9fff]${PERFECTIVE_LE}`, "u");
/** An intention that keeps what follows ahead (要、准备、打算…). */
const INTENDS = /要|准备|打算|计划|拟|将|得去|争取/;

/**
 * Whether a sentence that opens with a part of the day goes on to tell how it went (「上午去城关镇科普讲座 来了80来人」):
 * then that part is over, whatever the send time says (work told early the next day, round thirty-three).
 */
export function dayPartToldDone(sentence: string): boolean {
  const m = DAY_PART.exec(sentence);
  // With two parts named (上午开了会，下午去两家企业), each is read on its own as before.
  if (!m || DAY_PART.test(sentence.slice(m.index + m[0].length))) return false;
  const after = sentence.slice(m.index + m[0].length);
  return TOLD_DONE.test(after) && !INTENDS.test(after);
}
