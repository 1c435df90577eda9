import type { ClauseKind } from "./clause-kind.js";
import { plainDialect } from "./dialect-words.js";
import { HYPOTHESIS, stepIf, worseIf } from "./if-then-worse.js";
import { doneOnProblemObject, planOnProblemObject, problemOnlyInAttribute } from "./problem-as-object.js";

/**
 * A piece with no sign of its own (or only a 了 that is not its main verb's) read by its shape against
 * the piece before it (docs/extraction.md, 第二十一轮) — what several blind writers say without any
 * problem or plan word:
 * - after work done, a **state of things** that did not change with the work: persistence (还是去年的、
 *   照样往沟里淌、罚完了照样干), a limit (也就那么几个、就那么点、没几个、跟去年一个样), a quantified
 *   subject with 都/还/没 (好多老人都没按时吃药、好些铺子…还是…), a burden (一来一回要大半天、得自己掏钱)
 *   — a problem;
 * - a **step after a condition**: the 了 closes the condition, not the step (等化冻了接着整、地皮干了抢着刨、
 *   整改到位了才准复工、开了春补栽、天一晴就抢收) — a plan;
 * - after a problem, a **remedy** with no completion: 再请宗亲会去做工作、先拉水车送着、跟县医院签个协议 — a plan;
 * - a **step from now on**, not the message's first piece (…，这礼拜给调好、介礼拜督促换新的、十天以后回头复查)
 *   — a plan; 「这周清理河道4.5公里」 opening a weekly report stays work done.
 * None of them when the step or state says it is done (了、已、完成 after it) or counts work (a figure).
 */

/** A count of work or things (6趟、4.5公里、两车): the step or state reports a result. */
const COUNTED =
  /(?:\d+(?:\.\d+)?|[二两三四五六七八九十百千][一二两三四五六七八九十百千万]*|一[十百千万][一二两三四五六七八九十百千万]*)[多余来]?(?:[个家户人次处名所项件场期条份亩元万吨起批趟车台座辆米]|公里)/;
const SAID_DONE = /了|已|过(?!来|去|一遍)|完成|完了|好了/;

/** Persistence or a limit: the state stayed as it was. 还是要/还是得 advise; 依然保持 is a good state. */
const STAYED =
  /还是(?!要|得|会|把|先|按|在|以|比较满意)|照样|照旧|依旧|依然(?!保持|稳定|良好)|仍旧|仍然(?!保持|稳定|良好)|也就(?!是)|就那么|就(?:那|这)几|照[\u4e00-\u9fff]不误|没几个|没多少|一个样|老样子/g;
/** Many of them, and still, all or not: 好多老人高血压都没按时吃药、好些铺子…还是…. */
const MANY_STILL =
  /^[^，。；]{0,6}?(?:好些|好多|不少|很多|许多|多数|大多|大部分|有些)[^，。；]*?(?:都|还|没|不)(?!错|少)/;
/** Those who come are all old: 来的基本上都是六七十岁的、来的大多是五六十岁的婆婆 (a 的-phrase as the subject). */
const ALL_OLD = /的(?:都是|大多是|基本上?(?:都)?是|全是|多是|净是)[五六七八九][五六七八九]?十/;
/** Some of them, counted, in a state: 有两段是泥巴路、上游有两个养猪场还在往河里排、有几段都露天了. */
const SOME_IN_STATE =
  /^[^，。；]{0,4}(?<![没冇])有(?:[\d一二两三四五六七八九十几]+|一批|一些|好几)[^，。；]{0,8}?(?:是|还在|都|没|不)/;
/** What it costs each time: 一来一回要大半天、开个机得十来分钟、流量得自己掏钱. */
const BURDEN =
  /(?:要|得)(?:自己|自个儿?)?[^，。；]{0,3}?(?:大半天|老半天|一整天|好几天|好几个钟头|[十几][来多]?分钟|掏钱|掏腰包)/;

/** Many of them are so: 高血压不吃药的多得很、农户惜售的多、走访记录应付的多 (a 的-phrase, then 多 as the predicate). */
const MOSTLY = /[\u4e00-\u9fff]{2}的(?:占)?多(?:得很|得狠|着呢|呢|啊|了)?$/;

