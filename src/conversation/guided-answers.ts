import { classifyClause } from "../domain/extract.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";
import { SMALL_TALK, SMALL_TALK_RUN, intentText } from "./intent-lexicon.js";
import { saysNone } from "./says-none.js";
import { findFigures } from "../domain/figure-scan.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * What an answer to a guided question says, read the way a careful colleague reads it:
 * 「没啥数」「再说吧」「都挺顺的」「下一个」 say nothing for that question; 「四次吧」 is a count of the
 * work just described, with no object of its own; everything else is content. Pure.
 */
export type Slot = "figures" | "problems" | "plans";

/** Particles and hedges around an answer that carry nothing: 吧、啊、嗯… */
const PARTICLES = /^[嗯呃额哦噢啊]+[，,\s]*|(?:[吧啊呀呢哈嘞啦了哦～~。.！!…]|\s)+$/g;

/**
 * Clauses that answer nothing whatever the question: skipping on (下一个、就这些), putting it off
 * (再说吧、到时候再看、看领导安排), not knowing (说不上来、记不清了), no figures to hand (没啥数、
 * 具体数也没统计), all well (都挺顺的、没遇到啥问题). Matched on a whole clause only, so 「没有经费」
 * or 「企业不知道怎么申报」 stay answers.
 */
const NOTHING_SAID = new RegExp(
  `^(?:这个|这块|这方面|这事儿?|那个)?(?:嘛|呢|啊)?(?:好像|应该|估计|似乎|感觉|目前看|暂时看|我觉得|差不多|大概|大致|基本上?|也)?(?:${[
    // moving on
    "(?:那就|就|先)?(?:下一个|下一题|下一项|下一步吧|过|pass|跳过|略过?|就这些|就这样|就这么多|没别的了?|没其他的?了?|没有别的了?|说完了|完了|没了|没有了)",
    "(?:那|暂时|目前)?(?:就|先|就先)?(?:这样|这么着|这么多)",
    // putting it off
    "(?:明年|以后|回头|到时候|过段时间|之后|后面|下次|改天|再|那)?(?:的事)?(?:再说|再看|看看|看吧|再议|再定|再补|再商量|再研究|再想想?|再考虑)(?:吧|呗)?",
    "(?:明年)?(?:到时候|到时|那时候)(?:再)?(?:看|说|定)",
    "(?:看|听|等|视)[\\u4e00-\\u9fff]{0,6}?(?:安排|通知|情况|部署|经费|资金|意见|批复)(?:再说|再定|而定|来定|吧)?",
    // 「下月再看」「领导再定」: a few words of when or who, then 再 + deciding
    "[\\u4e00-\\u9fff]{0,4}?再(?:说|看|定|议|补|商量|研究|想想?|考虑)",
    "走一步看一步",
    "(?:暂时|目前|现在|还)?(?:还)?(?:没|没有|未)(?:想好|想清楚|想明白|想过|琢磨好|考虑好?|考虑清楚|考虑过|定|确定|计划好?|规划)",
    "(?:具体(?:的|数|数字|多少)?|数字|数)?(?:还)?不(?:确定|好说|清楚|太清楚|知道|记得)|待定|未定|说不好|说不上来?|讲不清楚?|说不清楚?|搞不清楚?|(?:具体(?:的|数|数字|多少)?|数字|数)?(?:记不清楚?|记不得|想不起来|忘了)",
    // said already: 同上、上面说了、就刚说的、跟前面一样
    "同上|如上|见上|(?:就|都)?(?:是)?(?:刚|刚才|前面|上面)(?:都|已经)?(?:说|讲|写|报)(?:的|了|过了?)?(?:那些)?|(?:跟|和|同)(?:上面|前面|刚才)(?:的)?一样",
    // no figures to hand
    // 「暂时没统计人数」「人数暂时还没统计」: the figure word before or after, a 暂时 before the 没
    "(?:具体的?)?(?:数|数字|数据|人数|人次|金额|经费|户数|场次)?(?:暂时|目前|现在)?(?:也|都|还)?(?:没|没有|未)(?:啥|什么|具体的?)?(?:数|数字|数据|统计|算|细算|记|数过|统计过|算过)(?:过)?(?:具体的?)?(?:人数|人次|数字|数据|金额|经费|户数|场次|多少)?",
    "(?:没|没有)(?:啥|什么)?(?:具体|准确|确切)的?(?:数|数字|数据)",
    // 「金额没细算」「这个真没统计」「人数没法统计」: what was not counted, a word or two
    "(?:这个|那个|这块|这些|[\\u4e00-\\u9fff]{1,2})?(?:真|确实|实在|也|都|还)?(?:没|没有|没法|不好|无法|没办法)(?:细算|统计|细统计|算过|数过|细数)(?:过)?",
    // 「啥问题都没有」「什么数也没有」: the thing first, then none
    "(?:啥|什么|任何)(?:大的?|特别的?)?(?:问题|困难|数|数字|数据|打算|计划|想法|安排)?(?:都|也)(?:没|没有)(?:有)?",
    // so-so, as always: 就那样、老样子、一般般
    "(?:就|也|还|都)?(?:那样|那么回事|老样子|一般般?|马马虎虎|凑合)",
    // all well
    "(?:都|也|还|总体|总的来说|基本|基本上|一切)?(?:挺|很|比较|还算|都)?(?:顺|顺利|正常|平稳)(?:的)?",
    // 「还行」「挺好的」, but a bare 好/行/可以 is an acknowledgement, not an answer
    "(?:(?:都|也|还|总体|总的来说|基本|基本上|一切)(?:挺|很|比较|还算)?|挺|很|比较|还算)(?:好|行|可以)(?:的)?",
    "(?:暂时|目前|还|也)?(?:没|没有)(?:遇到|碰到|发现|啥|什么)(?:啥|什么)?(?:大的?|特别的?)?(?:问题|困难|难处|麻烦|毛病)?",
  ].join("|")})$`,
  "i",
);

