import { facilityFixed } from "./facility-fixed.js";
import {
  ASKS,
  ASPECT,
  CHATTY,
  DAY_TIME,
  DURATION,
  ERRAND,
  FEELING,
  FILLER_LEAD,
  MATTER,
  FIGURE,
  HEDGED,
  MALFUNCTION,
  PROBLEM_LEAD,
  SIGH,
  STILL_GOING,
  TOPIC_WORD,
  NOT_DONE_VERB,
  POINTER_ONE,
  QUESTION,
  REPORTED,
  RESCHEDULED,
  SCOPE,
  VAGUE_ONE,
  WEEKDAY,
  WORK_NOUN,
  WORK_SIGN,
  WORK_VERB,
} from "./work-lexicon.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { spokenWorkAhead, spokenWorkDone } from "./spoken-work-done.js";
import { workTimesTold } from "./times-told.js";
import { tripAhead, weekTripAhead } from "./trip-ahead.js";

/**
 * How much work a message carries, measured by what it names rather than by its verb: a figure
 * (8家、31起), a work object (纠纷、班线、项目), a verb of work, and how many characters are left
 * once the words that carry no work are gone (today/this afternoon, how long it took, the figure
 * itself). 「开了一天会」 keeps 3 characters (开了会): too little to store.
 */
export interface WorkContent {
  /** A count of something (not a duration, a date or an update number). */
  figure: boolean;
  /** A noun of public work (项目、纠纷、班线…). */
  object: boolean;
  /** A verb of work (开展、走访、化解…). */
  verb: boolean;
  /** Done or under way (已、完成、V了), or summed up over a scope (全年、全县、累计). */
  aspect: boolean;
  /** A figure counted in a unit of work (篇、场、户、台), not a generic 个/次/趟/处. */
  workUnit: boolean;
  /** A sign of work that does not say what (出差、开会、材料、去县里). */
  sign: boolean;
  /** Characters of content once day-time words, durations and punctuation are gone. */
  content: number;
  /** The same without the figures: what the figures count and what was done. */
  beyondFigures: number;
}

/** A verb in its cannot-form (去不了、进不去、干不成、弄不完): the thing was not done. */
const CANNOT = /(?:去|到|进|下|干|做|搞|弄|跑|出|办|开|走)不(?:了|成|去|来|动|完|下去)/;
/** 追了我、把我…、被狗咬: the speaker undergoes it (me as the object), no work of one's own. */
const UNDERGONE =
  /[\u4e00-\u9fff]了我(?![们国县市省局科单的司部处])|把我(?![们的局县市省科])|被[\u4e00-\u9fff]{0,6}(?:追|咬|吓|骂|堵|淋|困|拦|撞|坑|啄|挠|晒|冻|熏|呛)/;
/** A trip that came to nothing (白跑、白去了、扑了个空、空跑). */
const WASTED_TRIP = /白跑|白去了|白来了|扑了个?空|空跑了?一趟/;
/** A light verb of going somewhere. */
const MOVED = /(?:跑|去|到)了/;
/** Going or looking around (跑了、看了看、转了一圈): where one was, not what was done. */
const LOOKED_AROUND = /(?:跑|去|到)了|(?:看|转|逛|瞅)了(?:看|转|逛|瞅|一圈)/;
/** A team, vehicle or agent of the work (服务队、大篷车、特派员、工作组) right before a light verb of going. */
const WORK_WENT =
  /(?:特派员|专家|服务队|小分队|宣讲团|志愿者|大篷车|宣传车|工作组|检查组|督查组|调研组|专家组)(?:又|也|还|都)?(?:去|到)了/;
/** A count in a generic unit (三个、两次、一趟、几处): says how many, not of what work. */
const GENERIC_UNIT = /(?:个|次|趟|遍|回|处|下|起)$/;
/** Every figure in a text, to measure what is left without them. */
const FIGURES = new RegExp(FIGURE.source, "g");
const len = (s: string) => [...s.replace(NOT_CORE, "")].length;

