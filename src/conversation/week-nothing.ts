import { ownAreaWhole } from "./week-own-area.js";
import { toMandarin } from "./dialect-words.js";
import { toSimplified } from "../domain/normalize.js";
import { hasFigure } from "./leader-part.js";
import { WORK_NOUN } from "./work-lexicon.js";
import { QUOTE_LEAD } from "./lead-aside.js";

/**
 * 「这礼拜没得啥子报的」「本周冇进展」「上周到现在没动静」「这周出差了 没啥进展」「这星期冇咩新进展呀 多谢」:
 * nothing new this week said of one's own work — the 本周无进展 the person means, read by what is said
 * (this period + nothing new / nothing to report / nothing got done), not by a list of phrases. Pure.
 *
 * - `none`: nothing came of the sender's own week (their work, their section, or no subject at all);
 * - `matter`: a named matter of work stalled this week (「项目这周没进展，卡在审批」「中药材基地这礼拜没啥
 *   进展 地还没谈下来」), or work done with its figure and nothing else (or last week nothing) new (「这周下乡3天
 *   别的没啥新情况」「上礼拜没动静 这礼拜跑了两家企业」) —
 *   a report of that work, not the week marked empty;
 * - undefined: neither (another period, a figure of work, a question, a subject that is no work of one's own).
 * A question about the rules (「这周没进展 能不能不报啊」) is read by staff-questions.ts before this is used.
 */
export type WeekNothing = "none" | "matter";

/** This week, or since last week until now: 这周、本礼拜、今个星期、呢个礼拜、该礼拜 (宁波)、這週、上礼拜到今天. */
// 「成个礼拜都系防台风值班」「整个星期都在迎检」「一个礼拜全在开会」: the whole week, spent — this week too.
// Round fifty-two: 「周一到周五都在县上」「整个星期在省里当评委」 — the week by its working days, or whole with where it was spent.
// Round fifty-five: 「成个礼拜陪审计的看账」「整个星期泡在筹备会上」 — the whole week with what it went on, no 都 between.
const SPENT_ON = "陪|跟着?|泡|守|耗|忙|开会|出差|培训|下乡|迎|应付|值班";
const THIS_PERIOD = new RegExp(
  String.raw`(?:这|本|今|呢|该(?=礼拜|星期))(?:一)?(?:个)?(?:周|星期|礼拜)(?!(?:[一二三四五六日天1-7](?![点件样项些直共切眼])|末))|(?:整|成)(?:个)?(?:周|星期|礼拜)(?=都|全|一直|净|光|尽|在|${SPENT_ON})|(?:从)?(?:周|星期|礼拜)一(?:到|至)(?:周|星期|礼拜)?[五六日天]|一(?:个)?(?:周|星期|礼拜)(?=都|全|一直|净|光|尽)|(?:从)?上(?:个)?(?:周|星期|礼拜)(?:到|至|以来|开始到?)(?:现在|今天|而今|目前|如今|这会儿?)?`,
);
/** Another period said of the nothing (上礼拜没动静 这礼拜跑了两家企业): not this week's. */
const OTHER_PERIOD = /上(?:个)?(?:周|星期|礼拜)(?!(?:到|至|以来|开始))|上个?月|昨天|今天上午|前几天/;
/** A negation of having: 没有、没得、冇、无、木有、莫得、么得、呒没、暂无 (dialect folded to 没 first). */
// Round fifty-four: 「啥都么弄」 (甘、晋: 么 for 没) — 么 after 都/也 and before a verb of doing; 木 (中原) so too (round fifty-six).
const NEG =
  "(?:没有|没得|莫得|么得|冒得|木有|呒没|毛得|冇得|冇|没|无|暂无|毫无|么(?=啥|甚|什么|个啥)|(?<=[也都])么(?=干|做|弄|搞|整|办|推|动)|(?<=[也都])木(?=干|做|弄|搞|整|办|推|动))";
/** Which or how much, or nothing at all: 啥、什么、啥子、么子、么个 (客家)、乜嘢、咩、甚、多少、任何. */
const WHAT = "(?:啥子|啥|什么|甚么|甚|么子|么个|乜嘢|乜|咩|多少|任何|一点|一眼眼|一眼|丁点|半点)";
/** What a week brings: progress, news, change, something to show (新 of 新建、新增 is work done). */
const NEWS =
  "(?:新(?!建|增|签|招|上|开|设|引|认定|入库)|新增(?:的)?(?:工作|事项|内容|情况|进展|东西)|进展|进度|动静|变化|名堂|花头|成果|起色|推进|进步|东西|嘢|鲜事|亮点|特别|特殊(?:的)?(?:事项|情况))";
