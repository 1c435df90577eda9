import { passedOnIntent } from "./draft-passed-on.js";
import type { Intent, IntentContext } from "./classify-intent.js";
import { DONE_WITH_COMMAND_VERB } from "./intent-lexicon.js";
import { changesAsked, versionsOf } from "./version-words.js";
import { SECTION_REPORTS, sectionSaid } from "./section-reports.js";
import { matchCommand } from "./match-command.js";
import { holidayDataAsked } from "./holiday-data-asked.js";
import {
  clean,
  type Found,
  figuresCheckedWhole,
  hasFigure,
  ownPartText,
  PERIOD_SAID,
  partIn,
  PART_MOVED,
  partRequest,
  withPeriod,
} from "./leader-part.js";
import { PERIOD_WORDS, periodWordsIn } from "../domain/resolve-dates.js";
import { approval } from "./approval-request.js";
import { progressWeek } from "./progress-week.js";
import { summaryAsked } from "./summary-asked.js";
import { summaryBriefSaid } from "./summary-brief-said.js";
import { AGAIN_WORDS } from "../reminders/nudge-records.js";
import { NOT_NUDGE, NUDGE_AGAIN, NUDGE_VERB } from "./nudge-words.js";
import { personNudged } from "./person-nudged.js";

export { clean, N, partIn } from "./leader-part.js";
import { sectionFiguresAsked } from "./section-figures-asked.js";
import { personSaid } from "./person-said.js";
import { undoSaid } from "./undo-said.js";

/**
 * What leaders (局长、副局长、办公室) ask of the review in everyday words, found by structure — an
 * action and its object, in either order, with fillers and particles anywhere — and said back as
 * the command it means, so the engine runs the same command as the typed one:
 * - progress: a who / which-section subject with 报/交/没动静, or 进度/填报情况 asked about → 进度 [上周];
 * - a new draft: a making verb (出、生成、起草、弄、搞) with a draft object (初稿、一版、总结) → 生成总结;
 * - the draft or a part of it looked at (草稿发我看看、问题那块给我看下、（三）呢) → 查看草稿 [part];
 * - a part with an instruction (第二部分写短一点、开头改得大气些) → 重写 part instruction; an
 *   instruction with no part (写短一点) → 重写 instruction, and 重写 asks which part;
 * - 定稿 said as assent (可以了定稿吧、就这样定了、没问题通过) → 定稿, which checks before finalising;
 *   asked as a question (能定稿了吗) → 待核实, which lists what stands in the way;
 * - 退回/打回 with whatever else was said as the comment → 退回 comment;
 * - a file format with a verb of export (导出个word、发我个文档、导成飞书文档) → 导出 format;
 * - two versions compared (跟上一版比改了啥、v1和v3对比一下) → 对比 [a b].
 * Staff saying the same (short, no figure) get the command too, which the engine refuses them
 * with a truthful line; longer staff text or text with figures of work stays a report.
 */

/** The everyday words for the review, as 帮助 lists them to leaders (README's table says the same). */
export const LEADER_SYNONYM_HELP = [
  "进度：进度咋样、谁还没报、还差谁、大家报得怎么样了、大家可都报了啊（「上周谁没报」看上周）",
  "催报：帮我催一下没报的、提醒下还没交的、通知大家抓紧报（现在就提醒本周还没填报的同事，请假的不提醒）",
  "查看填报：李明报了啥、看看赵丽的填报、赵丽报了没、把李明那条给我看看（看某人今年的填报）",
  "查数：咱们高企今年是几家、孙磊那边培训搞了几场、今年专利一共多少件 有数没、帮我查查专利数、上半年科普活动报了没有、技术合同今年成交几许钱、技术合同今年成交咗几多钱、研发今年投入了好多钱 有数冇（按已确认的填报回答，写明谁哪天报的，不相加，没人报过就说没有）",
  "生成总结：出个初稿、先生成一版、把总结弄出来、起草一下今年的；说了时段就按时段：上半年的总结出一版、去年的再起草一版（总结只分全年和半年）",
  "查看草稿：草稿发我看看；看一个部分：看看第二部分、问题那块给我看下、计划部分呢、科普那块写的怎么样；问一个数字的来源：稿子里的86万是哪来的",
  "重写：第二部分写短一点、问题部分写具体点、开头改得大气些、（三）再精炼（没说哪一部分时我会先问）",
  "定稿：可以了定稿吧、就这样定了、没问题通过（先检查，有问题时列出来，说「仍要定稿」才定稿）；仍要定稿：那几个待核实的我晓得 还是定了吧、有问题我知道 不管了 直接定",
  "退回：退回去重写、打回，问题写得太少（其余的话记为意见）",
  "撤销上一步：刚才改得不好 改回去、刚删的那句恢复回来、回到上一版（只撤销对草稿的上一次修改，不退回草稿）",
  "导出：导出个word、出个word版、发我个文档、导成飞书文档、把材料表导出来；对比：跟上一版比改了啥、跟上一版比改了哪儿、跟前一版比动了哪些地方",
  "部分可以说：开头、问题那块、计划部分、（三）、第三部分、科室名或简称（科普那块、高企那部分）",
];