export function measureWork(norm: string): WorkContent {
  // 「对接了一下」: a verb done 「a bit」 says no more than the verb.
  // Durations first: 「一下午」 is a duration, not 「一」 left beside the day time 下午.
  const bare = norm
    .replace(DURATION, "")
    .replace(DAY_TIME, "")
    .replace(VAGUE_ONE, "")
    .replace(POINTER_ONE, "")
    .replace(/了?一下/g, "")
    .replace(TIMES_COUNT, "$1次");
  const counted = bare.replace(WEEKDAY, "、");
  return {
    figure: FIGURE.test(counted),
    workUnit: [...counted.matchAll(FIGURES)].some((m) => !GENERIC_UNIT.test(m[0])),
    object: WORK_NOUN.test(norm),
    verb: WORK_VERB.test(norm.replace(NOT_DONE_VERB, "、")) || FILED_FOR.test(norm) || IN_FULL.test(norm),
    aspect: ASPECT.test(norm) || SCOPE.test(norm),
    sign: WORK_SIGN.test(norm),
    content: len(bare),
    beyondFigures: len(counted.replace(FIGURES, "")),
  };
}

/**
 * 「帮桑河光伏报了高企」「给企业申了科小」: filed for someone (a firm, a unit) — the bureau's own work, however short
 * its verb; not for oneself or one's family (帮我报了个名、给娃报了个班).
 */
const FILED_FOR =
  /(?:帮|给|替|为)(?!我|你|他|她|娃|孩子|儿子|女儿|闺女|老婆|老公|爸|妈|家里)[\u4e00-\u9fff]{1,10}?(?:报|申|评)了/;
/**
 * A choice asked: the same verb (交、报、算、放、去) before each of two ways joined by 还是, ending the message
 * (「是交州里还是交到局里」「报市里还是报省里呢」). 还是 as "still" (效果还是不错、积极性还是不高) repeats no verb, and
 * a pronoun or pointer said again (我觉得还是我们科牵头、这次还是这么搞) is no verb either.
 */
const CHOICE_ASKED =
  /(?<v>(?![我你他她它咱俺这那的])[\u4e00-\u9fff])[^，,。；;\s]{1,10}还是\k<v>[^，,。；;\s]{0,12}[呢啊呀哦嘛吧]?[?？]?$/u;
/** A count of the event held (一场、两期、三轮、一堂): what a plan will hold, not how many places or people. */
const EVENT_COUNT = /(?:\d+|[一二两三四五六七八九十几]+)\s*(?:场|期|轮|堂|节)/;
/** 「党费收缴完了」「团费收齐了」: dues or forms collected or handed in full — a step of work finished. */
const IN_FULL = /(?:收缴|收|缴|交|填|录)(?:齐|完)了|(?:收缴|缴纳|录入|填报)(?:完毕|完成)/;

/**
 * 「支部换届选举搞掂咗」「科技活动周的总结弄好了」「专利资助公示贴出去咯」: a named piece of work, then a light verb
 * finishing it (弄好、搞定、弄妥、整完、搞完、做好) or putting it out (贴出去、挂出来) and nothing after — the work is named, so
 * the message is whole. A general head (培训的事情弄完了、材料那边弄妥了、上面布置的活儿搞定了、我那块弄好了) names
 * no work and stays asked.
 */
const LIGHT_FINISHED =
  /^(?![我俺你他她咱那这嗰])[\u4e00-\u9fff]{4,}?(?:终于|已经|都|也|总算)?(?:(?:弄|搞|整|办|做)(?:好|完|妥|定|掂)|(?:贴|挂|张贴|公示)(?:出去|出来|上去|上墙))(?:了|咯|啦|嘞|喽|噻|咧|哒|啊)?[呀哈嘛哦啦嘞咯喽噻撒吧!！~～。]*$/u;
/**
 * 「…自查做好了 没发现大的问题」「…检查搞完了 未发现明显隐患」: what the check found, nothing — its result, said after the
 * work finished (a check's findings are the check's own: test/corpus/README.md), so it is no more than the work.
 */
const FOUND_NONE =
  /[，,。\s]+(?:都|也|暂时|目前)?(?:没|未|没有)(?:发现|查出|查到)(?:有)?(?:什么|啥|任何)?(?:大的?|明显的?|重大的?|严重的?|突出的?)?(?:问题|隐患|毛病|异常)(?:了|啊|哈|呀)?[。！!～~]*$/;
const GENERAL_HEAD =
  /(?:事情?|事儿|活儿?|东西|那边|这边|那块|这块|那头|这头|那个|这个|那些|这些|(?:^|的|些)(?:材料|资料|表格?|数据|文件|通知|工作|任务|手续))(?:终于|已经|都|也|总算)?(?:弄|搞|整|办|贴|挂|张贴|公示)/u;