/** Something to report: (可|好|要|能|值得)报/写/说、汇报. */
const TO_SAY = "(?:可以|可|好|要|能|值得)?(?:报|写|填|说|汇报|报告|干|做|弄|搞)(?:的|了|滴|嘞|哩)?";
/** Nothing got done: 啥也没干成、嘎哈都没整成、么事都冇搞 (赣、鄂: 什么)、哪样都没整 (滇、黔: 什么; round fifty)、啥西都没弄 (吴)、啥都没推动起来、没弄出啥来、冇做成乜嘢、原地踏步. */
const DONE_NOTHING = new RegExp(
  [
    `(?:干|做|弄|搞|整)?(?:啥子|啥|什么|甚么|甚|么子|么(?=事)|乜嘢|乜|咩|嘎哈|哈|哪样|啥西|一样)(?:事情?|活儿?|工作|东西)?(?:也|都)${NEG}(?:干|做|弄|搞|整|推动|推进|动|办)`,
    `${NEG}(?:干|做|弄|搞|整|推动|推进|办)(?:成|出|起来|出来)`,
    // 「啥新进展也没整出来」「一点进展都没有」: what is new said first, then that there is none of it.
    `${WHAT}(?:新的?)?${NEWS}(?:也|都)${NEG}(?:有|得)?(?:干|做|弄|搞|整|推动|推进|办)?(?:成|出|起来|出来)?`,
    // 「啥进展没有」 (东北): what is new, then none of it, with no 也/都 — the clause ends there.
    `(?<!有)${WHAT}(?:新的?)?${NEWS}${NEG}(?:有|得)?$`,
    // 「正事一件没办成」「自己的活一点没动」: not one thing done.
    `(?:正事|正经事)?(?:一件|一样|一项|一点|丁点|半点)(?:事|活)?(?:也|都)?${NEG}(?:干|做|弄|搞|整|推动|推进|推|办|动)`,
    // 「办公室本身嘅工作停咗摆」「手上的活全撂下了」: one's work stood still the whole week.
    // 「支部的工作停了一周」: stopped for the week (round fifty-two), the clause ending there.
    "(?:停了?摆|(?:撂|搁)(?:下|在一边)了?$|停了?(?:一|整)?(?:个)?(?:周|星期|礼拜)$)",
    // 「局里的活没干」「科里的事冇搞」「单位的事没顾上」: one's work not touched at all, the clause ending there.
    `(?<=[活事作])(?:也|都|还|就)?${NEG}(?:干|做|弄|搞|整|碰|顾上|顾得上|管)(?:过|了|着)?$`,
    // 「项目这块原地没动」 (round fifty-six, b109-049): stood where it was.
    "原地踏步|原地(?:没|不|木|冇)(?:动|挪)|纹丝(?:没|不)动|白忙|两手空空|一事无成|空转|没(?:有)?往前(?:走|推|挪|拱)|没推动|没动静|(?:没有|没得|木有|冇得|冇|没|(?<=[块摊边里])木)(?:怎么|咋)?(?:动|推)(?:过|动)?$",
  ].join("|"),
);
const NOTHING = new RegExp(
  `${NEG}${WHAT}?${NEWS}|${NEG}${WHAT}${TO_SAY}|${NEG}${WHAT}?(?:可以|可|好|要|能|值得)(?:报|写|填|说|汇报)|${DONE_NOTHING.source}|暂无$|(?<=周|星期|礼拜)(?:暂时)?(?:无|没有)$`,
);
/** Words of the sender's own work or none, which may stand before the nothing: 我这边、我们科、手上的活、自己的活路 (西南)、工作上、自己嘅嘢 (粤: 的东西). */
const OWN =
  /自己(?:的)?(?:活(?:儿|路)?|事情?|事儿|工作|嘢|东西)?|嘢|东西|(?:别的|其他|其它|其余|另外|剩下的)(?:的)?(?:工作|事情?|活儿?)?|我们科室?|我们这边|我这边|我这里|我这儿|我们|我|俺们?|咱们?|本人|科里|科室里?|这边|(?:手上|手头上?|手里)的?(?:活(?:儿|路)?|事情?|事儿|工作)?|[这那](?:一)?摊子?(?:事儿?|活儿?)?|工作上?|业务上?|[这本今呢该](?:一)?(?:个)?(?:周|星期|礼拜)|(?:成|整|一)个(?:周|星期|礼拜)|从?上(?:个)?(?:周|星期|礼拜)(?:到|至|以来|开始到?)(?:现在|今天|而今|目前|如今)?|确实|真的|实在|暂时|基本上?|一直|目前|到现在|到今天|整体|总体|其实|好像|感觉|反正|还是|就|也|都|还|又|是|的|了|呢|嘛|啊|哈|呀|吧|哦/g;
