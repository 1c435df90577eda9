import { measureWork } from "./work-content.js";

/**
 * 「局长今天去市里开会了」「主任刚去县里开会了，下午不在」「老王上午去敬老院讲防诈骗去了」: someone else's
 * whereabouts or doings, told in passing — news, not the sender's work nor a thing the bot could do. Where the
 * rules would ask about it (unclear), it is answered as talk instead: never stored, never read as one's own
 * absence. Only when the message opens with the other person (a title, 老王/小李, 他们) going somewhere, and
 * says nothing of the sender (我), nothing asked of the bot (你), no errand (让、叫、说) and no count.
 */
const OTHER_OPENS =
  /^(?:[\u4e00-\u9fff]{0,2}(?:局长|主任|科长|股长|书记|县长|镇长|乡长|站长|所长|队长|部长|处长)|[老小][\u4e00-\u9fff]|他们?|她们?)(?:今天|今儿个?|今个|今早|昨天|昨儿个?|上午|下午|中午|早上|刚才|刚刚|刚|一早|又|也|已经|都|这会儿?)*(?:去|到|下|跑|回|克|上(?=[\u4e00-\u9fff]{1,4}(?:里|上|去)))/;
const ABOUT_ME_OR_ASKED =
  /我|俺|咱|你|您|让|叫|喊|说|问|要求|安排|交代|交办|[?？吗]|\d|[一二两三四五六七八九十几]\s*[个家场次人名户]/;

export function othersDoings(norm: string): boolean {
  // 「局长今天到园区调研了高企培育工作」 names the work itself (a work object): the unit's work, left to the rules.
  if (measureWork(norm).object) return false;
  return OTHER_OPENS.test(norm) && /了/.test(norm) && !ABOUT_ME_OR_ASKED.test(norm);
}

/** The other person opening the message: a title, 老王/小李, 他们/她 (no 我 anywhere: see othersAway). */
const OTHER_NAMED =
  /^(?:[\u4e00-\u9fff]{0,2}(?:局长|主任|科长|股长|书记|县长|镇长|乡长|站长|所长|队长|部长|处长|同事)|[老小](?!时|天|会|家|孩|朋友|区|学|组|伙|母|父|人|婆|公|伴|爸|妈|娘|爷|太|乡|师)[\u4e00-\u9fff]|他们?|她们?)/;
/** A day off, leave or being away, said of that person (调休、请假、病假、出差、没来). */
const AWAY =
  /调休|补休|轮休|休假|休年假|年假|病假|事假|请了?(?:[一二两三四五六七八九十几半]+天)?(?:的)?假|出差|没来|不在|在家休息|在[\u4e00-\u9fff]{1,6}?(?:培训|学习|集训|轮训)(?![了过])|(?:才|再|就)?回(?:来|单位|局里)?(?:上班)?$/;
/** A count of work (40多人、3场): the message reports something. */
const COUNTED = /\d|[一二两三四五六七八九十百千几]+(?:多|余|来)?(?:个|家|场|次|人|份|户|名|期|批)/;
/** What makes it about the sender or asked of the bot. */
const ABOUT_ME = /我|俺|咱|额|你|您|[?？吗]|让|叫|帮|替|陪|要求|安排/;

/**
 * 「小刘昨天去县一中搞演练了，今天调休」「老陈昨天下乡搞调研去了，今天补休」「小李今天病假」「股长这周出差 下礼拜才回来」:
 * someone else's day off or absence, told in passing — not the sender's leave (no 请假 registered for them, no offer to
 * pause the sender's reminders) and not work of the sender's. Only when the message opens with that person and says
 * nothing of the sender or of the bot.
 */
export function othersAway(norm: string): boolean {
  // Short and with no count of work: 「局长给全局上了一堂党课…四十几个人参加…有几个同志老是请假」 is a report.
  if ([...norm].length > 30 || COUNTED.test(norm)) return false;
  if (!OTHER_NAMED.test(norm) || !AWAY.test(norm) || ABOUT_ME.test(norm)) return false;
  // 「局长出差回来 给大家传达了会议精神」: work done after the absence is the news, not the absence — left to the rules.
  const clauses = norm.split(/[，,。；;！!～~\s]+/).filter(Boolean);
  const last = clauses.findLastIndex((c) => AWAY.test(c));
  return clauses.slice(last + 1).every((c) => !/了/.test(c));
}