/** 「科普讲座x2」「入户走访×5」「座谈会X2」: a count typed as a multiplication after the work, as 2次. */
const TIMES_COUNT = /(?<=[\u4e00-\u9fff])\s*[x×X*＊]\s*(\d{1,3})(?![\d.%])/g;

/** A count of goings (再去一趟、跑两次、来一回): how often, not work. */
const TRIP_COUNT = /(?:去|跑|来|走|到|回)(?:[一两二三四五几]|\d{1,2})(?:趟|次|回)/;

/**
 * 「下礼拜还要再去一趟 把合同签了」「明天得再跑一趟 签个协议」: going again, still ahead (再 + a going + 一趟/一次) — the errand
 * beside it, said as 把…了, is what is to be got done, not work done.
 */
const REPEAT_AHEAD =
  /(?:还|又|也)?(?:要|得|需要|准备)?再(?:去|跑|来|到|回|克(?![服制扣隆拉罗]))[\u4e00-\u9fff]{0,6}?(?:一趟|一次|一回|趟)/u;
const BA_ERRAND = /把[\u4e00-\u9fff]{1,12}?(?:了|掉)(?=[。！!～~\s，,]|$)/gu;
/** What says work done, outside the going again and its 把-errand: 上午开了会、已经、搞完 (过两天 is a time ahead). */
const DONE_BESIDE = /了|已|过(?![几两一些段阵年节])|完(?!善)|好了/;

/** A report needs this much content besides its figures (验收项目3个 has 4; 开了两个会 has 3). */
export const MIN_BESIDE_FIGURE = 4;
/** A figure with only a light verb (跑了三个地方) needs this much content to be a report. */
export const MIN_LIGHT_FIGURE = 12;
/** Without a figure, a report needs this much content and a verb of work, or a done work object. */
export const MIN_WITHOUT_FIGURE = 8;
/** A work verb done on a work object (修订了考勤制度) needs this much content. */
export const MIN_DONE_ON_OBJECT = 6;
/** Without a verb or figure, a statement naming a work object needs this much content. */
export const MIN_OBJECT_ONLY = 14;

/** Below this, a message opened by what someone else said or asked, with no verb or figure, is asked about. */
export const MIN_REPORTED_ERRAND = 24;

export type WorkVerdict = "report" | "unclear" | "question" | "chat";

/**
 * Whether a message that is no command, answer or small talk is a report (stored as a draft),
 * unclear (asked about in one line with buttons; nothing stored) or chat (answered only).
 * `core` is the text without punctuation, for the question test's length; `whole`: the message itself, not a
 * clause of it read beside an answer or a closing.
 */