// 莫报 (西南), 冇报 (粤/赣), 没得报 / 莫得交, 没有报 (呒没报个): the same not-yet.
const NOT_YET = "(?:(?:没有|没|莫|冇|未|没得|莫得)(?:上)?(?:报|交|填))";
/** Hurry words said of them: 搞快点、抓紧、麻溜儿的、赶紧、快些. */
const HURRY = "(?:搞快|快点|快些|快着点|快一点|抓紧|赶紧|赶快|麻溜|加快|紧着点|利索点)";
/** 「催一下他们」「把这几个人催一催」 right after the progress card: those it listed as not yet reported. */
const THEM = "(?:他们|她们|大家|各位|这几个人?|这些人|这几位|那几个人?|那几位|他俩|她俩)";
const NUDGE = new RegExp(
  `(?<![别不甭莫用])催(?:一下|一催|下|催|一次|一遍|一回)?(?:吧|呗|啊|哈)?$|(?<![别不甭莫用])${NUDGE_VERB}(?:一下|一声|下|催|促)?[^，,。]{0,6}?(?:${NOT_YET}|(?:大家|他们|各位|同事们?|各科室?)[^，,。]{0,4}?(?:报|填|交))|${NOT_YET}的?[^，,。]{0,6}?${NUDGE_VERB}|(?<![别不甭莫用我])${NUDGE_VERB}(?:一下|一声|下|催|促)?${THEM}(?:吧|呗|啊|哈)?$|(?:给|把|跟)${THEM}(?:都)?${NUDGE_VERB}(?:一下|一声|下|催)?(?:吧|呗|啊|哈)?$|${NOT_YET}的?(?:那?几个人?|那些人?|人|同志|同事们?|几位)?[，,\\s]*(?:让|叫|喊|要)${THEM}?(?:都)?${HURRY}`,
);

/** Leaders' requests are short; longer text is a report, a notice or a question for people. */
const LEADER_MAX_CORE = 40;
/** Staff text taken as a leaders' request (to be refused, not stored) is shorter still. */
const STAFF_MAX_CORE = 16;

/** A bare instruction (no part named): only these words make it one. */
const BARE_INSTRUCTION =
  /^(?:(?:这|那)(?:一)?(?:段|块|部分|里|儿)|(?:这|那)?(?:个|篇|份)?(?:总结稿|总结|稿子|初稿|全稿)|能不能|可不可以|能否|再|稍微|稍|适当|整体|全文|整篇|全篇|总体|都|还是|写|改|弄|搞|得|的|太|有点|有些)*(?:啰嗦|冗长|空洞|笼统|短|长|精炼|精练|精简|简洁|凝练|具体|大气|正式|充实|压缩|压|润色|生动|实在|简短|紧凑|通顺|虚|干巴)|^把[\u4e00-\u9fff]{2,8}?(?:放|挪|调|提)(?:到)?(?:前面|前头|后面|后头|最前|最后|第一)|^(?:(?:这|那)?(?:个|篇|份)?(?:总结稿|总结|稿子|初稿|全稿))?(?:写得?)?(?:很|忒|蛮|好)(?:长|啰嗦|冗长|空洞|笼统|虚)/;