/** Work named by what is done in it (研发投入统计、成果转化、示范推广). */
const WORK_DONE_IN = /研发|统计|投入|推广|建设|转化|认定|引进|辅导|对接|示范|收缴|整改|排查/;
/** The rest of the week's work, beside what was done: 别的、其他、其余、另外. */
const ELSE = /^(?:别的|其他|其它|其余|另外|剩下的)/;
/** The week spent wholly on one thing (都在开会、一直出差、全在迎检、天天跑检查). */
// Round fifty-four: 全耗在那达慕的筹备会上、都搭在迎检上 (the week used up on something), 被抽克 (甘: 克 for 去).
// Round fifty: the place said between (都在州里陪巡察、一直在省里开会). Round forty-nine: drawn away by others (都叫市上抽去、被县里借去、让组织部喊去) and hosting an inspection (迎省里检查、迎接
// 市上的考核) are such a week too.
const WEEK_SPENT =
  /(?:(?:整|成)(?:个)?(?:周|星期|礼拜)(?=陪|跟|泡|守|耗|忙|开会|出差|培训|下乡|迎|应付|值班))|(?:都|全|一直|光|净|尽|天天|每天|整天|整个礼拜|整周)(?:在|是)?(?:[\u4e00-\u9fff]{1,3}?(?:里|上|那边|那里|那儿)(?=陪|跟|迎|开会|培训|值班))?(?:开会|出差|培训|学习|迎检|陪检|下乡|值班|应付|忙|跑|陪|迎(?:接)?[\u4e00-\u9fff]{0,4}?(?:检查|督查|考核|评估|验收|巡察))|(?:被|叫|让|给)[\u4e00-\u9fff]{0,5}?(?:抽|借|调|喊|拉)(?:调)?(?:去|克|走|过去)|(?:都|全|净|光)(?:耗|搭|泡|砸)(?:在|到)/;
/**
 * 「在成都开了四天会」「培训了三天」「出差五天」: days spent away at a meeting, a course or a trip — how the week went,
 * no figure of work (下乡3天 is work done and stays a figure). Not days given to others (给果农培训了三天、为村干部讲了
 * 两天课、下乡培训了三天: work done, review39b — they had marked the week 无进展 and the work was never stored); a 为、对、
 * 组织 inside another word gives nothing (为期五天的培训、县里组织的三天培训、对口支援、作为学员: review40).
 */
const DAYS_AWAY =
  /(?<!(?:(?<![因作认成称行])(?:给|为(?!期)|对(?!口)|帮|替)|组织(?!的)|下乡|进村|入户|讲|授|上了)[\u4e00-\u9fff]{0,6})(?:(?:开了?|培训了?|学习了?|集训了?|出差了?|参会了?)[一二两三四五六七\d]+天(?:的)?(?:会|培训|学习|课|差)?|[一二两三四五六七\d]+天(?:的)?(?:会|培训|学习|课)(?![\u4e00-\u9fff]))/g;
/** 「一件没办成」「一点没动」: not one thing — no figure of work. */
const NOT_ONE = new RegExp(
  `(?:一件|一样|一项|一点|一眼眼|一眼|丁点|半点)(?:事|活|${NEWS})?(?:也|都)?(?=没|无|冇)`,
  "g",
);
/** 「啥进展没有」: none of what is new, told — its 没有 is no question (有啥进展没有 asks). */
const NONE_TOLD = new RegExp(`(?<!有)${WHAT}(?:新的?)?${NEWS}没有[。.！!~～]*$`);
/** A question said of it (这周没进展吗): asked, not told. */
const ASKED_END = /(?:吗|么|呢|不|(?<![都也还并实])没有?)[?？。.！!~～]*$|[?？]/;