/** Done, and still no use: 按了也不知道跟谁说话、说了也不听、修了都没用. */
const IN_VAIN = /了(?:也|都)(?:不|没|白)/;

/**
 * Each time it is used, it goes wrong: 一发动就熄火、视频一开就卡、一拽就碎了、雪一下就结冰 — a moment, then
 * what happens to the thing (not what the office does, 天一晴就抢收; not a good result, 一说就懂、一次就办好).
 * The 了 after it closes the outcome (碎了), it says no work was done. 一到 + a time or an occasion
 * (一到冬天就爆、一到晌午就没水) is the same: each time it comes round (一到周末就组织… is the office's step).
 */
const GOES_WRONG =
  /一(到[\u4e00-\u9fff]{1,4}?|[\u4e00-\u9fff]{1,2})就(?!能|可以|会|好|懂|通|明白|清楚|到|来|去|办|有|是|要|得|把|给|马上|立马|立即|组织|安排|抢|进场|开工|动工|复工|施工|修|补|换|清|拉|收|种|栽|通知|上门|完成|完|成|结|解决|同意|答应|签)/;

export function goesWrongEachTime(t: string): boolean {
  const m = GOES_WRONG.exec(t);
  if (!m) return false;
  // 一个电话就、一年就、一下就: a count or "at once", not a moment of use.
  if (/^[个次批年天月周遍下趟回场家户名台样口点块]/.test(m[1] ?? "")) return false;
  const after = t.slice(m.index + m[0].length);
  return !/已|完成/.test(after) && !COUNTED.test(after) && !GOOD.test(after);
}

/** A good state or a welcome said of it (还是很支持的、都很满意): no problem. */
const GOOD = /保持|坚持|满意|不错|正常|(?<!不)(?:支持|认可|欢迎|积极|踊跃|热情|好评|高兴|配合)/;

/** After work done: a state of things, no step of the office's. */
export function stateOfThings(t: string): boolean {
  if (IN_VAIN.test(t)) return true;
  if (MOSTLY.test(t) && !GOOD.test(t)) return true;
  let last: RegExpExecArray | null = null;
  for (const m of t.matchAll(STAYED)) last = m as RegExpExecArray;
  const some = SOME_IN_STATE.exec(t);
  // 「有几段都露天了」: a 了 closing the state says it changed, not that work was done.
  if (some && !SAID_DONE.test(t.slice(some.index + some[0].length).replace(/了$/, ""))) return !GOOD.test(t);
  const hit = last ?? MANY_STILL.exec(t) ?? BURDEN.exec(t) ?? ALL_OLD.exec(t);
  if (!hit) return false;
  // A 了 before the word closes a condition (罚完了照样干); one after it says the state was dealt with.
  return !SAID_DONE.test(t.slice(hit.index + hit[0].length)) && !GOOD.test(t);
}

/** A step marker right after a condition's 了 (就业、便民 are words, not 就、便). */
const STEP_MARK = "(?:就(?!业)|再|才|便(?!民|利|捷)|接着|马上|立马|立即|抓紧|赶紧|赶快|统一|重新|抢着)";
/** The time of year as the condition: 开了春、过了元旦、天暖和了、化冻了. */
const SEASON =
  /^(?:开了春|过了(?:年|元旦|春节|正月|十五|节)|出了正月|入了冬|开春了|天(?:暖和|热|冷|凉快|晴|好)了|化(?:了)?冻了?|雪化了|水退了)/;
const WAIT_FOR = /^(?:等|待)(?!到|着)[^，。；了]{1,8}了/;
const THEN_STEP = new RegExp(`^[^，。；了]{1,6}了(?:以后|之后|后)?(?=${STEP_MARK})`);
/** 天一晴就抢收、水一退就进场: a moment, then what the office does (雪一下就结冰 is no step). */
const AS_SOON =
  /^[^，。；]{0,3}一[\u4e00-\u9fff]{1,2}就(?=抢|进场|开工|动工|复工|施工|修|补|换|清|拉|收|种|栽|组织|安排|通知|上门)/;

