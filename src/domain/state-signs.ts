/**
 * Signs of a clause's kind read from a state or a year rather than from a verb (kept out of
 * clause-kind.ts, which stays under the file-size limit):
 * - a bad state said of something: overdue (还款逾期), cluttered or blocked (消防通道堆着杂物),
 *   below a line (收入还在线下面), grown old (巡护员年纪大了), short of something (学校缺英语老师; not the needy served: 给缺水的村送水), back again (又回来摆、今天又摆出来了) — 了 there marks a change of state,
 *   not work done; cleared and back again (清了又摆); full already (库点已经满了);
 * - 「还款逾期的有6笔」「反弹的有两处」: a part picked out by its state and counted says the same as
 *   「有6笔逾期」, so the state is read as a predicate, not as a modifier;
 * - a year named after the year the message is sent (2026年一季度开工…, said in 2025) lies ahead,
 *   like 明年, unless the clause says something done.
 */

import type { LocalDate } from "./period.js";

export const STATE_PROBLEM =
  /逾期|复发|(?:清|拆|管|治|修|改|罚|劝|赶|撤|封|堵|补|刷|擦|收|捞|扫|铲)了又[\u4e00-\u9fff]|[\u4e00-\u9fff]了又(?:[\u4e00-\u9fff]?(?:回来|回去|过来|出来|起来)|摆|冒|长|建|搭|堆|占|犯|漂|有了|来了)|(?:已经|已|都|全都?|早就)(?:满|爆满|住满|装满|堆满)了(?=$|[，。；！!])|(?<!清理|清除|清运|搬走|整治|清)(?:堆着|堆满|堵着|被占用?|堆了(?:好多|不少|一些)?(?:杂物|杂七杂八|东西|垃圾|柴火?|纸箱|建材))|(?:还|仍|都|还是)在[^，。；]{0,6}线(?:下面?|以下)|(?:年纪|年龄|岁数)(?:偏|太|都|比较|普遍|也)?大(?:了|(?=$|[，。；！!]|不))|(?<![补查空短欠稀])(?<!(?:给|为|帮|向|帮助|慰问|走访|看望)[^，。；]{0,4})缺(?![席勤陷点口的额乏])[\u4e00-\u9fff]|又(?:回来|摆|冒)(?=[\u4e00-\u9fff]|$|[，。；！!])/;

/** 「逾期的有6笔」 → 「逾期有6笔」: the state before 的 is what the counted part is in. */
export function withPartCounted(t: string): string {
  return t.replace(
    /(?<=[\u4e00-\u9fff])的(?=(?:还|也|就|仍|都|只)?有(?:近|约)?[\d一二两三四五六七八九十几])/g,
    "",
  );
}

/** A year named after the year of `day`, in a clause with nothing said done: a time ahead. */
export function yearAhead(t: string, day: LocalDate | undefined): boolean {
  if (!day || /了|已|过(?!来|去)/.test(t)) return false;
  const m = /(?<![\d.])(20\d\d)年(?!度?(?:以来|以前))/.exec(t);
  return m !== null && Number(m[1]) > day.year;
}