/** Words that lead an answer in without adding to it: 就是、主要是、问题就是、反正… */
const LEAD_IN =
  /^(?:问题(?:嘛|呢|的话|就是|是)?|困难(?:嘛|呢|就是|是)?|打算(?:嘛|呢|就是|是)?|计划(?:嘛|呢|就是|是)?|数据(?:嘛|呢|就是|是)?|反正|就是|主要是|其实|不过|但是|只是)[，,\s]*/;

/** One clause as said, simplified, its particles gone. */
function tidy(clause: string): string {
  return toSimplified(foldWidth(clause))
    .replace(/\p{Extended_Pictographic}|\ufe0f|\u200d/gu, "")
    .replace(DIALECT_NONE, "没有")
    .replace(/啥子/g, "啥")
    .trim()
    .replace(/^(.{2,4}?)\1+$/u, "$1")
    .replace(PARTICLES, "")
    .trim();
}

/** 没得、莫得、冇 (south-western and Cantonese 没有); not 没得到 (did not get). */
const DIALECT_NONE = /没得(?!到)|莫得|冇得|冇有|冇/g;

/** Whether a clause (or a whole short answer) says nothing for the question asked. */
export function saysNothing(clause: string): boolean {
  // 「好的就这些」「行 没了」: an acknowledgement before the nothing adds nothing.
  const t = tidy(clause).replace(ACK_LEAD, "") || tidy(clause);
  const unhedged = t.replace(/^(?:好像|应该|估计|似乎|感觉|目前看|暂时看|我觉得)/, "");
  return t === "" || saysNone(unhedged) || NOTHING_SAID.test(t) || defersFigures(t) || saysDone(clause);
}

