import { FIGURE } from "./work-lexicon.js";
/**
 * Asked to be asked: the person wants the guided questions (填报, one item at a time) rather than
 * writing the report in one go. Said in roles (你问 我答、你提问我回答), as a way of doing it
 * (一项一项来、按问答的方式来、一问一答), or as being led (你引导下、你带着我填、你一步步问我、教我填).
 * One lexicon, read by the everyday-command rules; a figure in the message makes it a report.
 */

/** The end of the asking: nothing else is asked (你问吧、你问我、你问，我答, or a region's particle: 你一条一条问咯), never 你问问财务. */
const ASK_END = String.raw`(?=我|吧|呗|啊|呀|嘛|哈|[咯嘞咧哇哦噻撒唦呢啦喽]|好了|就行|$|[\s，,。！!～~？?]|\p{Extended_Pictographic})`;

/** One at a time, with any measure word: 一项一项、一句一句、一条条、一步步、一个个. */
const ONE_BY_ONE = "一(?:项|条|个|步|句|样|点|件|道|题)一?(?:项|条|个|步|句|样|点|件|道|题)";

/** The bot asks or leads: 你问、你来问、你提问、你引导下、你带着我填、你领我、你一步步问我. */
const YOU_LEAD = `(?:你|您)(?:来|先|就|给我|帮我)?(?:(?:${ONE_BY_ONE}|挨个|逐项|逐条)?(?:地)?(?:提问|问)(?:一句|一个|一项|一条)?${ASK_END}|出题|引导|带(?:着|一下)?我|领(?:着)?我)`;

/** One item at a time, the way of doing it: 一项一项来、一步步来、逐项填、挨个问我. */
const ITEM_BY_ITEM = `(?:${ONE_BY_ONE}|逐项|逐条|挨个)地?(?:(?:来|填|报|写)(?![了过完])|(?:问|提问)${ASK_END})`;

/** 「你问啥子我就答啥子」「您问什么我答什么」「恁问啥俺说啥」: whatever the bot asks is answered (b100-112); 领导问啥我答啥 is not the bot. */
const WHAT = "(?:啥子|啥|什么|什麼|么子|么事|甚么|甚|咩|乜|嘛)";
const ASK_WHAT_ANSWER_IT = `(?:你|您|妳|恁|侬|你们)(?:就|先)?(?:问|提问)${WHAT}(?:[，,\\s])?(?:我|俺|额|阮)?(?:就|便)?(?:答|回答|回|说|讲|写|填)${WHAT}`;

/**
 * 「我讲一句尔记一句」「我说一句你记一句 莫一句一条」「俺念一段你写一段」: one line said, one line noted — a report said over several
 * messages, held and joined (guided filling), never each line stored alone. 「领导讲一句我记一句」 is someone else speaking.
 */
const LINE_BY_LINE = `(?:^|(?<=[\\s，,]))(?:我|俺|额|阮)(?:来)?(?:说|讲|念|港)(?:一句|一段|一点|一样)[，,\\s]?(?:你|您|尔|嗯|侬|恁)(?:就|来|帮我)?(?:记|写|录|打)(?:一句|一段|一点|一样|下来)`;

/**
 * The question-and-answer way: 问答的方式、一问一答、问答模式、你问我答, with any word for you (嗯问我答: 赣/吴 嗯 for 你) or
 * none (问我答); 「领导问我答不上来」「记者问我答了几句」 is someone else's question.
 */
const QA_WAY = `问答(?:的)?(?:方式|形式|模式|那种)|一问一答|(?:^|(?<=[你妳您嗯侬恁尔\\s，,]))(?:提)?问(?:我|俺)(?:来)?(?:回)?答(?![不错得了过上])|我说你记|我讲你记|你记我说|${LINE_BY_LINE}|${ASK_WHAT_ANSWER_IT}`;

/** Being taught to fill it in: 教我填、教一下我怎么写. */
const TEACH_ME = `教(?:教)?(?:我|一下我)(?:怎么|咋)?(?:填|写|报)`;

/** Being led through it: 带我把这周的报了、领着我填、问着我填. */
const LEAD_ME = `(?:带|领)(?:着|一下|下)?我(?:把[^，,。]{0,8}?)?(?:填|报|写)|问着我(?:填|报|写)`;

/**
 * The guided way named as a way of filling in (trial40: 「引导填报」 typed as the command's name was asked 「这条要记为
 * 工作填报吗？」): 引导填报、我要引导式填写、分步填报、按步骤填、问答式填报 — the whole message; 「指导企业分步骤填报」 is work.
 */
const GUIDED_FILL = `^(?:我要|我想|想|要|请|麻烦|帮我|给我|我用|用|换成|改成|还是)?(?:引导|分步骤?|按步骤|向导|问答)(?:式|模式)?(?:地|的)?(?:填报|填写|填|报)(?:一下|下)?(?:吧|呗|啊|呀|嘛)?$`;

/**
 * What one says aloud, tidied by the bot into one report (「我口头港 你帮我理成一条」「俺嘴上说 你帮俺捋成一条」「我口述一下 你帮我
 * 归纳成一条填报」): a way of speaking first, then the bot asked to make one item of it. 「帮企业把材料整理成一份申报书」 is work.
 */
const SAID_TIDIED = `(?:口头|嘴上|口述|随口|我(?:来|先)?(?:说|讲|港|念|唠))[^，,。]{0,6}?(?:你|您)?(?:帮|给|替)(?:我|俺)[^，,。]{0,3}?(?:整理|归纳|理顺|理|捋|整|弄|归拢|汇总|记)成(?:一条|一句|一段|一个|条)`;

/** Any of the ways above, anywhere in a short message without a figure. */
export const ASKED_TO_BE_ASKED = new RegExp(
  String.raw`^(?!.*\d).*?(?:${QA_WAY}|${YOU_LEAD}|${ITEM_BY_ITEM}|${TEACH_ME}|${LEAD_ME}|${GUIDED_FILL}|${SAID_TIDIED})`,
  "u",
);

/**
 * 「语音转的 我说你记 今个在杨塬村 那个牛棚 看了九个」: the way named, then the work itself said in the same message, with a count in
 * Chinese numerals (an Arabic figure already makes it a report). The questions would ask again for what was just told: it is a
 * report, taken in as one. 「我说一句你记一句 莫一句一条」 says nothing done after the way.
 */
export function materialAfterAsk(text: string): boolean {
  const m = ASKED_TO_BE_ASKED.exec(text);
  if (!m) return false;
  const rest = text
    .slice((m.index ?? 0) + m[0].length)
    .replace(/(?:^|[\s，,])(?:嗯+|呃+|啊+|那个|就是)(?=$|[\s，,])/gu, " ");
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  return han >= 6 && !new RegExp(ONE_BY_ONE).test(rest) && FIGURE.test(rest) && /了|过/.test(rest);
}