export function weekNothing(norm: string): WeekNothing | undefined {
  const t = toMandarin(toSimplified(norm)).replace(/\s+/g, " ");
  // 「啥进展没有」 closes on 没有 without asking (有啥进展没有 asks).
  if (ASKED_END.test(t) && !NONE_TOLD.test(t)) return undefined;
  const clauses = t.split(/[，,。；;！!～~、\s]+/).filter((c) => c !== "");
  const at = clauses.findIndex((c) => NOTHING.test(c));
  if (at < 0) return undefined;
  const clause = clauses[at]!;
  // 「这周下乡3天 别的没啥新情况」: work done with its figure, nothing else new — a report of that work.
  // 「上礼拜没动静 这礼拜跑了两家企业」: nothing said of another week, beside this week's work — the same.
  if (hasFigure(t.replace(NOT_ONE, "").replace(DAYS_AWAY, "")))
    return !hasFigure(clause) && (ELSE.test(clause) || OTHER_PERIOD.test(clause)) ? "matter" : undefined;
  const m = NOTHING.exec(clause)!;
  // The period is the nothing's own, or said in an earlier clause with nothing else there (这周出差了 没啥进展).
  const before = clauses.slice(0, at).join("");
  const own = THIS_PERIOD.test(clause) ? clause : before + clause;
  if (!THIS_PERIOD.test(own) || OTHER_PERIOD.test(clause)) return undefined;
  const subject = clause.slice(0, m.index).replace(OWN, "");
  // 「支部冇乜推进」「党建那块没啥进展」: one's own unit or area taken whole (week-own-area.ts).
  if (subject === "" || ownAreaWhole(clause.slice(0, m.index).replace(THIS_PERIOD, ""))) return "none";
  const matter = WORK_NOUN.test(subject) || WORK_DONE_IN.test(subject);
  // 「该礼拜都在开会 项目呒啥进展」: the week said spent wholly on something else first, the matter's nothing last —
  // why the sender's week came to nothing, not how that matter stands (「项目这周没进展，卡在审批」 stays a matter).
  // 「这周在成都开了四天会 手头的项目没动」: days spent away at a meeting said first are such a week too.
  const spent = WEEK_SPENT.test(before) || before.replace(DAYS_AWAY, "") !== before;
  if (matter && spent && at === clauses.length - 1) return "none";
  // 「研发投入统计这周没进展」: a piece of work named by what is done in it is a matter too.
  return matter ? "matter" : undefined;
}

/**
 * 「本周没啥别的了」「这周就这些 没别的了」「其他没啥了」: nothing else, said of what was already reported —
 * a close of the talk, not the week marked empty (nothing new is said of the week, only that there is
 * no more), and not asked about either.
 */
const NOTHING_ELSE = new RegExp(
  `^(?:[这本今](?:一)?(?:个)?(?:周|星期|礼拜)(?:暂时|目前)?(?:就)?(?:这些|这么多|这样)?(?:了)?[，,\\s]*)?(?:就这些|就这么多|就这样)?[，,\\s]*(?:${NEG}${WHAT}?(?:别的|其他|其它|其余|另外)(?:的|事|事情|东西|内容)?|(?:别的|其他|其它|其余)(?:的)?${NEG}${WHAT}?)(?:了|啦|咯|哈|啊|呀|哦|嘞)*[。.!！~～]*$`,
);

export function nothingElse(norm: string): boolean {
  const t = toMandarin(toSimplified(norm)).trim();
  return NOTHING_ELSE.test(t) && !hasFigure(t);
}

/** The weekly reminder quoted: 「本周工作还没填报」「这周的工作还没报」. */
const WEEK_REMINDER = /(?:本|这|今)(?:一)?(?:个)?(?:周|星期|礼拜).{0,8}(?:填报|报|进展)/;
/** Last week named: 上礼拜、上个星期、上周. */
const LAST_WEEK = /上(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天1-7](?![点件样项些直共切眼]))/g;

/**
 * 「回复 总结助手：「本周工作还没填报」 前几天的卡刚刚望到 上个礼拜一直弄年终考核 办公室的事没得进展」: the weekly reminder
 * answered late — the card's week is the one the sender now calls 上个礼拜, and nothing came of it (b94-d16). Read as
 * the week nothing it says (本周无进展), as 这礼拜 would be. `rest` is what follows the quote. Work told of last week
 * (「…上礼拜在岱山教了四十来户」) and nothing said of another week beside this week's work stay as they were.
 * `sections` are the sender's reportable sections.
 */
export function reminderWeekNothing(norm: string, rest: string, sections: readonly unknown[]): boolean {
  // Someone with no section to report for has no week of their own to mark (as weekNothing's caller).
  const quote = sections.length > 0 ? QUOTE_LEAD.exec(norm.trim()) : null;
  if (!quote || !WEEK_REMINDER.test(quote[1] ?? "") || THIS_PERIOD.test(rest)) return false;
  const said = rest.replace(LAST_WEEK, "这周");
  if (said !== rest) return weekNothing(said) === "none";
  // 「成个礼拜全局守住三防指挥部 办公室本身嘅工作停咗摆」: no week named at all — the reminder's week is the one meant.
  return !OTHER_PERIOD.test(toMandarin(toSimplified(rest))) && weekNothing(`这周 ${rest}`) === "none";
}

/** The clause that says nothing came of the week (「办公室自个儿的活儿一点没动」), as weekNothing finds it. */
export function weekNothingClause(norm: string): string | undefined {
  const t = toMandarin(toSimplified(norm)).replace(/\s+/g, " ");
  return t.split(/[，,。；;！!～~、\s]+/).find((c) => c !== "" && NOTHING.test(c));
}