/**
 * 「好了」「可以了」「行了」「完事了」「差不多了」「暂时就这些」「就酱」: done, nothing more — read before the
 * particles go, since 了 is what turns 好 (an acknowledgement) into "that's all".
 */
const DONE =
  /^(?:好|行|可以|ok|okay|完事|完活|齐了|齐活|差不多|够了)了(?:好了)*$|^(?:好了)+$|^(?:暂时|目前|先|那|那就|就)*(?:就)?(?:这些|这么些|这点|酱|介样|这样子)(?:了|吧|啦|哈)*$/i;
function saysDone(clause: string): boolean {
  return DONE.test(
    toSimplified(foldWidth(clause))
      .replace(/[\s，,。.！!～~…]+/gu, "")
      .replace(/[吧啊呀哈嘞啦哦]+$/u, ""),
  );
}

/** Words for the figures of the work: 数字、人数、经费数、金额、多少. */
const FIGURE_WORD = /数|金额|经费|多少|统计/;
/** Getting them later or from someone: 回头、得问问、找小王要、等财务核完再报、晚点补. */
const LATER_FROM =
  /回头|得问|问问|问一?下|找[\u4e00-\u9fff]{1,6}?要|跟[\u4e00-\u9fff]{1,6}?要|等[\u4e00-\u9fff]{0,10}?(?:核|统计|算|出来|报上来|汇总|给)|再报|再补|晚点|过两天/;
/** Someone to ask, as people name colleagues: 老刘、小王、村会计、财务、张主任. */
const COLLEAGUE = /^(?:老|小)[\u4e00-\u9fff]$|会计|财务|同事|主任|科长|站长|书记|村干部|经办人/;

/**
 * 「具体数字得问问村会计」「人数回头找小王要一下」「经费数等财务那边核完再报」「回头问下老刘」: the
 * figures are not at hand and will be asked for — no figure, no plan, nothing for the question. A
 * clause with a figure of its own, or a plan to ask someone about something else (「回头问下企业需求」),
 * is no such note.
 */
function defersFigures(t: string): boolean {
  if (FIGURE.test(t)) return false;
  if (FIGURE_WORD.test(t) && LATER_FROM.test(t)) return true;
  const asked = /^(?:得|要|还得|还要)?(?:回头|再|等会儿?|晚点)?(?:问问|问一?下|去问|找)(.{1,5})$/.exec(t);
  return asked !== null && COLLEAGUE.test(asked[1]!.replace(/一下$/, ""));
}

const ACK_LEAD = /^(?:(?:好的|好吧|好嘞|行吧|ok|嗯+)[，,\s]*|(?:好|行)[，,\s]+)(?=.)/i;

/**
 * 「好的」「OK」「嗯嗯好的」「好的👌」「谢谢」: an acknowledgement or thanks and nothing else — no
 * answer to an open question, but to the last one it says there is nothing more.
 */
export function acknowledges(text: string): boolean {
  const core = intentText(text).core;
  if (core === "") return false;
  return (
    finishesGuided(text) ||
    SMALL_TALK.some(({ topic, re }) => (topic === "ack" || topic === "thanks") && re.test(core)) ||
    SMALL_TALK_RUN.test(core)
  );
}