const DRAFT_OBJECT = "(?:初稿|草稿|底稿|稿子|一稿|一版|版|稿|总结|年度总结|工作总结|年终总结)";
const MAKE_VERB = "(?:出|生成|起草|拟|写|弄|搞|整|做|另起)"; // 另起一份 (round fifty-three): a separate one started.
const GENERATE = [
  new RegExp(`${MAKE_VERB}(?:一下|下)?(?:个|一个|一|一份|份|出)?(?:${PERIOD_WORDS}的?)?${DRAFT_OBJECT}`),
  new RegExp(
    // 「先把今年的总结初稿拉出来」 makes one; pulled out to be looked at or compared (「去年的总结拉出来
    // 跟今年这版对着看看」) it is the one there is.
    `${DRAFT_OBJECT}(?:先|可以|赶紧|就)?(?:弄|搞|写|生成|出|起草|做|整|拉(?!.*(?:看|瞅|瞧|对照|对比)))(?:一个|个|一下|下|一份|一版)?(?:出来|出來|了吧|吧|一下)`,
  ),
  // 一季度的总结写一个、去年那版总结再出一回: the draft named, then made, at the end of the request.
  new RegExp(
    `${DRAFT_OBJECT}(?:先|再|赶紧|就|单独|另外|也)*(?:弄|搞|写|出|起草|做|整)(?:一个|个|一版|一份|一回|一遍|一次|一下)(?:吧|呗|啊)?$`,
  ),
  // 「今年的年终总结 你先起个头」 (round fifty): the draft named, the bot asked to start it.
  new RegExp(`${DRAFT_OBJECT}[，,\\s]*(?:你|帮我|给我)(?:先|就)?起(?:个|一个)头(?:吧|嘛|哈|啊)?$`),
  /起草(?:一下|下|个|一个|一份|一版)|(?:^|帮(?:我|忙)|请|麻烦|先|你|再|给我)起草/,
  // 先把今年的总结起个稿子、今年的总结先起个草: 起 a draft.
  // 「上半年的稿子起一个咯」: the draft named, then 起 and its measure closing the request (起个头 is no draft).
  /(?:总结|初稿|草稿|稿子)?[^，,。]{0,8}起(?:个|一个|一下|下)?(?:草|稿子|初稿|草稿|稿)(?!纸)|(?:总结|初稿|草稿|稿子)[^，,。]{0,3}起(?:一|个|一个)版|(?:总结|初稿|草稿|稿子)[^，,。]{0,3}起(?:一个|个|一份|一稿)(?:出来)?[咯啦吧嘛哈呗啊喽]*$/,
  // 「今年的总结 先拉个架子」「总结先搭个框架」 (b91-043): an outline drafted is the draft made — only with the draft named; a bracketed aside between (总结材料（二〇二六年度） 先搭个架子, round 54) adds no distance.
  /(?:总结|初稿|草稿|稿子|總結)[^。（(]{0,4}(?:[（(][^）)]{1,10}[）)])?[^。]{0,10}(?:拉|搭|列|起|整)(?:一)?个?(?:架子|框架|框子|大框|提纲|大纲)(?:出来)?/,
  // 前三季度的总结能出个不、上半年的总结能不能出一版: asked whether it can be made.
  /(?:初稿|草稿|稿子|总结)[^，,。]{0,4}(?:能|可以|可不可以|能不能)(?:先)?(?:出|生成|弄|搞|起草)(?:个|一个|一版|一稿|一份|出来)?(?:不|吗|么|没|不能)?[?？]?$/,
  // 「这个稿子咋还是老样子 重新生成一下吧」「重新起草」: made again.
  /重新(?:生成|起草|起(?:一|个|新)?(?:版|稿))|(?:稿子|草稿|初稿|总结)[^，,。]{0,12}重新(?:弄|搞|出|写|做)(?:一下|下|一版|一稿|一个|个)?/,
  // 「半年的也弄一个」「上半年的再出一版」: a period's draft made, the draft unsaid.
  new RegExp(
    `(?:${PERIOD_WORDS})的?(?:也|再|先|就)?(?:弄|搞|出|起草|做|整|写)(?:一个|个|一版|一份|一稿)(?:出来)?(?:吧|呗|啊)?$`,
  ),
  // 「稿子出来没」 then 「没有就先生成一个」: 生成 alone (no other object) makes the draft.
  // 「再生成一遍 数据更新了」: made again, why beside it in a clause of its own.
  /(?:^|没有?(?:的话)?就?|那就?)(?:先|再|赶紧|马上|就)?生成(?:一下|下)?(?:一个|个|一版|一份|一稿|一遍|一次|一回)?(?:吧|呗|啊|出来)?(?=[，,。！!\s]|$)/,
  // 初稿啥时候能出，先出一个吧: the draft named in one clause, made in another.
  /(?:初稿|草稿|稿子|总结)[\s\S]*(?:出|生成|弄|搞)(?:一个|个|一版|一稿)(?:出来)?(?:吧|呗|啊)?$/,
];
/** Drafting already under way or done (写完了、正在起草): a report, not a request. */
const MAKING_DONE = /完成|(?:正在|在|已经?)(?:出|生成|起草|写|弄|做)|(?:写|弄|做|起草)(?:完|好)了/;
/** Staff write summaries of their own (写总结、弄材料): from them only 出/生成/起草 a draft is the leaders' request. */
const STAFF_GENERATE =
  /(?:出|生成|起草)(?:一下|下)?(?:个|一个|一|一份|份)?(?:年度|今年的?|全年)?(?:初稿|草稿|一版|一稿)|生成(?:一下|下)?(?:个|一个|一份|份)?(?:年度|今年的?|全年)?的?(?:年度|年终|工作)?总结|(?:帮|给|替)(?:我|我们|忙)[^，,。]{0,8}(?:总结|初稿|草稿)[^，,。]{0,3}(?:写|弄|搞|生成|出|起草)(?:出来)?(?:一版|一稿|一份|一个|个)/;
/** One's own reports (我这个月报了多少条) are 我的填报, not the leaders' 进度. */
const OWN_REPORTS = /我(?:这|的|都|已经|之前|今年|本周|这周|这个月|本月)*(?:报|填|交)|自己/;
/** Something settled said by staff: 已经定稿、终于定稿、科普读本定稿了. */
const THING_SETTLED = /(?:已经?|终于|基本|总算)定稿|[\u4e00-\u9fff]{2,}定稿(?:了|啦)/;
/**
 * 「安全生产月活动总结弄好了，已报县应急管理局」「党建工作总结材料弄好了，报给组织部了」: one's own work
 * finished and handed on to a body (已报…局、报给…部了、交给局长了), or a document of a piece of work
 * (活动总结、专项检查总结) said done — a report, not the bot's draft asked after. Not when asked (弄好了吗).
 */
const HAND_OVER =
  /(?:上报|报送|呈报|报|交|提交|递交|送|发|转)(?:给|到|至)?(?:了)?(?:县|市|省|区|镇|乡|街道|上级|[\u4e00-\u9fff]{0,8}?(?:局|委|办|部|厅|中心|政府|领导|党委|政协|人大))/;
const WORK_DOCUMENT =
  /(?:活动|专项|会议|培训|调研|检查|宣传月?|竞赛|比赛|演练|讲座|评审|验收|督查|整治|排查)(?:工作)?(?:总结|小结|报告|材料)/;
const ASKED_AFTER = /[?？]|吗|么|呢|没有?[。！!~～]*$|好没|了没/;
function ownWorkDone(norm: string): boolean {
  if (ASKED_AFTER.test(norm)) return false;
  if (WORK_DOCUMENT.test(norm) && /好了|完了|完成|弄好|写好|搞好|做好|出来了/.test(norm)) return true;
  return norm.split(/[，,。；;！!\s]+/).some((c) => HAND_OVER.test(c) && /已|了/.test(c));
}

/** The draft (or the summary) exported in everyday words, no format named: 把稿子导出来、总结导一份. */
const DRAFT_EXPORTED =
  /(?:稿子|草稿|初稿|总结|定稿|全文|这版|那版)[^，,。]{0,6}?导(?:出来|出去|一份|一下|一个|个|出)(?!了)/;