export function judgeWork(norm: string, core: string, whole = false): WorkVerdict {
  // 「暖气管子冻裂了 找人修好了」: the workplace's upkeep done, though it reads like news (facility-fixed.ts).
  if (facilityFixed(norm)) return "report";
  const w = measureWork(norm);
  // 「给合作社讲了两回无人机飞防」「去石门村讲了两次修枝」: a piece of work done for someone or somewhere, its only figure how
  // many times (times-told.ts) — a report, before 讲了 reads as something said (REPORTED) or the count as a trip's.
  if (workTimesTold(norm, (s) => FIGURE.test(s))) return "report";
  const len = [...core].length;
  // 「申报表是交州里还是交到局里」「这个算项目还是算平台」: a choice asked between two ways, no question mark needed — a
  // question about a matter, asked in one line, never stored (nothing done beside it).
  if (CHOICE_ASKED.test(norm) && !w.aspect && len <= 30) return "unclear";
  if (QUESTION.test(norm) && len <= 30 && !(w.figure && w.verb))
    return reportThenAsked(norm) ? "report" : "question";
  // 「写总结呢」「这是什么呢」: 呢 asks only with a question word.
  if (!w.figure && (ASKS.test(norm) || /呢[?？。!！~～]*$/.test(norm)) && len <= 14)
    return ASKS.test(norm) ? "question" : w.verb || w.sign || w.object ? "unclear" : "chat";
  // 「领导叫我后天陪市里专家去大湾村」「主任叫我把那个表再弄弄」「那个就是领导说让我把…准备一下」: an errand
  // someone gave (a thing of work, or something to do, after 让我/叫我), nothing done — asked about.
  const said = norm.replace(FILLER_LEAD, "");
  const reported = REPORTED.test(said);
  const errand = reported && ERRAND.test(said);
  const named = w.object || w.sign || errand || MATTER.test(norm);
  if (reported && named && !w.figure && (!w.verb || errand) && !w.aspect && w.content < MIN_REPORTED_ERRAND)
    return "unclear";
  // 「领导说下周要检查」「领导说初稿下周要」: news from someone else, too short to be work of one's own.
  if (reported && w.content < MIN_OBJECT_ONLY) return w.verb || named ? "unclear" : "chat";
  // 「好累啊今天跑了三个地方」: in a short message, a figure whose only predicate is a light verb
  // (跑了、搞了) and that names no work object counts nothing of work.
  // A count in a unit of work (6篇、3场、2台) is evidence of its own; 个、次、趟、处 are not.
  // Where one went (跑了两家企业、去了3个村) says where, not what was done there.
  const lightOnly =
    w.sign && !w.verb && w.content < MIN_LIGHT_FIGURE && (MOVED.test(norm) || (!w.object && !w.workUnit));
  // 「明天的培训改到下午了」「任务好重啊」: a time moved, a feeling — news and chat, not work done.
  if (!w.figure && RESCHEDULED.test(norm) && w.content < MIN_OBJECT_ONLY) return "chat";
  if (!w.figure && !w.verb && FEELING.test(norm) && w.content < MIN_OBJECT_ONLY) return "chat";
  // 「村里的狗追了我半条街😂」「大鹅把我咬了一口」: something that happened to me, not work I did.
  if (!w.figure && !w.verb && UNDERGONE.test(norm) && w.content < MIN_REPORTED_ERRAND) return "chat";
  // 「问题是缺钱 缺人」: a problem named as one is a report of it, however short.
  if (PROBLEM_LEAD.test(norm) && w.content >= MIN_BESIDE_FIGURE + 2) return "report";
  // 「开会开到现在还没结束」: a moment's news.
  if (!w.figure && STILL_GOING.test(norm) && w.content < MIN_OBJECT_ONLY) return "chat";
  // 「唉 又加班」: a sigh and a few words.
  if (!w.figure && SIGH.test(norm) && w.content < MIN_WITHOUT_FIGURE) return "chat";
  // 「下周可能要去市里学习」「这个项目怕是搞不成了」: a guess, not work done.
  if (!w.figure && HEDGED.test(norm) && w.content < MIN_OBJECT_ONLY) return "unclear";
  // 「下雨天村里都去不了」「这周材料弄不完」: what could not be done — no work done, whatever it names;
  // asked about, never stored (beside a feeling it is chat: talk-aside.ts).
  if (
    !w.figure &&
    CANNOT.test(norm) &&
    !(w.verb && ASPECT.test(norm.replace(CANNOT, ""))) &&
    w.content < MIN_OBJECT_ONLY
  )
    return "unclear";
  // 「去乡里开会又白跑一趟 气人」「跑了趟园区 扑了个空」: a trip that came to nothing — no work done, a complaint.
  if (WASTED_TRIP.test(norm) && !w.workUnit && w.content < MIN_REPORTED_ERRAND) return "chat";
  // 「申报系统又登不上去了」: a complaint about a tool.
  if (!w.figure && MALFUNCTION.test(norm) && w.content < MIN_OBJECT_ONLY) return "chat";
  // 「哈哈 就一条啊」: a count said in passing, with nothing of work around it.
  if (w.figure && !w.verb && !w.object && !w.sign && w.content < MIN_LIGHT_FIGURE && CHATTY.test(norm))
    return "chat";
  // 「今天去敬老院讲了防诈骗」「上午在图书馆办了科普展」: went somewhere and did a named piece of work there,
  // said with a spoken verb (讲了、办了、开了个) and no figure — a report (spoken-work-done.ts).
  if (!w.figure && spokenWorkDone(norm)) return "report";
  // 「明早要到一中搞消防演练」: the same shape with a time ahead — a trip to come, asked about, never stored.
  if (!w.figure && spokenWorkAhead(norm)) return "unclear";
  // 「下午要去三江那边看示范基地」: any going still ahead, nothing done — asked about too (trip-ahead.ts). Said as a
  // whole message, with a figure too (「下午要去两个村送宣传资料」: how many places, still ahead); a clause beside an
  // answer (「好的 明天还要去两个村搞培训」) keeps its figure's weight there (answer-pending-question.ts reads it).
  // A count of the event itself (再搞一场、办两期) is the plan's own figure: a plan reported, left to the rules.
  if ((!w.figure || (whole && !EVENT_COUNT.test(norm))) && tripAhead(norm, w.aspect)) return "unclear";
  // 「下个礼拜要带4家企业的人克武汉考察」: the same going said first of next week — asked as a whole message, never stored.
  if (whole && !EVENT_COUNT.test(norm) && weekTripAhead(norm, w.aspect)) return "unclear";
  // 「下礼拜还要再去一趟」「过两天再跑一次」: how many times one will go, and nothing of what for — no figure of work.
  if (w.figure && !w.verb && !w.object && !w.aspect && TRIP_COUNT.test(norm))
    if (!FIGURE.test(norm.replace(DURATION, "").replace(new RegExp(TRIP_COUNT.source, "g"), "")))
      return "unclear";
  // 「下礼拜还要再去一趟 把合同签了」: going again still ahead with its errand, nothing done beside it — asked, never stored.
  // Said first, after a time word at most (「…资料还差个财务报表，明天再跑一趟」 after work told is a report).
  const again = REPEAT_AHEAD.exec(norm);
  if (again && /^[^，,。；;\s]{0,6}$/u.test(norm.slice(0, again.index)))
    if (!DONE_BESIDE.test(norm.replace(REPEAT_AHEAD, "").replace(BA_ERRAND, ""))) return "unclear";
  if (w.figure && w.beyondFigures >= MIN_BESIDE_FIGURE && !lightOnly) return "report";
  // 「修订了考勤制度」「印发了实施方案」: a work verb, done, on a work object — short but whole.
  // 「收缴党费已完成」: the same without a listed object, one character longer.
  if (w.verb && w.aspect && w.content >= MIN_DONE_ON_OBJECT + (w.object ? 0 : 1)) return "report";
  // 「支部换届选举弄好了」: a named piece of work finished with a light verb — whole (LIGHT_FINISHED).
  if (
    !w.figure &&
    w.object &&
    LIGHT_FINISHED.test(norm.replace(FOUND_NONE, "")) &&
    !GENERAL_HEAD.test(norm) &&
    w.content >= MIN_DONE_ON_OBJECT
  )
    return "report";
  // 「党费收齐了」「团费交齐了」: a work object collected or handed in full — whole one character shorter.
  if (w.object && IN_FULL.test(norm) && w.content >= MIN_DONE_ON_OBJECT - 1) return "report";
  // Done with a light verb (看了看大棚、跑了几个村) says where one went, not the work: not enough alone.
  // An object done with only a light verb (培训的事情弄完了) is too vague unless it says more.
  // 「科普大篷车去了茶园乡」「特派员到了石门村」: a thing or team of the work went there — the work
  // itself moved, not only the person.
  const lightDone =
    (LOOKED_AROUND.test(norm) && !WORK_WENT.test(norm)) || (w.sign && w.content < MIN_LIGHT_FIGURE);
  if (w.content >= MIN_WITHOUT_FIGURE && (w.verb || (w.aspect && w.object && !lightDone))) return "report";
  if (w.content >= MIN_OBJECT_ONLY && w.object) return "report";
  if (w.figure || w.verb || w.object || w.sign || len >= 20) return "unclear";
  // 「迎检」: a bare topic of work — asked about, never answered as chat or stored.
  if (len >= 2 && len <= 4 && TOPIC_WORD.test(core)) return "unclear";
  return "chat";
}

/**
 * 「科普讲座办了两场，反响还行吧？」「今天走访了5户，这个也算吗」: work reported, then a question about it in a
 * clause of its own — the report stands (a report with a question mark is still a report); the
 * clauses before the question must report on their own.
 */
function reportThenAsked(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!\s]+/).filter((c) => c !== "");
  if (clauses.length < 2) return false;
  const before = clauses.slice(0, -1).join("，");
  if (QUESTION.test(before)) return false;
  return judgeWork(before, before.replace(NOT_CORE, "")) === "report";
}
