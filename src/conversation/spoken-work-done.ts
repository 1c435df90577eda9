import { placeCuts } from "./place-cuts.js";
import { WORK_NOUN } from "./work-lexicon.js";

/**
 * 「今天去敬老院讲了防诈骗」「昨天去二中讲了堂安全课」「上午在图书馆办了科普展」「下午去卫生院开了个座谈会」:
 * someone went somewhere (去、到、在、下、跑到) and did a piece of work there, said with a spoken verb of doing
 * (讲了、办了、搞了、开了、上了堂课、弄了) and what was done, with no figure. The verb alone is too light to
 * store (搞了、弄了 say nothing of work) and the place alone says only where one was; the three together
 * are a report. Kept out: a plan (no 了 after the verb, or 明天、打算 before), a question (讲了啥), someone
 * else as the subject (局长、老王、我家娃: only time words and 我 may open the clause), errands and chat
 * (看牙、吃饭、买菜: not these verbs) and private places (医院、超市、家).
 */

/** What may stand before the going: time words, 我, and adverbs — no other subject. */
export const LEAD =
  /^(?:(?:今天|今儿个?|今早|今晚|昨天|昨儿个?|昨晚|前天|上午|下午|中午|晚上|早上|一早|一大早|刚才|刚刚|刚|这周|本周|上周[一二三四五六日天]?|上个?礼拜[一二三四五六天]?|上星期[一二三四五六日天]?|(?:周|礼拜|星期)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|明天|明早|明儿个?|明晚|后天|要|得|还要|我们?|俺们?|额|咱们?|又|也|还|就|专门|特意|抽空)[，,\s]*)*/;

/** 「和老王」「陪领导」「跟村干部一起」: whom one went with — still one's own work. */
const COMPANY = /^(?:和|跟|同|陪着?|带着?)[\u4e00-\u9fff]{1,5}?(?:一起|一块儿?)?(?=去|到|在|下到?|跑到|赴)/;

/** Going somewhere (去、到、在、下到、跑到、赴): the place follows. */
const GOING = /^(?:去了?|到了?|在|下到?|跑到|跑了趟|赴)/;

/** 「给村民」「给老人们」: for whom, between the place and the doing. */
const FOR_WHOM = /^给[\u4e00-\u9fff]{1,8}?(?=宣讲了|讲了|办了|搞了|开了|上了|弄了|做了|教了|放了|演了)/;

/** The spoken verb of doing, done (了), with an optional measure: 讲了堂、办了个、搞了场、开了个、上了节. */
const DOING =
  /^(?:又|也|还|专门)?(宣讲了|讲了讲|讲了|办了|搞了|开了|上了|弄了|做了|教了|放了|演了)(?:一?(?:个|场|堂|节|次|期|回|轮|下)|几(?:场|堂|节|次))?/;
/** The same verb still to be done (明早要到一中搞消防演练): no 了. */
const DOING_AHEAD =
  /^(?:又|也|还|专门)?(宣讲|讲|办|搞|开|上|弄|做|教|放|演)(?!了)(?:一?(?:个|场|堂|节|次|期|回|轮|下)|几(?:场|堂|节|次))?/;

/** A time ahead: the doing is a trip to come, not work done. */
const AHEAD = /明天|明早|明儿|明晚|后天|(?:上午|下午|晚上|中午|待会|等会)(?:还)?要/;

/** Places of one's private life: what is done there is an errand or chat unless named as work. */
const PRIVATE_PLACE =
  /(?:家|医院|诊所|超市|饭店|饭馆|食堂|公园|理发店|菜市场|市场|商场|银行|宿舍|健身房|球场|电影院|KTV|酒店)$/;

/** What was done must be work-like: not food, a tooth, a question word or a while. */
export const PRIVATE_THING =
  /^(?:饭|菜|头|牙|药|澡|觉|车|会儿|玩笑|病|体检|手术|点|半天|好久|一会|几句|两句|啥|什么|哪|几|多少|个会$|会$|家长会)/;

/** For 办、搞、开、弄、做、放、演 the thing must be named as a piece of work (座谈会、科普展、消防演练、防诈宣传). */
export const WORK_THING =
  /(?:会|展|课|讲座|演练|宣传|宣讲|培训|活动|比赛|义诊|咨询|讲堂|展览|调研|检查|排查|座谈|交流|辅导|教育|电影|节目|仪式|讲解|体验|实验)$|^(?:防|反|禁|安全|消防|科普|普法|法治|政策|医保|社保|反诈)/;

/** The clause's kept characters: Han, Latin and digits (emoji and punctuation gone). */
const clauseText = (s: string) => s.replace(/[^\u4e00-\u9fffA-Za-z0-9]/g, "");

