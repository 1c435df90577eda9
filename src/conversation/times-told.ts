import { LEAD, PRIVATE_THING, spokenWorkDone, WORK_THING } from "./spoken-work-done.js";
import { WORK_NOUN } from "./work-lexicon.js";

/**
 * 「给合作社讲了两回无人机飞防」「给果农教了三遍嫁接」「去石门村讲了两次修枝」: a piece of work done for someone (给/为/向 a
 * unit or group) or somewhere, with how many times it was held — a report, though its only figure is the count of
 * times (the lead, round forty-seven). Not for oneself or one's family (给娃讲了两回故事), not a thing left undone
 * after it (给企业讲了三回 都不听), never a plan (no 了: 打算给合作社讲两回).
 */
const TIMES = "(?:[一两二三四五六七八九十几]{1,3}|\\d{1,3})(?:回|次|趟|遍|场|期|轮|堂|节)";
const FOR_SOMEONE = new RegExp(
  `^(?:给|为|向|帮)(?!我|你|他|她|娃|孩子|儿子|女儿|闺女|老婆|老公|爸|妈|家里|自己)[\\u4e00-\\u9fff]{1,10}?` +
    `(讲|教|宣讲|讲解|培训|演示|示范|辅导|办|搞|开|上)了(${TIMES})(.*)$`,
  "u",
);
/** The count of times after a spoken verb done, taken out to read the rest as work said bare (spoken-work-done.ts). */
const COUNT_AFTER_DOING = new RegExp(`(?<=(?:讲|教|宣讲|讲解|办|搞|开|上|演)了)${TIMES}`, "u");
const NOT_DONE = /^(?:都|也|还|就|但|可|没|不|白)/;

/** Whether `norm` is a piece of work held a counted number of times, and `rest` (the text without the count) has no other figure. */
export function workTimesTold(norm: string, hasFigure: (s: string) => boolean): boolean {
  if (/[?？]/.test(norm)) return false;
  const clause = norm.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, "");
  const led = clause.slice(LEAD.exec(clause)?.[0].length ?? 0);
  const m = FOR_SOMEONE.exec(led);
  if (m) {
    const verb = m[1]!;
    const thing = (m[3] ?? "").replace(/(?:的|了|哈|啊|呀|哦|嘛|咯|啦|咧)+$/, "");
    if ([...thing].length < 2 || PRIVATE_THING.test(thing) || NOT_DONE.test(thing) || hasFigure(thing))
      return false;
    return /讲|教|培训|演示|示范|辅导/.test(verb) || WORK_THING.test(thing) || WORK_NOUN.test(thing);
  }
  const uncounted = norm.replace(COUNT_AFTER_DOING, "");
  return uncounted !== norm && !hasFigure(uncounted) && spokenWorkDone(uncounted);
}