/**
 * About someone's reports: 报了啥、报没报、的填报、那条、交了没、给我看看, and what they reported taken
 * or sent over (上周报的拿来看看、交的调出来) or asked after (报得咋样).
 */
const ASKS_REPORTS =
  /(?:报|交|填)(?:了)?的[^，,。]{0,4}?(?:拿来|拿给|拿过来|发我|发给我|给我|调出来|调来|看看|看下|瞅瞅)|(?:报|交|填)得(?:咋样|怎么样|如何|怎样)|(?:报|交|填)了(?:些)?(?:啥|什么|哪些|几条|多少|没|些)|(?:报|交|填)的(?:东西|材料|内容|那些|几条)|存(?:了|过)?(?:些)?(?:啥|什么|哪些|几条)(?!钱|种|粮|货)|报没报|报过(?:啥|什么)|(?:的|那些|那几条)?(?:填报|材料)(?:呢|看看|给我|发我|$)|那条|那几条|交了没|(?:给我|发我)看看|看看[^，,。]{0,3}(?:的|报)/;
/** Others named (谁还没报、大家报得怎么样): from staff, a question with no one named is about their own. */
const OTHERS_NAMED = /谁|大家|各科室?|各部门|各个|同事|其他人|别人|全局|科室/;
const VIEW_DRAFT =
  /^(?:我的|最新的?|那个|那)?(?:草稿|初稿|稿子|总结稿|全文)(?:呢|在哪里?|在哪儿|(?:出来|好)了?(?:没有?|吗|么)?)$|(?:稿|版|全文)[^，,。]{0,4}?(?:看|瞅|瞧|发|给我(?!确认|提交|删|撤|作废)|打开)|(?:看|瞅|瞧|发|给)(?:我)?(?:一下|下|看)?(?:最新|最近)?(?:的|那|这)?(?:一)?(?:版|稿|草稿|初稿|稿子|全文)|(?:生成|起草)(?:好|出来)?的(?:那个|那份|那版|东西)?[^，,。]{0,3}?(?:发|给我|看|瞅|瞧|打开)/;