/** The clauses of one listed piece: cut at commas, stops and spaces. */
function clausesOf(piece: string): string[] {
  return piece
    .split(/[，,。；;！!？?\n]|\s+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

/** Split an answer listing several things: 一是…二是…, 1. 2., semicolons or lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[；;\n]|(?:[一二三四五六七八九十]是)|(?:^|\s)\d+[.、．]/)
    .map((s) => s.replace(/^[，,。\s]+|[，,。\s]+$/g, ""))
    .filter((s) => s.length > 0);
}

/**
 * The content of an answer: listed pieces, each without the clauses that say nothing
 * (「没啥大问题，就是年轻人才留不住」 → 「年轻人才留不住」). Empty when the whole answer evades.
 */
export function answerContent(text: string): string[][] {
  const out: string[][] = [];
  for (const piece of splitList(text)) {
    const clauses = clausesOf(piece);
    // 「没了 谢谢」: thanks beside an answer are no part of it.
    const kept = clauses
      .filter(
        (c, i) => !saysNothing(c) && !(clauses.length > 1 && (acknowledges(c) || (i === 0 && yesOnly(c)))),
      )
      .map((c) => stripLeadIn(c))
      .filter((c) => c !== "");
    if (kept.length) out.push(kept);
  }
  return out;
}

/**
 * 「有 就是专利代理机构太少了」 to 「还有别的关键数据吗？」: a first 有/是的/对 only answers the question —
 * the words after it are the answer (a 有 opening a sentence, 「有3家企业…」, is not alone in its clause).
 */
const YES_ONLY = /^(?:有|有的|是|是的|对|对的|對|對的)$/;
function yesOnly(clause: string): boolean {
  return YES_ONLY.test(clause.replace(PARTICLES, ""));
}

function stripLeadIn(clause: string): string {
  const t = clause.replace(LEAD_IN, "").replace(PARTICLES, "").trim();
  return t === "" ? clause.trim() : t;
}

/** Hedges around a bare count: 大概、约、一共、左右… */
const COUNT_HEDGE = /大概|大约|约|差不多|将近|接近|左右|上下|一共|总共|共计|共|累计|合计|前后|加起来|总计/g;
const FIGURES = new RegExp(FIGURE.source, "g");

/** 「四次吧」「3场」「大概七八家」: a count with no object of its own. */
export function isBareCount(clause: string): boolean {
  const t = tidy(clause);
  if (SPOKEN_COUNT.test(t)) return true;
  if (!FIGURE.test(t)) return false;
  return (
    t
      .replace(FIGURES, "")
      .replace(COUNT_HEDGE, "")
      .replace(/[，,、和及\s]/g, "") === ""
  );
}

/** 「三回」「两趟」「好几遍」: how many times, said the spoken way (回 and 遍 are no figure units). */
const SPOKEN_COUNT =
  /^(?:大概|大约|差不多|一共|总共|共)?(?:\d+|[一二两三四五六七八九十几好]+)(?:回|趟|遍|次|轮)(?:左右)?$/;

/** 「另外还举办了…」: a piece of its own work, not a figure of the work before. */
export function isFurtherWork(clause: string): boolean {
  // 「今天下午又去…」「昨天还到…」: a time said first, then the word that adds work.
  const t = tidy(clause).replace(WHEN_LEAD, "");
  return /^(?:另外|此外|同时|还有|还|也|又|再就是|然后)/.test(t) && !isBareCount(clause);
}
const WHEN_LEAD =
  /^(?:今天|昨天|前天|本周|这周|上周|周[一二三四五六日天]|星期[一二三四五六日天])?(?:上午|下午|晚上|中午|早上)?/;

/** The work item a labelled figure names (「专利12件」 → 「帮企业申请发明专利」), if one clearly. */
export function bestItem(items: string[], clause: string): number | undefined {
  const scored = items.map((it, i) => ({ i, n: overlap(it, clause) })).sort((a, b) => b.n - a.n);
  return scored[0] && scored[0].n > 0 && scored[0].n > (scored[1]?.n ?? 0) ? scored[0].i : undefined;
}

/** How many two-character words two texts share (to tie a labelled figure to a work item). */
export function overlap(a: string, b: string): number {
  const grams = new Set<string>();
  const s = toSimplified(a);
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2));
  const t = toSimplified(b);
  let n = 0;
  for (let i = 0; i + 1 < t.length; i++)
    if (grams.has(t.slice(i, i + 2)) && /\p{Script=Han}{2}/u.test(t.slice(i, i + 2))) n++;
  return n;
}