/**
 * What follows the condition is a step still ahead: nothing said done, no result counted — a count in the
 * object of 把 (「等天晴了把4公里的机耕路铺上碎石」) says what the step is on, not a result.
 */
function stepAhead(rest: string): boolean {
  return rest.length >= 2 && !SAID_DONE.test(rest) && !COUNTED.test(rest.replace(/把[^，。；]*$/, ""));
}

/** A step after a condition: how the condition is said, and whether it needs a problem before it. */
function conditionThenStep(t: string): { rest: string; alone: boolean } | undefined {
  const lead = WAIT_FOR.exec(t) ?? SEASON.exec(t);
  const then = lead ? undefined : (THEN_STEP.exec(t) ?? AS_SOON.exec(t));
  const m = lead ?? then;
  if (!m) return undefined;
  // A second condition may follow: 等上冻了地硬实了再进去拉.
  const rest = t.slice(m[0].length).replace(/^[^，。；了]{1,6}了(?=[\u4e00-\u9fff])/, "");
  // 等…了 and the season stand alone, and 「X了再…」「X了才准…」 (then, only then); 「X了就…」 needs a problem or a plan before it.
  return { rest, alone: lead !== null || /^[才再]/.test(rest) };
}

/** A time from now, at the piece's head: 这礼拜、介礼拜、这个星期内、这两天、过几天、十天以后. */
const FROM_NOW =
  /^[^，。；]{0,4}?(?:(?:这|本|介)个?(?:周|礼拜|星期)(?!末|[六日天])内?|这两天|过(?:两|几|三)天|[\d一二两三四五六七八九十几]+(?:天|个?礼拜|周|个?月)(?:以后|之后|后))/;

/** A day at the piece's head: 周五、下礼拜一、星期三, or within this week or month (这周之内). */
const WEEKDAY_AHEAD =
  /^(?:下个?)?(?:周|礼拜|星期)[一二三四五六日天](?![^，。；]{0,2}(?:前|之前|以前))|^(?:这|本|介)个?(?:周|礼拜|星期|月)之内/;

/** A request to others to come or help (请/麻烦 + who + 来、派、帮、支持), after a few words at most. */
const ASK =
  /^[^，。；]{0,4}?(?:请|麻烦|恳请|求)(?!假|示|教|客|柬)[^，。；]{1,10}?(?:下来|过来|来|派|帮|支持|协调)/;

/** 再 as "then" (再请、再要), not 不再、再也、再说. */
const THEN_AGAIN =
  /(?<![不没又也还])再(?!也|不|没|说|加上|就|者|次|这样|那样|拖|晚|过[\d一二两三四五六七八九十几半])[\u4e00-\u9fff]/;
/** A remedy opened by who does it or how (先…、跟/找/叫/让/请 someone …), at the head of the piece. */
const REMEDY_HEAD =
  /^(?:镇里|县里|村里|局里|我们|咱们?|俺们?)?(?:先(?!后|前|天)|跟(?!着)|找(?!各种|借口|理由)|叫上?(?!苦)|喊(?!冤|苦)|让(?!人)|请(?!假)|回头|帮着|联系(?!人|电话|方式))(?!不|没)/;

/** There and then, opening a piece: 当场、当即、现场就、当天就. */
const ON_THE_SPOT = /^(?:当场|当即|现场就|当天就|立马就?)(?!不|没)/;

/**
 * A case handed on or a fix set after a problem, said bare (no modal, no time, no 了): 移送公安、移交医保局处理、
 * 按规定转到市上定点医院、限他们半个月内补办、打报告申请更新两辆、把二楼会议室临时腾出来当输液室、给没来的单独补一回.
 * Said of the problem just told, the office's next step; with 了 or 已 it is done (shapeKind checks SAID_DONE). A norm
 * (按要求每格要配一名) is none: 按规定 counts only before the handing on itself.
 */