/** Whether one clause of `norm` is someone going somewhere and doing a named piece of work there (past). */
export function spokenWorkDone(norm: string): boolean {
  if (/[?？]|明天|后天|明儿|下周|下礼拜|下个?星期|打算|准备|计划|想去|要去|得去|回头|待会|等会/.test(norm))
    return false;
  return spokenWork(norm, DOING) || spokenWorkBare(norm) || visitLookedAt(norm);
}

/** A place of production or research visited (伊嵩钼业、华瑞药业、腊肉厂、合作社、孵化器、研究所). */
const WORKS =
  /(?:企业|公司|集团|[药钼矿农实木材纸化食]业|物流|厂|合作社|基地|园区|孵化器|研究所|研究院|[农林茶]场|养殖场|工地)$/;
/** Went there, done (跑了、去了趟、又到了; 又去 — again, so once already: 过晌又去鲁沂物流看…): the place follows. */
const VISITED = /^(?:又|也|还|专门|特意)?(?:跑了|去了|到了)(?:一)?(?:趟|回)?/;
/** 去/跑/到 with no 了 after 又 (read off with the lead): again, so once already. */
const WENT_AGAIN = /^(?:跑|去|到)(?![了过])/;
/** Looked at, done (看了、看了看、察看了、参观了; 看 alone after a visit done: 去了沂岭木业看无醛胶中试线): the thing follows. */
const LOOKED =
  /^(?:又|也|还|顺便|顺带)?(?:看了看|看了|察看了?|查看了?|参观了?|瞧了|瞅了|看(?![看过]))(?:一下|下)?/;
/** What is looked at there is a piece of its work: a line, a workshop, a centre, a project, a trial. */
const SIGHT = /(?:线|车间|中心|设备|项目|平台|实验室|工艺|装置|工程|厂房|大棚|示范田|试验田|样品|产品|台账)$/;

/**
 * 「又跑了伊嵩钼业 看了钼深加工中试线」「去了趟华瑞药业 看了他们新上的提取车间」 (b88-d14)、「今门儿上午去了沂岭木业看无醛胶
 * 中试线」 (b90-d14): went to a place of
 * production and looked at a piece of its work there — an inspection visit done, with no figure. 去超市看了看、去了趟
 * 4S店 看了辆车 stay errands (not a place of work, nothing of work looked at); a time ahead is left to the rules.
 */
function visitLookedAt(norm: string): boolean {
  const clauses = norm
    .split(/[，,。；;！!~～\s]+/)
    .map(clauseText)
    .filter(Boolean);
  return clauses.some((clause, i) => {
    const lead = LEAD.exec(clause)?.[0] ?? "";
    const led = clause.slice(lead.length);
    const went = VISITED.exec(led) ?? (/又[，,\s]*$/.test(lead) ? WENT_AGAIN.exec(led) : null);
    if (!went) return false;
    const after = led.slice(went[0].length);
    for (let end = 2; end <= Math.min(after.length, 12); end++) {
      if (!WORKS.test(after.slice(0, end))) continue;
      const rest = after.slice(end) || (clauses[i + 1] ?? "");
      const looked = LOOKED.exec(rest);
      const thing = looked ? rest.slice(looked[0].length) : "";
      if ([...thing].length >= 2 && SIGHT.test(thing)) return true;
    }
    return false;
  });
}

/**
 * 「明早要到一中搞消防演练」「后天去光明村讲小麦越冬管理」: the same shape with a time ahead and no 了 — a trip
 * to come, said as one (docs/understanding.md: 说行程是先问、不存). A plan said as such (计划、准备) is left to
 * the rules: 「下周计划赴柳河乡调研…」 is a plan to report.
 */
export function spokenWorkAhead(norm: string): boolean {
  if (/[?？]|计划|准备|了/.test(norm) || !AHEAD.test(norm)) return false;
  return spokenWork(norm, DOING_AHEAD);
}

/**
 * 「刚从敬老院回来」「从石桥镇回来了」「今天到县二中去了」: a clause that only says where one has been (从X回来, 到X去了);
 * the place it names is where the next clause's doing happened.
 */
const BEEN_THERE =
  /^(?:从|打)([\u4e00-\u9fffA-Za-z0-9]{1,10}?)回来(?:了|咯|哒|嘞)?$|^(?:到|去)([\u4e00-\u9fffA-Za-z0-9]{1,10}?)去了(?:一趟|一下|一回)?$/;
