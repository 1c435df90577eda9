import { toSimplified } from "../domain/normalize.js";
import type { Update } from "../domain/update.js";

/**
 * 「大棚不对 是24个」「修剪培训错了 应该是180人次」: a correction that names the thing it is about, with no update named.
 * When exactly one of the recent updates says that thing, it is the one meant — not the latest whose unit merely fits
 * (hold40: after a held draft and another card, 「大棚不对 是15个」 went to the newer update's 三个乡镇). Words that name
 * only a kind of figure (数字、人数、金额…) or point (这个、刚才…) name no thing.
 */
const SUBJECT =
  /^([\u4e00-\u9fff]{2,8}?)(?:的)?(?:数|数字|数量|个数)?(?:不对|错了|有误|写错了?|报错了?|弄错了?|搞错了?)/u;
const GENERIC =
  /^(?:数字|数据|数量|个数|人数|金额|数|这个|那个|这条|那条|刚才|刚刚|上一条|上条|前面|前一条|这里|那里|好像|感觉|不好意思|哎呀)$/u;

export function thingNamedWrong(said: string, recent: readonly Update[]): Update | undefined {
  const m = SUBJECT.exec(toSimplified(said).replace(/\s+/gu, ""));
  const thing = m?.[1];
  if (!thing || GENERIC.test(thing)) return undefined;
  const having = recent.filter((u) => toSimplified(u.normalizedText).includes(thing));
  return having.length === 1 ? having[0] : undefined;
}