const HAND_ON =
  /^(?:移送|移交|转交|转给|转到|转诊|上报|报送|报给|提请|(?:按|依)(?:规定|程序|法)(?=转|移|送|报|上报|处理|处罚|立案|查处)|限(?:期|他们|她们|其|企业|商户|店家|老板|[\d一二两三四五六七八九十半]+[天日个周月])|责令|打(?:个)?报告|(?:把|将)(?![^，。；]{0,12}?(?:给了|都|已))[^，。；]{1,12}?(?:腾|搬|挪|交|送|转|报|换|修|补|拉|清|弄)|给(?:没|未)[^，。；]{1,6}?(?:单独|再|补))/;

/**
 * A remedy opened by who does it or how, nothing said done (跟开发区商量再要一层楼、联系加工企业签订单、
 * 帮着申请理赔): read after a problem, the office's step ahead (glued-step.ts cuts it off a problem typed
 * with no comma before it).
 */
export function remedyAhead(t: string): boolean {
  return REMEDY_HEAD.test(t) && !HYPOTHESIS.test(t) && !SAID_DONE.test(t);
}

/**
 * The kind a piece takes by its shape, given the piece before it (`prev`, undefined at the message's
 * head), whether that piece is of the same sentence, and what the rules read (`own`: only no sign or work done
 * are reconsidered).
 */
export function kindByShape(
  piece: string,
  own: ClauseKind | undefined,
  prev: ClauseKind | undefined,
  sameSentence = true,
  reread?: (s: string) => ClauseKind | undefined,
  before?: string,
): ClauseKind | undefined {
  // 「要是再爆就整段换新的」: the office's step once the condition comes, though a problem word names it;
  // 「要是再刮白毛风，路又得堵」: what will befall the thing if the condition comes (if-then-worse.ts).
  if (own !== "done" && stepIf(piece, before)) return "plan";
  if (prev === "problem" && worseIf(piece, before)) return "problem";
  // 「但是明天要是再下」: the time ahead is the condition's, not a plan's — the condition reads as without it.
  if (own === "plan" && reread && HYPOTHESIS.test(piece.trim())) {
    const t = plainDialect(piece.trim());
    const bare = t.replace(CONDITION_TIME, "$1");
    if (bare !== t && reread(bare) === "problem") return "problem";
  }
  // 「月底前把冲坏的十二处道路抢通」: a problem that only names the step's object (problem-as-object.ts).
  if (own === "problem" && reread) {
    const t = piece.replace(/[。.！!？?~～\s]+$/u, "");
    const again = (s: string) => {
      const k = reread(s);
      return prev === undefined || k === "problem" || k === "plan" ? k : shapeKind(s, k, prev, sameSentence);
    };
    if (problemOnlyInAttribute(t, again) || planOnProblemObject(t, reread, prev === "plan")) return "plan";
    // 「把3个嘎查的矛盾纠纷都调处了」: work done on things the problem word only names.
    if (doneOnProblemObject(t, reread)) return "done";
  }
  // 「请区住建局派人下来看看那4栋楼的外墙脱落」「麻烦供电所派人来把老化的线路换一换」: asked to come and see or
  // mend what is wrong — the request is the step, the problem words its object, nothing said done.
  const ask = own === "problem" || own === "done" ? ASK.exec(piece) : null;
  if (ask && !SAID_DONE.test(piece) && !/^[^，。；]{0,3}(?:不|没|也|都|还)/.test(piece.slice(ask[0].length)))
    return "plan";
  // 「等天晴了把4公里的机耕路铺上碎石」「开了春把剩下的补栽上」 opening the message: 等…了 and the season stand alone.
  if (prev === undefined && own !== "problem" && own !== "plan") {
    const t = piece.replace(/[。.！!？?~～\s]+$/u, "");
    const step = conditionThenStep(t);
    // Only the condition's own 了 (过了元旦开了一次会 is work done after the holiday).
    if (step?.alone && stepAhead(step.rest) && (t.match(/了/g) ?? []).length <= 1) return "plan";
  }
  if (own === "problem" || own === "plan" || prev === undefined) return own;
  // 「麻烦农牧局派个兽医下来」「打个报告请县文旅局支持…」: asking someone to come or help, nothing said done — their
  // step is still ahead, whatever came before.
  if (own === undefined && ASK.test(piece) && !SAID_DONE.test(piece) && !COUNTED.test(piece)) return "plan";
  // 「不符合的九户」「冇戴安全帽嘅工人有十几个」「血压高的一百多个」: a part of what the work counted, singled out by
  // what is wrong with it.
  if (prev !== "plan" && reread && badPartCounted(piece, reread)) return "problem";
  return shapeKind(piece.replace(/[。.！!？?~～\s]+$/u, ""), own, prev, sameSentence);
}

