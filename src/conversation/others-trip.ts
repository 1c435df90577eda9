import { notOwnWork } from "./not-own-work.js";

/**
 * 「我们科小王下周去市里培训」「老张明天去省厅开会」「我们科的刘姐下礼拜去党校学习」「局长后天去市里汇报」: a colleague,
 * named or described, going somewhere or away on days to come — their doings, not the sender's leave (no 请假 offered
 * to the sender, nothing stored) and not the sender's work. Only when the message opens with that colleague, and the
 * rest says nothing of the sender (我), asks nothing, hands nothing over (让、叫、帮、陪) and counts nothing.
 */

/** The colleague's unit said first: 我们科的、咱科、我们局、办公室、隔壁股的、项目科的. */
const UNIT_SAID =
  /(?:(?:我们|咱们?|俺们|我哋|阮兜|我)(?:科室|科|股|局|办|室|单位|站|所|队|组|部门)(?:里|里头)?|隔壁(?:科|股|办|科室)?|[\u4e00-\u9fff]{0,4}?办公室|[\u4e00-\u9fff]{1,4}?(?:科|股|办|站|所|队))(?:的|嘅|滴)?/;
/** The colleague: a title (局长、张主任), 小王、老张, 刘姐、李哥, a colleague. */
const TITLED =
  /[\u4e00-\u9fff]?(?:副)?(?:局长|主任|科长|股长|书记|县长|站长|所长|队长|部长|处长|组长|主席)|同事|[老小](?![时天会家孩朋区学组伙母父人婆公伴爸妈娘爷太乡师])[\u4e00-\u9fff]|[\u4e00-\u9fff](?:姐|哥|姨|叔|工|总)(?![\u4e00-\u9fff]{0,1}(?:们))/;
const LEAD = /^(?:那个|哎|诶|对了|跟你说下?|说一下)?[，,\s]*/;
/** Days to come (明天、下周、下礼拜三、周五、月底、12号). */
const AHEAD =
  /^(?:今天|今儿个?|明天|明儿个?|明个|后天|大后天|下(?:个)?(?:周|礼拜|星期)[一二三四五六日天]?|这(?:个)?(?:周|礼拜|星期)[一二三四五六日天]|(?:周|礼拜|星期)[一二三四五六日天]|月底|月初|下(?:个)?月|过两天|过几天|\d{1,2}(?:月\d{1,2})?[号日])/;
/** Going somewhere or away (去、到、下乡、出差、上省里). */
const GOES =
  /(?:要|得|准备|打算|可能|会|又|也|还)?(?:去|到|赴|下乡|下村|下基层|下去|出差|外出|上(?:省|市|县)|回)/;
/** What makes it the sender's or the bot's: 我、你, a question (这个要报不、算不算), a hand-over, a count. */
const NOT_THEIRS_ALONE =
  /我|俺|咱|你|您|[?？吗么]|要不要|算不算|(?:报|填|算)不(?:报|填|算)?$|这个(?:要|算|用|得)|让|叫|喊|帮|替|陪|跟着?我|带我|\d+\s*[个家场次人名户项份]|[一二两三四五六七八九十几]+\s*[个家场次名户项份]/;

export function othersTrip(norm: string, people: readonly string[] = []): boolean {
  if ([...norm].length > 30) return false;
  const lead = LEAD.exec(norm)?.[0] ?? "";
  let rest = norm.slice(lead.length);
  const unit = new RegExp(`^(?:${UNIT_SAID.source})`).exec(rest)?.[0] ?? "";
  const afterUnit = rest.slice(unit.length);
  const name = people.find((p) => p.length >= 2 && afterUnit.startsWith(p));
  const who = name ?? new RegExp(`^(?:${TITLED.source})`).exec(afterUnit)?.[0];
  if (!who) return false;
  rest = afterUnit.slice(who.length).replace(/^(?:他|她)/, "");
  if (NOT_THEIRS_ALONE.test(rest)) return false;
  // Away on days to come, in any words the sender's own absence would be read in (not-own-work.ts).
  if (notOwnWork(rest)?.kind === "away") return true;
  const when = AHEAD.exec(rest.replace(/^(?:也|又|还|就)/, ""));
  if (!when) return false;
  const after = rest.replace(/^(?:也|又|还|就)/, "").slice(when[0].length);
  // 「局长今天到园区调研了高企培育工作」: gone and done (了、过) is the bureau's work told, no trip ahead.
  if (/[了过](?![解])/.test(after)) return false;
  return new RegExp(
    `^(?:[^，,。；;]{0,8}?(?:到|至|—|-)[^，,。；;]{0,6}?)?(?:上午|下午|一早|早上)?${GOES.source}`,
  ).test(after);
}