/** The kind a piece of a later answer has by its meaning; the question asked is only the default. */
export function slotOf(piece: string, asked: Slot, today?: string): Slot {
  // 「企业材料准备得慢」 answered to 「遇到了什么问题？」 is the problem asked for, not a plan (准备).
  if (asked === "problems" && SHORTFALL.test(piece) && !PLAN_LEAD.test(piece)) return asked;
  const kind = classifyClause(piece, today);
  return kind === "plan" ? "plans" : kind === "problem" ? "problems" : asked;
}

/** A clause that counts work done (来了80人、走访了6家企业) and says no shortfall (才20人、缺口30万). */
function doneCount(clause: string, today?: string): boolean {
  return (
    FIGURE.test(clause) &&
    !SHORTFALL.test(clause) &&
    !/才|只|仅|还差|没|未/.test(clause) &&
    classifyClause(clause, today) === "item"
  );
}

/** Words of a shortfall: slow, too few, lacking, not enough. */
const SHORTFALL = /慢|难|不够|不足|不高|不太|不到位|缺|少|差|弱|滞后|偏[高低大小少多老]|跟不上|不配合|不积极/;
/** A clause that opens with a time ahead or an intent is a plan whatever else it says. */
const PLAN_LEAD = /^(?:下周|下个?月|明年|下一步|下步|接下来|计划|打算|准备(?!得)|争取|力争|拟|将)/;

/** What a work item counts, for a bare figure's label: its first clause, fillers gone. */
export function objectOf(item: string): string {
  const first = clausesOf(item)[0] ?? item;
  return stripLeadIn(tidy(first)).replace(/^(?:去|就|也|都)/, "");
}

/** A figure not out yet: 还没出、还在统计、没汇总完、待核实. */
const NOT_OUT_YET =
  /(?:还|暂|尚)?(?:没|没有|未)(?:有)?(?:出|出来|统计|汇总|核实|核对|算)(?:出来|完|好)?|还在统计|正在统计|统计中|待(?:统计|核实|补)/;

/** What a piece of an answer is, the first question's (work done) included. */
export type Part = Slot | "work";

/** A clause that says it is a problem: 问题是…、困难嘛…、存在的问题… */
const PROBLEM_OPENS =
  /^(?:(?:目前|现在)?(?:存在的?|遇到的?|面临的?)(?:主要|最大的?)?(?:问题|困难|难点|不足|短板)|(?:主要|最大的?)?(?:问题|困难|难点|不足|短板)(?:嘛|呢|的话|就是|主要是|是|在于))/;
/** A clause that says it is a plan (stricter than PLAN_LEAD: 「准备了材料」 is work done). */
const PLAN_OPENS = /^(?:下一步|下步|接下来|明年|下周|下个?月|今后|计划|打算|争取|力争)/;
/** Fillers before a clause's own first word. */
const FILLER = /^(?:就是|其实|不过|但是|只是|反正|还有就是|另外就是|然后)/;

/**
 * An answer cut into runs of one kind each, read the way a careful colleague writes it down:
 * 「群众一千五百多人，就是场地太小了，明年想分到乡镇搞」 to the figures question is figures, a problem
 * and a plan; 「帮5家企业申报，问题是配套资金不到位，下一步继续跟踪」 to the work question is work, a
 * problem and a plan. A clause opening with 问题是/明年… starts a run of that kind (a bare 「问题嘛」
 * only says what follows); to the figures question a clause read as a problem or plan by its meaning
 * does too, and one with neither a figure nor a kind of its own follows the run before it. The work
 * answer moves only on words that say so. Clauses that say nothing are dropped; lead-ins go.
 */
