import type { FoundFigure } from "./figure-candidate.js";

/**
 * 「来了四十户 哦 比我刚才说的多三户 是四十三户」「收了五十二份 不对 比刚才讲的少两份 是五十份」: a number put right by
 * the difference to the one just said, then the number meant. The first number and the difference both go; the one
 * said after 是 stays (README: 说错又改口的数只标改后的那个), fig50.
 */
const DIFFERENCE_BEFORE =
  /^[\s，,]*(?:(?:哦|噢|啊|呃|哎|不对|不是|说错了?|搞错了?)[\s，,]*)*比(?:我|俺|额|偃|侬)?(?:刚才|刚刚|刚|才|上面|前面|头先|将将|将才)?(?:说|讲|报|写|打)的?还?(?:多|少)了?$/;
const MEANT_AFTER = /^[\s，,]*(?:哦|噢|啊)?[\s，,]*(?:应该|其实|实际)?是$/;

const sameCount = (a: string, b: string) =>
  a === b || (/^(?:人|个|名|位)$/.test(a) && /^(?:人|个|名|位)$/.test(b));

/** Indices in `found` of numbers taken back by a difference (the old number and the difference itself). */
export function takenBackByDifference(t: string, found: FoundFigure[]): Set<number> {
  const gone = new Set<number>();
  for (let i = 0; i + 2 < found.length; i++) {
    const [old, diff, meant] = [found[i], found[i + 1], found[i + 2]] as FoundFigure[];
    if (!old || !diff || !meant) continue;
    if (!DIFFERENCE_BEFORE.test(t.slice(old.end, diff.start))) continue;
    if (!MEANT_AFTER.test(t.slice(diff.end, meant.start))) continue;
    if (!sameCount(old.figure.unit, meant.figure.unit) || !sameCount(diff.figure.unit, meant.figure.unit))
      continue;
    gone.add(i).add(i + 1);
  }
  return gone;
}