/** 「在那边」「在那儿」: the place of the clause before, said again. */
const THERE =
  /^(?:在|到)?(?:那边|那儿|那里|那块|那头|那)(?=给|宣讲|讲|办|搞|开|上|弄|做|教|放|演|又|也|还|专门)/;

/**
 * The clauses of `norm`, each standing alone; a clause that only says where one has been (BEEN_THERE) lends
 * its place to the next: 「刚从敬老院回来，给老人们讲了防诈骗」 reads as 「去敬老院给老人们讲了防诈骗」.
 */
function placedClauses(norm: string): string[] {
  const clauses = norm
    .split(/[，,。；;！!~～\s]+/)
    .map(clauseText)
    .filter(Boolean);
  return clauses.map((clause, i) => {
    const before = i > 0 ? clauses[i - 1]! : "";
    const been = BEEN_THERE.exec(before.slice(LEAD.exec(before)?.[0].length ?? 0));
    if (!been) return clause;
    const led = clause.slice(LEAD.exec(clause)?.[0].length ?? 0);
    const rest = led.slice(THERE.exec(led)?.[0].length ?? 0);
    return GOING.test(rest) ? clause : `去${been[1] ?? been[2]}${rest}`;
  });
}

/**
 * 「上半天在新洲镇讲血吸虫病防治」「下半天去小学讲防溺水 伢儿来了三百多」: the doing told bare, with no 了 after the
 * verb, the way 湘北、西南 speakers narrate the day — work done (or being done) when the going is 在 (being there
 * doing it: 在X讲Y, no time ahead and no 下午/晚上 that may still be to come), or when another clause counts who came
 * (来了三百多、来了老人家60几个、到了五十多人). The thing done must be named as work (讲电话、讲故事 stay chat), and every
 * time ahead or intention (明天、要、打算、准备) keeps it a trip to come (spokenWorkAhead).
 */
const TURNOUT =
  /(?:来|到场|到|参加|听)了[\u4e00-\u9fff]{0,3}?(?:\d|[一二两三四五六七八九]?十|[一二两三四五六七八九几]百|几十|上百|百把|好几十)/;
/**
 * A thing of work the bare telling needs (besides WORK_THING and the work nouns): 血吸虫病防治、防溺水知识; and a thing
 * kept or looked after told to others (朱鹮保护、水源地保护、野生动物保护: 汉中, blind87 — a talk given on it).
 */
const TOLD_THING = /(?:防治|防控|知识|政策|法规|常识|技术|(?<!自我)保护)$/;

export function spokenWorkBare(norm: string): boolean {
  if (/[?？]|明天|后天|明儿|下周|下礼拜|下个?星期|打算|准备|计划|得去|回头|待会|等会/.test(norm))
    return false;
  // 想/要 of intention, not inside a word (思想、重要、主要、需要、要求: review40 — 「在社区讲主要医保政策」 was no report).
  if (/(?<![思理感构设联梦猜])想|(?<![重主需只必紧首纲摘概])要(?![求点素])/.test(norm)) return false;
  if (TURNOUT.test(norm)) return spokenWork(norm, DOING_AHEAD, GOING, true);
  if (/下午|晚上|中午|傍晚|晚些/.test(norm)) return false;
  return spokenWork(norm, DOING_AHEAD, /^在/, true);
}

function spokenWork(norm: string, doingRe: RegExp, going = GOING, named = false): boolean {
  return placedClauses(norm).some((clause) => {
    const led = clause.slice(LEAD.exec(clause)?.[0].length ?? 0);
    const rest = led.slice(COMPANY.exec(led)?.[0].length ?? 0);
    // Try every cut of the place (1–10 characters): 「去敬老院讲了」 and 「去县职中讲了」 alike.
    for (const cut of placeCuts(rest, going, 10)) {
      const place = cut.place;
      let after = cut.after;
      const to = FOR_WHOM.exec(after);
      if (to) after = after.slice(to[0].length);
      const doing = doingRe.exec(after);
      if (!doing) continue;
      const thing = after.slice(doing[0].length).replace(/(?:的|了|哈|啊|呀|哦|嘛|咯|啦)+$/, "");
      if ([...thing].length < 2 || PRIVATE_THING.test(thing)) return false;
      const verb = doing[1]!;
      const workLike = WORK_THING.test(thing) || WORK_NOUN.test(thing);
      // At a private place (农贸市场、医院) only a thing named as work counts: 搞了个食品安全咨询, not 讲了讲病情.
      if (PRIVATE_PLACE.test(place) && !workLike) return false;
      if (verb.startsWith("上")) return /课/.test(thing);
      if (named) return workLike || TOLD_THING.test(thing);
      return /讲|教/.test(verb) || workLike;
    }
    return false;
  });
}