/** A time ahead between a turn and the condition it sets: 但是明天要是…、过两天万一…. */
const CONDITION_TIME =
  /^(但是?|可是|不过|而且)?(?:明天|后天|下周|下个?礼拜|下个?星期|下个?月|明年|过两天|以后|今后|往后|开春)(?=[^，。；]{0,2}?(?:要是|如果|万一|一旦|假如|若是))/;

/** The part named by a 的-phrase, then counted (有、占了 + a count), with nothing said after the count. */
const PART_COUNTED =
  /^(?:其中|另外|里头|里面)?([^，。；的嘅]{2,10})(?:的|嘅)[\u4e00-\u9fff]{0,4}?(?:有|占了?|占到)?(?:[\d一二两三四五六七八九十百千几]+(?:\.\d+)?[多余来]?(?:个|户|人|名|家|处|所|座|条|件|起|例|头|只|台|辆|间|栋|口|位|批|项|%)?|一半|一多半|一大半|大半|多半)(?:多|左右|上下)?[。，,！!]*$/;

/**
 * After work that counted things, a part of them singled out by what is wrong with it and counted: the
 * 的-phrase reads as a problem on its own (不符合、档案不全、没来) or denies (冇戴安全帽), so the count is
 * how many are in trouble, not more work done. 「合格的有30家」「参加的60多人」 read as nothing and stay.
 */
export function badPartCounted(t: string, reread: (s: string) => ClauseKind | undefined): boolean {
  const m = PART_COUNTED.exec(t.trim());
  if (!m) return false;
  const part = m[1] ?? "";
  return reread(part) === "problem" || /^(?:没|冇|无|未|不)(?!错)/.test(part);
}

function shapeKind(
  t: string,
  own: ClauseKind | undefined,
  prev: ClauseKind,
  sameSentence: boolean,
): ClauseKind | undefined {
  if (prev !== "plan" && goesWrongEachTime(t)) return "problem";
  // The count in 「有两个养猪场还在…」 names whom the state is of, not work done.
  if (prev !== "plan" && stateOfThings(t) && !COUNTED.test(t.replace(SOME_IN_STATE, ""))) return "problem";
  const step = conditionThenStep(t);
  if (step && stepAhead(step.rest) && (step.alone || prev !== "done")) return "plan";
  // After a problem, what the office will do about it: 再请…、先拉水车送着、跟县医院签个协议.
  if (
    prev === "problem" &&
    own === undefined &&
    (THEN_AGAIN.test(t) || REMEDY_HEAD.test(t) || HAND_ON.test(t)) &&
    !HYPOTHESIS.test(t) &&
    !SAID_DONE.test(t)
  )
    return "plan";
  // After a problem, a remedy there and then with no 了 (当场让他们倒出去二百多箱、当即叫停): done on the spot.
  if (prev === "problem" && own === undefined && ON_THE_SPOT.test(t) && !HYPOTHESIS.test(t)) return "done";
  // After a problem, a day named at the head with nothing said done: 周五喊环卫所的人来通、周一开始交警派人站岗、
  // 这周之内换掉 — when the remedy will come (a weekly report's 「周一召开…」 after work done is not read so).
  if (prev === "problem" && WEEKDAY_AHEAD.test(t) && !SAID_DONE.test(t) && !COUNTED.test(t)) return "plan";
  const now = FROM_NOW.exec(t);
  // Only after a piece of the same sentence: 「…。这周主要是迎检」 may open the week's report.
  if (now && sameSentence && !SAID_DONE.test(t) && !COUNTED.test(t) && t.length - now[0].length >= 2)
    return "plan";
  return own;
}