/** An update's number said (第3条、#3、3号、三号) — never a version (第2版) nor a day (3号那天、3号上午). */
const UPDATE_NUMBERED =
  /第\s*(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*条|#\s*\d{1,4}|(?:\d{1,4}|[一二两三四五六七八九十]{1,3})\s*号(?!那天|当天|之前|以前|前|后|文|楼|[上下]午|晚上)/;

const FORMAT: Array<[RegExp, string]> = [
  [/飞书文档|飞书|云文档|在线文档|lark/, "飞书文档"],
  [/markdown|(?<![a-z])md(?![a-z])/, "md"],
  [
    /csv|excel|表格|材料表|明细表|(?<=材料.{0,3})表|(?<=导(?:出|成|个|一下)?.{0,4})(?:材料|明细|清单|台账)|(?:明细|清单|台账)(?=[^，,。]{0,4}导)|(?<!总结|稿子?)(?:材料|填报情况|填报的?|(?:报|交|填)(?:的|上来的)(?:东西|汇总|材料|内容)?|汇总)(?=[^，,。]{0,4}导)/,
    "csv",
  ],
  [/pdf/, "pdf"],
  // 「打印出来的那种」「能打印的版本」「发我邮箱那种」「纸质版」: a file to print or mail is the Word file.
  [/word|docx|doc(?![a-z])|文档|文件|wps|打印(?!了|好|完)|邮箱|纸质/, "docx"],
];
/** The file format a message names (飞书文档、word、材料表…), as 导出 takes it; undefined when none. */
export function formatSaid(norm: string): string | undefined {
  return FORMAT.find(([re]) => re.test(norm))?.[1];
}
const EXPORT_VERB =
  /^出(?!了)|导出|要|导成|导个|导一|转成|转为|出个|出一份|发我|发给我|给我|弄个|来个|来一份|下载|一份|生成|做成|版|发(?:成|个)?(?=飞书|云文档|在线文档|word|md|markdown|excel|pdf)|(?:放|传|挂|存|发|导|弄)(?:到|进|在|上|成)(?=[^，,。]{0,2}(?:飞书|云文档|在线文档))|(?<=飞书|云文档)上?(?:建|新建|开)(?:个|一个)?文档/;

const RETURN_VERB = /(?<!被)(?:退回去?|打回去?|驳回|退稿)(?!了|来)/;
/**
 * 「退给办公室重弄」「打回给他们重写」「稿子退给办公室，让他们把数据核一下」: sent back to someone to be
 * redone — the draft, by a leader.
 */
const RETURN_REDO =
  /(?<!被)(?:退|打回|发回|退回)给[\u4e00-\u9fff]{0,5}?(?=重弄|重写|重做|重改|重来|重新(?:写|弄|改|搞|做|起草)|[，,\s]*(?:让|叫|请)(?:他们|她们|他|她|其)?(?:把|再|重新|核|改|补))|(?<!被)(?:退|打回|发回|退回)给(?:办公室|综合科|起草的?(?:同志|人|组)?|写稿的?(?:同志|人)?|他们|她们|[\u4e00-\u9fff]{1,3}(?:主任|科长|同志))(?:他们|她们|那边)?(?=吧|[，,。！!\s]|$)/;
const COMPARE =
  /对比|比较|比一下|比一比|比(?:有|改了|变了)|差在哪|差别|区别|差异|不一样|不同|(?:啥|什么|哪些)变化|(?:改|动|变)(?:了|咧|哒|过)?些?(?:啥|什么|哪些|哪里|哪儿|哪块|哪样|么子|甚|嘛)|改动/;
const VERSION = /v\s*\d|版|稿|(?:上|这|前)一?次/;
/** Set side by side, in any words (对照着看、比比看): said beside a draft made, what it is made for. */
/** 摆一块瞅瞅、放一起看看 (b91-091): two versions set together to be looked at — only with two versions named. */
const COMPARED =
  /对比|比较|比一?比|对照|对着看|对一?对|对一下|比一?下(?!去|来|子)|(?:摆|放|搁|擺)(?:在)?一(?:块|起|塊)儿?(?:瞅|看|瞧|对|比|對)/;

/**
 * Who has reported, asked with its week: 大伙、大家伙儿 (东北 and northern) are 大家 — read here, where the week said is
 * kept (「上礼拜大伙都交了没」 is 进度 上周; command-rules.ts reads only the bare asked-after form).
 */
const PROGRESS = [
  /(?:谁|哪(?:些|几个|个)?(?:人|科室|同志|部门)|哪(?:些|几个)(?=还|都|没|未)|几个(?:人|科室|部门)|还差谁|还有谁|各科室?|各部门|大家(?:伙儿?)?|大伙儿?|科室们)(?:这周|本周|上周|这礼拜|上礼拜|这星期|上星期|今天|这个月|本月)?(?:还|都)?(?:没|未)?(?:报|交|填|动静|拖)/,
  // 上礼拜有人漏报没、科室们报到哪一步了: someone missing, or how far the reporting got.
  /有人(?:漏|没|未)(?:报|交|填)|漏报|漏交|(?:报|交|填)到(?:哪一步|哪儿|哪里|什么程度|啥程度)/,
  // 看一下各科室这周的情况、材料都齐了吧、上周的填报都交了吗、材料都交上来了没、上个礼拜哩填报收齐没: the sections' reporting
  // looked at, or whether it is complete.
  /(?:各科室?|各部门|大家|大伙|各个科室)[^，,。？?]{0,6}(?:情况|进度|进展)|(?:材料|填报)(?:都|是不是|是否)?(?:齐了|到齐|交齐|报齐|收齐|收全)了?(?:吧|吗|么|没|[?？])|(?:填报|材料)(?:都|是不是|是否)(?:交|报|填|收)(?:上来)?了(?:吧|吗|么|没有?|[?？])/,
  // 「上个礼拜交了的有几个」「这周报了几个了」: how many reported, counted — no thing of work after the count.
  /(?:进度|填报情况|报的情况|报送情况|报得怎么样|报的怎么样|报齐|齐了没|齐没齐)|(?:报|交|填|收)(?:了|上来了?)的?(?:有|是)?(?:多少|几个|几份|几篇)(?:人|科室)?(?:了|啦|呢|啊|呀|哦|嘛|[?？])*$/,
  // 「这周填报咋样了 还差几个」「大伙报得哪能了」: how the reporting stands, who or how many are missing.
  /填报(?:得|的)?(?:咋样|怎么样|如何|怎样|哪能|么样|咋个样|点样)|报(?:得|的)(?:哪能|么样|咋个样|点样)/,
  /(?:还差谁|谁没报|谁还没|还差(?:几个|几家|多少|哪些|哪几个?)(?![^，,。\s]{0,2}(?:核|改|补|待)))/,
  // 哪些科室还没材料、缺哪些科室的、材料收得差不多了吧、上周的汇总: who is missing, or the week's roundup.
  /(?:哪(?:些|几个|个)?|几个)(?:科室|部门|人)[^，,。]{0,3}(?:没|缺)[^，,。]{0,2}材料|缺(?:哪些|哪几个|哪个|谁)|(?:材料|填报)(?:收|交|报)得|(?:上周|本周|这周|上礼拜|这礼拜|上星期)[^，,。]{0,3}(?:汇总|情况)/,
];
const PROGRESS_PRAISED =
  /(?:情况|进度|进展)(?:都|还|挺|很|非常|比较|总体)*(?:不错|挺好|很好|好|可以|理想|满意)(?:的|啊|哈|了)*[!！。~～]*$/;
const PROGRESS_ASKED =
  /咋样|怎么样|如何|呢|看|发|多少|几[个份篇]|齐|没|谁|情况|哪|啥|什么|差不多|缺|汇总|了[吗么嘛]/;
/** 「本周进度」「上周的进度呢」: the command's own word with the week it is about. */
const PROGRESS_NAMED =
  /^(?:本周|这周|这礼拜|本礼拜|这星期|上一?个?(?:周|礼拜|星期)|上上个?(?:周|礼拜|星期))?的?(?:填报|报送)?进度(?:呢|如何|情况)?[?？。！!]*$/;

/** A new version asked for in so many words: 重新生成、重新起一版、再出一稿. */
const REMADE = /重新(?:生成|起草|起(?:一|个|新)?(?:版|稿)|出(?:一)?(?:版|稿))|再(?:起|出)(?:一|个)(?:版|稿)/;
/** The draft asked after: 稿子出了没、总结稿弄好没有、年终总结写到哪了、稿子咋样了、初稿好了叫我. */
const DRAFT_ASKED = [
  /(?:稿子|初稿|草稿|总结稿|年终总结|年度总结|总结)[^，,。？?]{0,4}?(?:出了?没|出来了?没|出来了?吗|好了?没|弄好|写好|写完|写到哪|到哪|咋样|怎么样|如何了|能看了?|可以看了?|好了)/,
  // 「稿子呢？赶紧弄一个出来」: asked after first — shown when there is one (else 查看草稿 says so
  // and offers 生成总结), never a new version made over the one in review.
  /(?:^|[，,。？?！!\s])(?:稿子|初稿|草稿|总结稿|年终总结|年度总结)呢/,
  // 「上半年的稿子出了吧 发我看下」: taken to be out already (出了, not 出一版) and asked to be sent.
  /(?:稿子|初稿|草稿|总结稿|总结)[^，,。？?]{0,4}?出(?:来)?了(?:吧|吗|没)?[，,。\s]*(?:发|给|拿|传)(?:我|过来|一下)/,
  // 「有稿子了吗」「草稿有没有啊」: whether there is one, asked.
  /有(?:没有)?(?:稿子|初稿|草稿|总结稿)了?(?:吗|么|没有?)|(?:稿子|初稿|草稿|总结稿)(?:有没有|有了?(?:吗|么|没有?))/,
  // 「咋还没出稿子」「稿子怎么还没好」「为啥初稿还没弄出来」: impatient, still asked after.
  /(?:咋|怎么|为啥|为什么|怎的)还(?:没|不)(?:出|好|弄好|写好|弄出来|出来)[^，,。]{0,3}(?:稿子|初稿|草稿|总结)|(?:稿子|初稿|草稿|总结)[^，,。]{0,3}(?:咋|怎么|为啥|为什么)还(?:没|不)(?:出|好|弄|写)/,
];

/**
 * 「定稿前要核实的地方列给我看看」「还有哪些待核实的」「里头谁哩数还得核」: what stands in the way of 定稿; 「这稿子还有啥毛病没有」「总结稿还有
 * 什么问题吗」 (西北 啥麻达: dialect-words.ts): whether the draft still has problems, asked (i34a); 「几个数还打着问号」 (52).
 */
const TO_VERIFY =
  /(?:稿子|初稿|草稿|总结|这稿|这版)[^，,。\s]{0,3}?(?:还有|有没有|还有没有)(?:啥|什么|哪些|哪里|哪儿|些)?(?:问题|毛病|差错|错处|不对的地方|要改的)(?:没有|没|吗|么|不|嘛|呢|啊)*[?？]*(?:[，,\s]+(?:我)?(?:看|瞅|瞧)(?:一?下|看|瞅)?)?$|(?:要|需要|得|该|待|没)核实的?(?:地方|内容|东西|项|问题|数据)|待核实的?(?:有|是|都|呢|[^，,。]{0,3}(?:看|列|发))|定稿前(?:还)?(?:要|得|需要)?(?:改|核|处理|注意|补)的?(?:地方|啥|什么|东西)|(?:还有|有没有|还剩)[^，,。\s]{0,3}?(?:没|要|需要|待|未)核实|(?:没|未|待)核实的?(?:没|吗|么|嘛|不)?[?？]*$|(?:谁|哪些|哪个|哪几个|哪几处|啥|什么)(?:的|哩|嘞)?(?:数|数字|数据)(?:还)?(?:得|要|需要|该|待)(?:再)?核|(?:数|数字|数据|地方|处|条)(?:还|都)?(?:打着|打了|标着|画着|带着|挂着)(?:个)?(?:问号|[?？])/;

/** 「前三季度的呢」「上半年的呢」: a period asked after (the draft of it, or why there is none). */
const PERIOD_ASKED = new RegExp(`^(?:那)?(${PERIOD_WORDS})的?(?:呢|咋样了?|怎么样了?)[?？。]*$`);

/**
 * Typos a pinyin keyboard makes in the review's words: 初搞、定搞 for 初稿、定稿 — not inside real words
 * (一定搞好、当初搞的、到底搞啥、最终搞成).
 */
const TYPOS: Array<[RegExp, string]> = [
  [/((?<![一肯决规约确稳必])定|(?<![当起最])初|(?<![到彻])底|(?<![最始])终|草)搞/g, "$1稿"],
];

/**
 * 「能不能跟上一版对比一下」「可以把问题那块发我看下吗」: a leader's polite request — asked as a
 * question, meant as a request (the engine runs it, never answers how it is done).
 */
export function asksPolitely(text: string): boolean {
  return (
    /能不能|可不可以|能否|可以|麻烦/.test(text) &&
    /一下|下吗|下$|给我|发我|看看|看下|出来|(?:弄|来|导|出|整|搞|给)(?:个|一份|一版|成)/.test(text)
  );
}

export function leaderRequest(said: string, core: string, ctx: IntentContext): Intent | undefined {
  // 「上半年嗰份小结出一份先」: a period's 小结 is the summary (summary-brief-said.ts).
  const norm = summaryBriefSaid(TYPOS.reduce((t, [re, to]) => t.replace(re, to), said));
  // 「能不能帮我们把年终总结先写出来一版」: a polite lead adds no length to the request.
  const len = [...core.replace(/^(?:能不能|可不可以|能否|麻烦|请你?|劳驾)/, "")].length;
  // 「开头那段改成：…」: a leader's own text for a part is as long as it is.
  const own = ownPartText(norm, ctx);
  if (own && matchCommand(ctx.commands, own.command))
    return { kind: "command", command: own.command, text: `${own.command} ${own.args}` };
  if (len === 0 || len > (ctx.leader ? LEADER_MAX_CORE : STAFF_MAX_CORE)) return undefined;
  if (!ctx.leader && hasFigure(norm)) return undefined;
  // 「定稿了科普工作三年行动方案」「导出了入库名单」: the verb of work done, not the request.
  if (DONE_WITH_COMMAND_VERB.test(norm)) return undefined;
  // 「科普读本终于定稿了」「实施方案已经定稿」 from staff: a thing of theirs settled, not the draft.
  if (!ctx.leader && THING_SETTLED.test(norm)) return undefined;
  if (ownWorkDone(norm)) return undefined;
  // 「明年的放假安排录了没」: whether the calendar holds a year's holidays (holiday-data-asked.ts).
  if (ctx.leader && holidayDataAsked(norm) && matchCommand(ctx.commands, "节假日数据"))
    return { kind: "command", command: "节假日数据", text: "节假日数据" };
  // 「发给林局长看看」: the draft handed to a colleague named (draft-passed-on.ts).
  const passed = passedOnIntent(norm, ctx);
  if (passed) return passed;
  const found = find(norm, ctx);
  if (!found || !matchCommand(ctx.commands, found.command)) return undefined;
  // 「第二条其实是人才那块的活 挪过去」 from staff: their own update named by its number, moved — no part of a draft.
  if (!ctx.leader && found.command === "重写" && UPDATE_NUMBERED.test(norm)) return undefined;
  const args = found.args.trim();
  return { kind: "command", command: found.command, text: args ? `${found.command} ${args}` : found.command };
}

/** 「让李明自己报吧」「叫何婷来填」: someone told to report for themselves — no request to see what they reported. */
export function toldToReport(norm: string, name: string): boolean {
  return new RegExp(`(?:让|叫|喊|请|由)${name}(?:自己|本人)?(?:来)?(?:报|填|交)`).test(norm);
}

function find(norm: string, ctx: IntentContext): Found | undefined {
  const figure = hasFigure(norm);
  const nudged = personNudged(norm, ctx);
  if (nudged) return { command: "催报", args: nudged };
  // 「李明报了啥」「看看赵丽的填报」「把李明那条给我看看」: one person's reports, asked by a leader.
  // From staff the same request is refused honestly by the engine (only leaders see others' reports).
  // 「小何那边报了没」「晓梅那块报了啥」: the colleague named as colleagues name each other (person-said.ts).
  const named = personSaid(norm, ctx.people ?? [], !ctx.leader);
  if (named && !figure && !toldToReport(norm, named.said) && ASKS_REPORTS.test(norm.replace(named.said, "")))
    return { command: "查看填报", args: named.name };
  // 「只要高企那块的数」「科普科报了哪些数」: one section's figures — 查数 by its word (section-figures-asked.ts).
  const figuresOf = figure ? undefined : sectionFiguresAsked(norm, ctx);
  if (figuresOf) return { command: "查数", args: figuresOf };
  // 「把科普那个科的填报拿来我看看」「高企科报了些啥」: one section's reports, asked by a leader.
  const unit = ctx.leader && !figure && SECTION_REPORTS.test(norm) ? sectionSaid(norm, ctx) : undefined;
  if (unit) return { command: "查看填报", args: unit };
  const period = periodOf(norm);
  const format = FORMAT.find(([re]) => re.test(norm));
  if (format && EXPORT_VERB.test(norm) && !figure)
    return { command: "导出", args: [format[1], period].filter(Boolean).join(" ") };
  if (/^导出/.test(norm) && !/^导出了/.test(norm) && !figure) return { command: "导出", args: period };
  // 「把稿子导出来」「今年的总结导一份」: the draft named, exported with the default format.
  if (ctx.leader && !figure && DRAFT_EXPORTED.test(norm)) return { command: "导出", args: period };

  // 「去年那版总结再出一回，跟今年的对照着看」: one clause makes a draft, another says what it is for (to
  // compare, to read) — the draft is made; what is done with it afterwards is no request of its own.
  // 「重新起一版稿子 弄好了告诉我」: made again first — 弄好了告诉我 is when to hear back, not the draft asked after.
  const asked = !REMADE.test(norm) && DRAFT_ASKED.some((re) => re.test(norm));
  if (
    ctx.leader &&
    !figure &&
    !asked &&
    !MAKING_DONE.test(norm) &&
    COMPARED.test(norm) &&
    generatedInAClause(norm)
  )
    return { command: "生成总结", args: period };
  // 「把1版和2版对一下」: two versions named, set side by side in any words.
  const two = versionsOf(norm).includes(" ");
  const changed = ctx.leader && changesAsked(norm); // 「看看改了啥」: the last change (version-words.ts)
  if ((COMPARE.test(norm) && VERSION.test(norm)) || (COMPARED.test(norm) && two) || changed)
    return { command: "对比", args: versionsOf(norm) };
  // 「不对 刚才那个改得不好 退回去」: the change just made taken back, not the draft sent back (undo-said.ts).
  if (ctx.leader && undoSaid(norm)) return { command: "撤销上一步", args: "" };
  const redo = ctx.leader && !figure && !SOMETHING_ELSE.test(norm) ? RETURN_REDO.exec(norm) : null;
  if (redo) return { command: "退回", args: clean(norm.replace(redo[0], "，")) };
  const back = RETURN_VERB.exec(norm);
  // 「退回吧，材料太少了」: the verb heading the message sends the draft back, whatever the comment names.
  if (back && (RETURN_HEADS.test(norm) || !returnsSomethingElse(norm)))
    return { command: "退回", args: clean(norm.replace(back[0], "，")) };

  const approve = partIn(norm, ctx) ? undefined : approval(norm, periodOf(norm));
  if (approve) return approve;

  const part = summaryAsked(norm, ctx) ?? partRequest(norm, ctx) ?? figuresCheckedWhole(norm, ctx);
  if (part) return withPeriod(part, period);

  // 「稿子出了没」「总结写到哪了」「初稿咋样了」: a leader asking after the draft is shown it (or told it is not there yet).
  // 「初稿还有啥毛病没有 我看下」: whether problems remain, asked with a look — 待核实 below, not the draft shown.
  if (ctx.leader && !figure && asked && !TO_VERIFY.test(norm)) return { command: "查看草稿", args: period };
  if (ctx.leader && !figure && (TO_VERIFY.test(norm) || PERIOD_ASKED.test(norm)))
    return TO_VERIFY.test(norm) ? { command: "待核实", args: period } : { command: "查看草稿", args: period };

  const generate = ctx.leader ? GENERATE : [STAFF_GENERATE];
  // 「把新起草的那份发我瞅瞅」: the draft made (起草的、生成的) is the thing looked at, not made again.
  // 「整个稿子发来我看看」: the whole draft (整个) sent over, not one made (东北 整个初稿出来 makes one).
  const madeLooked =
    (/(?:生成|起草)(?:好|出来)?的/.test(norm) && /发|看|瞅|瞧|打开/.test(norm)) ||
    /整个(?:稿子|草稿|初稿|总结|全文)[^，,。]{0,3}(?:发|给我|拿|传)/.test(norm);
  if (!MAKING_DONE.test(norm) && !figure && !madeLooked && generate.some((re) => re.test(norm)))
    return { command: "生成总结", args: period };

  // 「3号那个改过的版本拿来我看下」: the version of an update named by its number, not the summary draft.
  if (VIEW_DRAFT.test(norm) && !figure && !UPDATE_NUMBERED.test(norm))
    return { command: "查看草稿", args: period };

  // 「帮我催一下没报的」「提醒下还没交的」「催一催」: a leader asking the bot to chase the week's reports now.
  // 「再催一次」「再提醒一遍」: 一次 counts the chase, it is no figure of work.
  if (
    ctx.leader &&
    new RegExp(
      `^(?:那就?)?(?:${AGAIN_WORDS})(?:催|提醒)(?:一下|一次|一遍|一回|下)?(?:他们|大家)?(?:吧|呗|啊|哈)?$`,
    ).test(norm)
  )
    return { command: "催报", args: "再提醒" };
  if (ctx.leader && !figure && NUDGE.test(norm) && !NOT_NUDGE.test(norm))
    return { command: "催报", args: NUDGE_AGAIN.test(norm) ? "再提醒" : "" };
  if (
    !figure &&
    !OWN_REPORTS.test(norm) &&
    (ctx.leader || OTHERS_NAMED.test(norm)) &&
    PROGRESS.some((re) => re.test(norm)) &&
    (PROGRESS_ASKED.test(norm) || PROGRESS_NAMED.test(norm)) &&
    // 「辛苦大家了，本周填报情况不错」: a word of praise about the progress asks for nothing.
    !PROGRESS_PRAISED.test(norm)
  )
    return { command: "进度", args: progressWeek(norm) };

  const bare = clean(norm);
  if ((BARE_INSTRUCTION.test(bare) || (ctx.leader && PART_MOVED.test(bare))) && [...bare].length <= 14)
    return { command: "重写", args: bare };
  return undefined;
}

/** A clause of its own that makes a draft, beside another clause (the whole message is read as one otherwise). */
function generatedInAClause(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!\s]+/).filter((c) => c !== "");
  // 拉出来 beside a comparison pulls out the draft there is (「去年的总结拉出来 跟今年这版对着看看」).
  return (
    clauses.length > 1 &&
    clauses.some((c) => GENERATE.some((re) => re.test(c)) && !COMPARE.test(c) && !/拉出来/.test(c))
  );
}

