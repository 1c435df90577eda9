import { MATTER, WORK_NOUN } from "./work-lexicon.js";

/**
 * 「表格」「台账？」「第三季度那个表」「那个汇总表呢？」「科技特派员的台账」「年报那个你晓得吗」: a thing of work
 * named — a form, data, a list, material — and nothing said of it: no verb, no state, no wish. A
 * careful colleague asks what about it (docs/understanding.md 第十五轮), so the bot asks in one line
 * (vague-message.ts). Read by structure on the core with the leads gone: take away the pointers
 * and 的 between its words, a closing particle and a closing 「你晓得吗」 (whether one knows of it); what is
 * left must be a noun phrase — no pronoun, aspect, modal or negation — ending in a thing of work.
 * 「表格已经发你了」「统计表填了23家企业」 say something of the thing and are read elsewhere. Pure.
 */

/** Whether one knows of it, asked after the thing (你晓得吗、你知道不、你记得伐): still nothing said of it. */
export const KNOWING_TAIL =
  /(?:你|您)(?:也|还)?(?:晓得|知道|清楚|记得|有印象)(?:吗|么|不|没|嘛|伐)?(?:[呢啊呀哦嘛哈吧咧嘞])*$/;
/** A closing particle (呢、啊、嘛): 那个汇总表呢. */
const PARTICLES = /(?:[呢啊呀哦嘛哈吧咧嘞])+$/;
/** Pointers and 的 between the words of the phrase. */
const POINTER_OR_DE = /(?:那|这)(?:个|张|份|件|条|些|几个|几张|几份|块|边)?|的/g;
/**
 * A word that makes a sentence of it: a pronoun, an aspect, a modal, a negation, a question — or a time
 * the doing happens at (今天加班、最近天天写材料) and a verb that stands for any doing (写、弄、搞、整).
 */
const SENTENCE =
  /[我你他她您咱了过着要没不在已完把被给想能会得吗么该写弄搞整]|正在|已经|今天|今儿|明天|昨天|最近|天天|每天|整天|这周|这几天|上午|下午|晚上/;
/** The bot's own objects (稿子、初稿、总结、填报、记录): named alone they may ask for a look — left to the commands. */
const BOTS_OWN = /稿|总结|填报|记录|汇报|周报|导出|word|文档/i;
/** The phrase closes on a thing of work: a form, data, material, a list (MATTER), or, pointed at, any work noun. */
const MATTER_HEAD = new RegExp(`(?:${MATTER.source}|表格|单子|账)$`);
const WORK_HEAD = new RegExp(`(?:${WORK_NOUN.source})$`);

/** A place inside it named after the thing (表格第二页、台账第三栏、汇总表第5行): still nothing said of the thing. */
const PLACE_IN_IT =
  /(?<=[\u4e00-\u9fff])(?:的)?第[一二两三四五六七八九十\d]{1,3}(?:页|行|栏|列|张|格|sheet)$/i;

/** 「pointer」 when the thing is pointed at (那个汇总表), 「bare」 when only named (表格); else undefined. */
export function bareThing(said: string): "pointer" | "bare" | undefined {
  const tail = said.replace(KNOWING_TAIL, "").replace(PARTICLES, "").replace(PLACE_IN_IT, "");
  const phrase = tail.replace(POINTER_OR_DE, "");
  const len = [...phrase].length;
  if (len < 1 || len > 10 || !/^[\u4e00-\u9fff]+$/.test(phrase) || SENTENCE.test(phrase)) return undefined;
  if (BOTS_OWN.test(phrase)) return undefined;
  const pointed = phrase !== tail.replace(/的/g, "");
  if (!MATTER_HEAD.test(phrase) && !(pointed && WORK_HEAD.test(phrase))) return undefined;
  return pointed ? "pointer" : "bare";
}
