/**
 * 口 counting people: the mouths of households, as it is said in the countryside (一百四十二口人、
 * 搬了四十六户一百五十三口、新识别6户二十一口). 口 counts wells, cisterns, ponds and pots as well
 * (水窖渗漏六口、打了两口井), so it is people only when 人 follows it, or when the households were
 * just counted right before it (N户M口).
 */

const HOUSEHOLDS_BEFORE = /[\d一二两三四五六七八九十百千万几]+[多余来几]?户$/;

/** Whether the count at [cs, end) in 口 (end: after 口) counts people. */
export function mouthsArePeople(t: string, cs: number, end: number): boolean {
  // 三口之家、人口: not a count of people in 口 (口之, 口径, 口子 are no people either).
  if (t[end] === "人") return !/^人(?:员|口)/.test(t.slice(end));
  return HOUSEHOLDS_BEFORE.test(t.slice(Math.max(0, cs - 10), cs));
}