/** The return verb first (after 那/就/先/直接/还是), then at most a particle before the comment. */
const RETURN_HEADS =
  /^(?:那就|那|就|先|直接|还是)?(?:退回去?|打回去?|驳回)(?:吧|啊|掉|重写|重弄)?(?:[，,。！!\s]|$)/;

/** 「材料退回给企业」「申报书打回重报」: something else sent back to someone, not the draft. */
function returnsSomethingElse(norm: string): boolean {
  if (/(?:退回|打回|驳回|退)给/.test(norm)) return true;
  return SOMETHING_ELSE.test(norm);
}

/** What leaders send back other than the draft (材料退回给企业、申报书打回重报). */
const SOMETHING_ELSE =
  /^(?!.*(?:稿|总结|这版|这一版)).*(?:材料|申报|项目|资金|经费|报销|发票|合同|企业|文件|报告)/;

/**
 * The period said in the message, as the commands take it (2025、今年上半年、去年、前三季度): the
 * command resolves it on the message's date (resolve-dates.ts) and asks about one it cannot draft.
 */
function periodOf(norm: string): string {
  // 「半年总结该交了，把上半年的先弄个稿出来」: the period said in full, where one is.
  const said = [...norm.matchAll(PERIOD_SAID)];
  const full = said.find((m) => !/^(?:半年|年度|全年)$/.test(m[0].replace(/[的\s]/g, "")));
  return canonicalPeriod(periodWordsIn(said.length > 1 && full ? norm.slice(full.index) : norm));
}

/** 2025年 and 25年 as 2025; 年度、全年 alone as nothing (the default period); the rest as said. */
export function canonicalPeriod(words: string): string {
  return words
    .replace(/^([12]\d)年/, "20$1年")
    .replace(/^(20\d\d)年?度?/, "$1")
    .replace(/^(?:全年度?|年度)$/, "");
}
