import { measureWork } from "./work-content.js";

/**
 * 「局长今天去市里开会了」「主任刚去县里开会了，下午不在」「老王上午去敬老院讲防诈骗去了」: someone else's
 * whereabouts or doings, told in passing — news, not the sender's work nor a thing the bot could do. Where the
 * rules would ask about it (unclear), it is answered as talk instead: never stored, never read as one's own
 * absence. Only when the message opens with the other person (a title, 老王/小李, 他们) going somewhere, and
 * says nothing of the sender (我), nothing asked of the bot (你), no errand (让、叫、说) and no count.
 */
const OTHER_OPENS =
  /^(?:[\u4e00-\u9fff]{0,2}(?:局长|主任|科长|股长|书记|县长|镇长|乡长|站长|所长|队长|部长|处长)|[老小][\u4e00-\u9fff]|他们?|她们?)(?:今天|今早|昨天|上午|下午|中午|早上|刚才|刚刚|刚|一早|又|也|已经|都|这会儿?)*(?:去|到|下|跑|回)/;
const ABOUT_ME_OR_ASKED =
  /我|俺|咱|你|您|让|叫|喊|说|问|要求|安排|交代|交办|[?？吗]|\d|[一二两三四五六七八九十几]\s*[个家场次人名户]/;

export function othersDoings(norm: string): boolean {
  // 「局长今天到园区调研了高企培育工作」 names the work itself (a work object): the unit's work, left to the rules.
  if (measureWork(norm).object) return false;
  return OTHER_OPENS.test(norm) && /了/.test(norm) && !ABOUT_ME_OR_ASKED.test(norm);
}
