import type { CorrectionPlan } from "./plan-correction.js";

/**
 * Lead54's console trial: 「那条专利的能不能改成上周五去的」 on 「上个礼拜去了三个乡镇搞专利宣传…」 — the day the work was
 * done, said again. A day said after a correction word (改成、应该是、是) replaces the one day the update names; the old
 * day may be named too (不是上周三 是上周四). With no day, or two days, in the update nothing is guessed. Pure.
 */

const WEEKDAY = "[一二三四五六日天1-7]";
const WEEK = "(?:周|礼拜|禮拜|星期)";
/** A day or a stretch of days as said in chat: 上周五、上个礼拜、礼拜三、昨天、本月初、11月20号、11.20. */
export const DAY = [
  `(?:上上|上|这|這|本|下)个?${WEEK}${WEEKDAY}?`,
  `${WEEK}${WEEKDAY}`,
  "大?前天|昨天|今天|前几天|前兩天|前两天",
  "(?:上|这|這|本)个?月(?:初|中旬?|底|末)?",
  "\\d{1,2}月\\d{1,2}[日号號]?",
  "(?<![\\d.])\\d{1,2}[号號]",
].join("|");
/** A part of the day said after the day (昨天下午, 上周三晚上, 东北 头晌/后晌, 闽 上昼/下昼). */
const PART = "(?:上午|下午|中午|早上|早晨|晚上|傍晚|头晌|后晌|上昼|下昼|半夜)";
const DAY_RE = new RegExp(`(?:${DAY})${PART}?`, "gu");
const PART_END = new RegExp(`${PART}$`, "u");
/** The new day, said after a correction word, with what may follow it (去的、那天、办的). */
const SAID_TO = new RegExp(
  `(?:改成|改为|换成|應該是|应该是|应是|实际是|其实是|(?:^|[\\s，,])是)\\s*((?:${DAY})${PART}?)(?:去的|办的|搞的|开的|那天|的时候|的)?(?:吧|啊|呀|哈|了|哦)*[。.！!]?$`,
  "u",
);
/** The old day named: 不是上周三. */
const SAID_FROM = new RegExp(`不是\\s*(${DAY})`, "u");

/** The days an update names, with where they are. */
function daysIn(text: string): { text: string; at: number }[] {
  return [...text.matchAll(DAY_RE)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
}

export function whenChange(old: string, said: string): CorrectionPlan | undefined {
  const to = SAID_TO.exec(said.trim())?.[1];
  if (!to) return undefined;
  const days = daysIn(old);
  const named = SAID_FROM.exec(said)?.[1];
  const meant = named ? days.filter((d) => d.text === named || d.text.startsWith(named)) : days;
  if (meant.length !== 1) return undefined;
  // 「今天上午去了莫旗 下午去了阿荣旗」 and 「改成昨天下午」: which part of the day is not guessed.
  const bareParts = [...old.matchAll(new RegExp(PART, "gu"))].filter(
    (p) => !days.some((d) => (p.index ?? 0) >= d.at && (p.index ?? 0) < d.at + d.text.length),
  );
  if (PART_END.test(to) && bareParts.length > 0) return undefined;
  const [found] = meant;
  // 「改成上周四」 on 「上周三下午…」: the day alone is said, the update's part of the day stays.
  const day = found && !PART_END.test(to) ? { ...found, text: found.text.replace(PART_END, "") } : found;
  if (!day || day.text === to) return undefined;
  return { kind: "substitute", from: day.text, to, at: day.at };
}

/**
 * 「/ref 修改 content:专利 能不能改成上周五去的」: an update named by its words and the words it should take — asked
 * politely (能不能), it is still the request, not a question how to edit (「…能改成别的科室吗」 is).
 */
export function changeAskedOf(command: string): boolean {
  return (
    /^\/ref\s+修改\s+content:/u.test(command) &&
    /(?:改成|改为|换成)\s*(?!别的|别个|其他|其它|什么|啥|哪)[^\s吗嗎么嘛？?]{2,}/u.test(command)
  );
}