export function answerRuns(
  text: string,
  asked: Part,
  today?: string,
): Array<{ part: Part; clauses: string[] }> {
  const out: Array<{ part: Part; clauses: string[] }> = [];
  for (const piece of splitList(text)) {
    const runs: Array<{ part: Part; clauses: string[] }> = [];
    const clauses = clausesOf(piece);
    let said: Part | undefined;
    for (const clause of clauses) {
      if (saysNothing(clause) || (clauses.length > 1 && acknowledges(clause))) continue;
      if (clauses.length > 1 && clause === clauses[0] && yesOnly(clause)) continue;
      const bare = tidy(clause).replace(FILLER, "");
      said = PROBLEM_OPENS.test(bare) ? "problems" : PLAN_OPENS.test(bare) ? "plans" : said;
      const content = stripLeadIn(clause);
      // 「问题嘛」 alone: it says what the next clause is.
      if (content === clause.trim() && clause.trim().replace(LEAD_IN, "").replace(PARTICLES, "") === "")
        continue;
      let part = said;
      said = undefined;
      if (!part && asked === "figures") {
        // 「具体数据还没出」「人数还在统计」 to the figures question: the figure is to come — no problem.
        const k = NOT_OUT_YET.test(bare) ? "figures" : slotOf(bare, "figures", today);
        part = k !== "figures" ? k : FIGURE.test(bare) || runs.length === 0 ? "figures" : undefined;
      }
      // 「来了80人，发了1200份」 to the problems question: a count of work done is a figure of the work;
      // the clause after it with no figure is the problem asked for, not more of the count.
      if (!part && asked === "problems") part = doneCount(bare, today) ? "figures" : asked;
      const last = runs[runs.length - 1];
      part ??= last?.part ?? asked;
      if (last && last.part === part) last.clauses.push(content);
      else runs.push({ part, clauses: [content] });
    }
    // To the problems or plans question, a run said with no lead is what its meaning makes it.
    for (const r of runs)
      if (r.part === asked && asked !== "figures" && asked !== "work")
        r.part = slotOf(r.clauses.join("，"), asked, today);
    out.push(...runs);
  }
  return out;
}

/**
 * The figures answer without what the work answer already counts: 「8家 45家」 after 「新认定高企8家，
 * 入库科技型中小企业45家」 says nothing new (listed twice, the draft would read 「…45家，8家，45家」).
 * A clause goes when every figure in it (number and unit) is in the work answer already; a clause
 * with one new figure stays whole. Empty when all of it repeats.
 */
export function withoutRepeats(figures: string, work: string): string {
  const known = findFigures(toSimplified(foldWidth(work))).map((f) => `${f.figure.value}|${f.figure.unit}`);
  if (known.length === 0) return figures;
  const repeats = (clause: string) => {
    const fs = findFigures(toSimplified(foldWidth(clause)));
    return fs.length > 0 && fs.every((f) => known.includes(`${f.figure.value}|${f.figure.unit}`));
  };
  return answerContent(figures)
    .map((cs) => cs.filter((c) => !repeats(c)).join("，"))
    .filter(Boolean)
    .join("；");
}

/** The figures answer without one of its clauses (a count the person chose not to record). */
export function dropClause(answer: string, clause: string): string {
  return answerContent(answer)
    .map((cs) => cs.filter((c) => c !== clause).join("，"))
    .filter(Boolean)
    .join("；");
}

/**
 * 「确认」「提交吧」「就这些 确认」 to the last, optional guided question: the person is done — nothing more to add.
 * The questions end and the draft card is shown, waiting for its own 确认 (classify-intent.ts reads it before 确认
 * is taken as the command, which had no draft to confirm yet).
 */
const FINISHED =
  /^(?:(?:就这些|就这样|就这么多|好了|没了|完了|可以了|行了|没有了|没啥了)[，,。\s]*)?(?:那就)?(?:确认|提交|确定|交了?)(?:一下|下)?(?:吧|了|哈|啊|呗)*$/u;

export function finishesGuided(text: string): boolean {
  return FINISHED.test(
    intentText(text)
      .norm.trim()
      .replace(/[！!。~～]+$/u, ""),
  );
}
