import type { Section } from "../domain/org.js";
import { PERIOD_WORDS } from "../domain/resolve-dates.js";
import type { IntentContext } from "./classify-intent.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * A part of the draft named in a leader's request (第二部分、问题那块、（三）、科普那块) and what is
 * said about it: looked at, passed, locked, or an instruction to rewrite it (leader-request.ts
 * finds the rest of the review's requests).
 */
export type Found = { command: string; args: string };

/** 「第2部分」 as the drafts name it, 第二部分 (a numeral already in words stays as said). */
function numeral(n: string): string {
  return /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= 10 ? "一二三四五六七八九十"[Number(n) - 1]! : n;
}

/** A part number as said: 二、十二、3. */
export const N = "([一二三四五六七八九十]{1,2}|\\d{1,2})";
/**
 * 段 of 阶段、手段、路段、这段时间 and 节 of 节能、节约 are no part of the draft (「上一阶段的检查发现问题7个」
 * 「局机关节能改造完成」 are reports); nor 节 of a holiday (元旦节、春节、中秋节: a day).
 */
const PART_SUFFIX =
  "(?:那|这|嗰|呢|该)?(?:一)?(?:大?部[分份]|块|(?<![阶手地路片时])段(?!时间|日子|时期)|(?<!元旦|春|中秋|端午|国庆|劳动|清明|重阳|元宵|圣诞|情人|儿童|妇女|青年|教师|建军|植树|腊八|七夕)节(?![能约日水电点省奏目假庆]))";
/**
 * 「明年计划再具体点」「计划再细一点」「明年的打算再详细些」 (leader41): what the part should be like said right after its name,
 * with no part word — 再/还 and a word of how it reads, and 点/些 or the end. 「计划细化到月」「计划具体到人」 are no judgement.
 */
const HOW_WRITTEN =
  "(?=(?:再|还|得|要|还得|还要)?(?:具体|详细|详实|细致|细|实在|实|精炼|简练|充实|清楚|明确)(?:一点|一些|点儿?|些)(?:吧|啊|哈)?[。！!]*$)";
/** 第二部分、第（二）部分、（三）、开头、问题那块、计划部分: a part named by its place or kind. */
const PLACE_PARTS: Array<{ re: RegExp; label: (m: RegExpExecArray) => string }> = [
  { re: new RegExp(`第\\s*[（(]${N}[)）]\\s*(?:${PART_SUFFIX})?`), label: (m) => `（${m[1]}）` },
  { re: new RegExp(`第\\s*${N}\\s*${PART_SUFFIX}`), label: (m) => `第${numeral(m[1]!)}部分` },
  { re: new RegExp(`[（(]${N}[)）]\\s*(?:${PART_SUFFIX})?`), label: (m) => `（${m[1]}）` },
  { re: new RegExp(`(?:开头|开篇|导语|引言|总述)(?:${PART_SUFFIX})?`), label: () => "开头" },
  {
    re: new RegExp(
      `(?:存在的?|主要)?(?:问题和不足|问题|不足)(?:${PART_SUFFIX}|(?=写(?:[得的了]|具体|短|细|实|简|精|清))|(?<=存在的?(?:问题|不足))(?:那|这)(?:里|儿))`,
    ),
    label: () => "问题",
  },
  {
    re: new RegExp(
      `(?:明年|下一年|下一?步|来年|今后)?的?(?:工作)?(?:计划|打算|思路)(?:${PART_SUFFIX}|(?=写(?:[得的了]|具体|短|细|实|简|精|清))|${HOW_WRITTEN})|(?:明年|下一年|下一?步|来年|今后)的?(?:工作)?(?:计划|打算|思路)(?:那个|这个)|(?:明年|下一年|下一?步|来年|今后)(?:要|准备|打算|想)(?:干|做|搞|弄|抓)的(?:事)?(?:那几条|那些|那几项|那几件|那块|那段|那部分|部分)`,
    ),
    // Round fifty-two: 「草稿里明年要干的那几条」 — what is to be done next year, pointed at, is the plan.
    label: () => "计划",
  },
  // 「成绩那部分」「工作成效那块」「主要做法那段」: the work done, 一、 as a whole.
  {
    re: new RegExp(`(?:取得的|全年的?|工作)?(?:成绩|成效|亮点|主要做法|开展情况)${PART_SUFFIX}`),
    label: () => "一、",
  },
  // 「稿子最后那块」「最后一部分」: the last part of the draft is 三、工作计划.
  { re: /最后(?:那|这|一)?(?:大?部分|块|段)/, label: () => "计划" },
];
/**
 * 科普那块、高企那部分、项目科那段: a section by a word of its name and a part word after it — also where
 * the draft is named first as the place (稿子里科普那段、总结里人才那部分).
 */
const NAMED_PART = new RegExp(
  `^(?:把|看看|看下|看一下|瞅瞅|给我看看?|我看看|再看看|还有|那个|另外)?(?:(?:初稿|草稿|稿子|总结|全文|这版|最新版)(?:里面|里头|里|中|的))?([\\u4e00-\\u9fff]{2,8}?)${PART_SUFFIX}`,
);
/** What may follow a bare section name for it to be the part spoken of: an instruction or a look. */
const SAID_ABOUT_PART =
  /^[，,\s]*(?:写|改|再|太|重写|重新|精|压|简|具体|突出|加|补|删|呢|看|给我|发|的?内容|能不能|要|不要|别|部分)/;
/** Words before a part word that name no section. */
const NOT_A_SECTION =
  /^(?:这|那|这个|那个|其他|其余|剩下|总结|草稿|稿子|全文|文档|前面|后面|上面|下面|中间|最后)/;

/**
 * In what is said about a part: an instruction to rewrite it — a word of length, tone or
 * substance, a judgement (太虚、笼统), or an imperative (把…放、要…、别写、加一条).
 */
const REWRITE =
  /短|长|精炼|精练|精简|简洁|简练|凝练|提炼|压|缩|删|去掉|砍|展开|扩|充实|补充|补|加|具体|量化|突出|强调|重写|重新|改|调整|换|写实|实一点|深|细|透|详|写得?[\u4e00-\u9fff]{1,2}(?:一点|一些|点儿?|些)|虚|空|笼统|单薄|啰嗦|冗长|口语|正式|大气|拔高|生动|条理|通顺|润色|优化|完善|不够|多写|少写|多列|少列|数据|套话|直接|对仗|措辞|语气|表述|提法|篇幅|字数|顺序|丰富|提高|提升|深刻|深入|体现|结合|增加|减少|亮点|特色|站位|高度|轻描淡写|太[\u4e00-\u9fff]|(?:^|[^不])要|不要|别|应该|需要|最好|能不能|能否|可不可以|把|放|挪|移|调|减|去|合并|拆/;
/**
 * A leader's check of a part's figures said after it (数字核一下、数据再核对一遍、数对一下、金额查一下): a review
 * request, as 「把…数字核一下」 already was — not a report (trial40b: 「高企那块的数字核一下」 was asked 记为填报吗).
 */
const FIGURES_CHECKED = /^(?:里面?的|中的|的)?(?:数字|数据|数|金额|人数)(?:都|再|全部|还)?(?:核|对|查|校)/;
/**
 * A whole part moved among the others, said bare by a leader (存在问题放到计划后面、计划那部分挪到最前面): a review
 * instruction (the drafting side answers that the parts keep the 公文 order) — without 把 it had been guessed 查看草稿.
 */
export const PART_MOVED =
  /^(?:把|将)?(?:存在的?问题|问题|不足|(?:明年|下一年|来年)?的?(?:工作)?计划|开头|开篇)(?:那|这)?一?(?:大?部分|块|段)?(?:放|挪|移|调|搬|提)(?:到|在|至)?[\u4e00-\u9fff]{0,4}?(?:前面|前头|后面|后头|最前|最后|末尾|第一)/;
/** The verb of rewriting alone at the head of what is said (重写一下、重新写下、改一下), before the instruction. */
const REWRITE_VERB =
  /^[，,\s]*(?:重写|重新写|重新弄|重弄|改写|改|再写|再弄)(?:一下|下|一遍|一次|一哈)?(?:吧|啊)?(?:[，,\s]+|$)/;
/** What asks for a change, after a part and a colon: 要、应、需、再、别、不要、能不能、把. */
const ASKS_FOR = /要|应|需|再|别|能不能|能否|把|请|改|写/;
/** Putting something into a part: 写上、写进去、列出、补上、点出、提一下. */
const WRITE_IN = /写(?:上|进|明|清|出)|列(?:上|出)|补上|加上|点出|提到|提一下|体现出/;
/** What is said about a part that only asks to see it: 给我看下、发来看看、写的啥、呢. */
const VIEW_ONLY =
  /^(?:给我|发我|发来|发给我|帮我|我|再|先)*(?:看|瞅|瞧|念|打开|调出|发|过一?眼|过目)[^，,。]{0,5}$|^(?:给|发给|转给)(?:局长|副局长|[\u4e00-\u9fff]{1,3}(?:局长|主任|科长))(?:发|转|看|瞅)?(?:一下|下|看看|过去)?$|^(?:呢|的?内容|(?:是)?(?:咋|怎么|怎样|如何|咋个)写的|写的啥|写了啥|写的什么|写了什么|写[得的]?怎么样|写[得的]?(?:什么|啥|啥子)样子?|写[得的]?咋样|写[得的]?如何|怎么样|咋样|如何|写(?:成|到)(?:啥|什么|怎么|哪)(?:样子?|程度|地步|一步)?|写到哪儿?(?:了|啦)?)(?:了|啊|呀)?$/;
/** A part passed as it stands: 没问题、可以了、通过. */
const PART_PASSED = /^(?:没问题|可以了?|通过|过了|行了?|ok)(?:了|吧|啊)?$|^(?:就|可以)?通过(?:了|吧|啊)?$/;

/** A question about what a part says: 对吗、准不准、是不是、有没有、对吧、？, any A-not-A (靠不靠谱), 属实不. */
export const ASKS_ABOUT =
  /[吗嘛么][?？。]*$|[?？]$|对不对|准不准|准确吗|是不是|有没有|对吧$|哪来的|从哪|([\u4e00-\u9fff])不\1|(?:属实|准确|真实|可靠|靠谱|站得住脚?)(?:不|没|没有|伐)[?？。]*$/;
/**
 * …but asked as a request to change it: 能不能写短点、可以改一下吗、帮我改… — not a state asked about
 * (「是不是写虚了」「改过没有」「写得咋样」) nor a look asked for (给我看看、帮我瞅瞅).
 */
export const ASKS_FOR_CHANGE =
  /能不能|可不可以|能否|可以|帮我(?![看瞅瞧瞄])|给我(?![看瞅瞧瞄发])|改(?!了|过|得)|写(?![得的了]|[一-鿿]了)|加|删|换|精炼|压缩|扩充|突出/;

/** 麻烦、能不能、先、把 before what is said about a part: the request's manner, not its content. */
function withoutLead(s: string): string {
  return s
    .replace(/^(?:麻烦|劳驾|请|你|帮忙|帮我|给我|先|赶紧|快|到底|究竟|现在|目前)*(?:把|将)?/, "")
    .replace(/^(?:初稿|草稿|稿子|总结|全文|这版|最新版)(?:里|中|里面|里头|的)?[，,]?/, "")
    .replace(/^的/, "");
}

const CLAUSE_EDGE = /[，,。！!？?；;\s~～]/;
/** What may follow a look asked for: thanks, a hurry, a particle. */
const VIEW_TAIL = /^(?:谢谢|多谢|辛苦了?|谢了|快点|尽快|急|着急|哈|啊|吧|呀|[，,。！!\s~～])*$/;

/** Whether the clause naming the part asks only to see it, and nothing after it asks more. */
function viewsOnly(norm: string, named: { at: number; length: number }): boolean {
  const before = norm.slice(0, named.at);
  const after = norm.slice(named.at + named.length);
  const starts = Math.max(...[...before].map((c, i) => (CLAUSE_EDGE.test(c) ? i + 1 : 0)), 0);
  const ends = [...after].findIndex((c) => CLAUSE_EDGE.test(c));
  const own = withoutLead(clean(before.slice(starts) + (ends < 0 ? after : after.slice(0, ends))));
  const tail = ends < 0 ? "" : after.slice(ends);
  // 「科普那块写得咋样，给我瞧瞧」: a look asked again in the next clause asks nothing more.
  const more = tail.split(CLAUSE_EDGE).filter((c) => c !== "" && !VIEW_TAIL.test(c));
  return own !== "" && VIEW_ONLY.test(own) && more.every((c) => VIEW_ONLY.test(withoutLead(clean(c))));
}

/** A part left as it stands before 通过 or 锁定 (就这样、没问题): said of it, nothing asked. */
const AS_IT_STANDS =
  /^(?:这块|这段|那块)?(?:就这样|这样就行|这样可以|没问题|没啥问题|没什么问题|写得?不错|挺好|写[得的甲到嘞]?(?:真|很|挺|蛮|老|贼|好|特别|非常)?(?:好势|好|不错|漂亮|板正|到位|精彩)(?:好)?)(?:了|吧|啊|咯|哦|嘛|啦)*/;
/**
 * review56: after the praise, that nothing need change (不用改、毋免改→不免改、莫改了、别动了、唔使改→不用改): the part passed as
 * it stands (通过), never read as an instruction to rewrite it (「写甲真好 毋免改」 went to 重写 with 「写甲真好」); the praise
 * alone (「第三部分写得真好势」) too, as 「这块没问题」 is.
 */
const NO_CHANGE = /^(?:不用|不免|莫|别|甭|不要|无需|不必|毋须)(?:再)?(?:改|动)(?:了|啦|咯|吧|啊)*$/;
/** Words about the writing itself (写、改、补、删、精炼…): an instruction, even beside a figure. */
const WRITING_WORD = /写|(?<!整)改|加上|补|删|去掉|突出|精炼|压缩|展开|提一下|放前面|放后面/;
/** One's own document written, done (写好、写完、改好了) — no instruction about the draft's part. */
const DONE_WRITING = /(?<![少漏多错再重])(?:写|改)(?:好|完|出来)(?=了|交|报|发|上|$)/g;
/** A request or a judgement of the part (再、一点、太、要、别、把、重新、能不能、应该). */
const ASKS_OR_JUDGES =
  /再|一点|一些|点儿|太|要|别|把|重新|能不能|能否|应该|得(?:很|不)|不够|[少多短长虚空散乱]了/;

/** Every clause of what follows the part word tells of work done (a verb, then 了), none asks or judges. */
function allDone(rest: string): boolean {
  if (ASKS_OR_JUDGES.test(rest)) return false;
  const clauses = rest.split(/[，,。；;！!\s]+/).filter((c) => c !== "");
  return clauses.length > 0 && clauses.every((c) => [...c].length >= 4 && /[\u4e00-\u9fff]了/.test(c));
}
/** 锁定吧、锁住、别再动了: the part kept as it is through the next regeneration. */
const PART_LOCKED = /^(?:锁定|锁住|锁上|锁一下|固定下来|别再?动了?|不要再?动了?)(?:了|吧|啊|一下)?$/;

/**
 * After a part named, the leader's own text for it: a word of replacing or supplying (换成、改成、替换、
 * 用这个、照我这个来、我自己写了、贴进去) before a colon or a line break, then the text (8 characters or
 * more, so 「改成：简洁点」 stays an instruction).
 */
const OWN_TEXT =
  /^[^：:\n]{0,20}?(?:换成|改成|改为|替换|用(?:我|下面|以下|这)|照(?:我|下面|以下|这)|按(?:我|下面|以下)(?:这|的)|贴(?:进去|上去|上)|我(?:自己)?(?:重新)?写了)[^：:\n]{0,12}(?:[：:\n]|(?<=替换掉?|如下|这段|这几句|下面的?)[，,\s])\s*([^\n]{8,}[\s\S]*)$/;

/** A leader's own text for a part named (OWN_TEXT): 改写 that part with it, however long. */
export function ownPartText(norm: string, ctx: IntentContext): Found | undefined {
  const named = ctx.leader ? partIn(norm, ctx) : undefined;
  if (!named || named.at > 8) return undefined;
  const own = OWN_TEXT.exec(norm.slice(named.at + named.length));
  return own?.[1] ? { command: "改写", args: `${named.label} ${own[1].trim()}` } : undefined;
}

/** A part of the draft named, and what is said about it. */
/**
 * The part of the draft of the period said (上半年那版的问题部分); the plan is next year's by what it is, so 明年 said of
 * it (明年要干的那几条) names no draft of another period (round fifty-two).
 */
export function withPeriod(part: Found, period: string): Found {
  if (
    !period ||
    part.args.includes(period) ||
    (part.args === "计划" && /^(?:明年|来年|下一年)$/.test(period))
  )
    return part;
  return { ...part, args: `${period} ${part.args}` };
}

export function partRequest(norm: string, ctx: IntentContext): Found | undefined {
  const named = partIn(norm, ctx);
  if (!named) return undefined;
  // 「问题部分：资金不够，人手短缺」: a part word as the label of a report (an admin reporting), not
  // an instruction — unless what follows the colon asks for something.
  const after = norm.slice(named.at + named.length);
  // 「计划部分换成这几句：…」「开头那段照我这个来：…」「（二）用下面这段替换\n…」: a leader's own text
  // for the part, to put in as written (改写), not an instruction to redo it (重写).
  const own = ownPartText(norm, ctx);
  if (own) return own;
  if (/^\s*[:：]/.test(after) && (hasFigure(after) || !ASKS_FOR.test(after))) return undefined;
  // 「去年那版的计划部分给我看下」: the period and the version named before the part say whose part it is.
  const remainder = clean(norm.slice(0, named.at) + norm.slice(named.at + named.length)).replace(
    new RegExp(`^(?:${PERIOD_WORDS})?(?:的)?(?:那|这)?(?:一)?(?:版|份|稿(?!子))?的?(?:，)?`, "i"),
    "",
  );
  // 「稿子最后那块 明年打算那个 给我看看」: the same part named twice says no more than once.
  const again = partIn(remainder, ctx);
  const rest = withoutLead(
    again && again.label === named.label
      ? clean(remainder.slice(0, again.at) + remainder.slice(again.at + again.length))
      : remainder,
  );
  // 「（二）这块没问题 通过吧」「开头就这样，锁定吧」: the part passed or locked as it stands.
  const said = rest.replace(/[，,。！!\s]|\p{Extended_Pictographic}|\u{FE0F}/gu, "");
  const verdict = said.replace(AS_IT_STANDS, "");
  if (ctx.leader && PART_LOCKED.test(verdict)) return { command: "锁定", args: named.label };
  if (
    PART_PASSED.test(said) ||
    (verdict !== "" && (PART_PASSED.test(verdict) || NO_CHANGE.test(verdict))) ||
    (said !== "" && verdict === "")
  )
    return { command: "通过", args: named.label };
  // A bare part name from staff (「第三部分」) is no request: it may head a report.
  if (rest === "" && !ctx.leader) return undefined;
  if (rest === "" || VIEW_ONLY.test(rest)) return { command: "查看草稿", args: named.label };
  // 「唉 又要开会 先把开头那段给我瞅瞅」: the part's own clause only asks to see it; a sigh or a
  // greeting before it, a thank-you after it, ask nothing of the draft.
  if (ctx.leader && viewsOnly(norm, named)) return { command: "查看草稿", args: named.label };
  // 「第四部分的数据对吗」: a question about the part is answered by showing it with its sources —
  // never taken as an instruction to rewrite (「能不能写短一点？」 still asks for a rewrite).
  if (ASKS_ABOUT.test(rest) && !ASKS_FOR_CHANGE.test(rest)) return { command: "查看草稿", args: named.label };
  // 「安全生产这块，消防设施全部检测了，换了灭火器20具」 (an admin who may also use leaders' commands): a part
  // word heading work done with its count, and no word of writing, is a report, not an instruction.
  // 「党建这块 整理了今年支部的台账 意识形态工作报告也写好交上去了」: without a count too, when every clause is done
  // (…了) and the only writing is one's own document written (写好、写完), asking nothing (再、一点、太、要、别).
  if (!WRITING_WORD.test(rest.replace(DONE_WRITING, ""))) {
    if (/(?<=[\u4e00-\u9fff])了/.test(rest) && (hasFigure(rest) || allDone(rest))) return undefined;
    // 「综合那块今年组织安全生产检查6次，整改隐患23处」: work written the 公文 way, counts and no 了, asking and
    // judging nothing (再、要、一点、太、应该…), is a report too — 整改's 改 is no word of writing.
    if (hasFigure(rest) && !ASKS_OR_JUDGES.test(rest)) return undefined;
  }
  // 「高企那块把新增的几家写上」: the 把 construction is itself an instruction.
  // 「计划那部分重写一下 要写具体时间」: the verb of rewriting is the command, not part of the instruction (trial34: the offline
  // reply said it had not done 「重写一下」).
  // 「高企那块的数字核一下」 from a leader: the part's figures to be checked, with or without 把 (trial40b).
  if (
    REWRITE.test(rest) ||
    /^(?:把|将)/.test(remainder) ||
    WRITE_IN.test(rest) ||
    (ctx.leader && FIGURES_CHECKED.test(rest))
  ) {
    const instruction = rest.replace(REWRITE_VERB, "").trim();
    return { command: "重写", args: instruction ? `${named.label} ${instruction}` : named.label };
  }
  return undefined;
}

/**
 * 「数字核一下」「数据再核对一遍」「稿子里的数都核一下」 from a leader with nothing else said (leader41): the draft's figures to be
 * checked — 重写 answers with each figure and its report (figure-check.ts) and changes nothing. It had been asked back as a
 * report (这读起来是还没做的事) or as which thing was meant. Staff saying it are checking their own reports: not this.
 */
const WHOLE_FIGURES_CHECKED =
  /^(?:把|帮我把|你把)?(?:(?:稿子|草稿|初稿|总结|全文)(?:里面?|里头|中)?的?)?(?:数字|数据|数)(?:都|再|全部|还)?(?:核对|核实|核查|核|对|查|校对|校核)(?:一下|一遍|下|一核|一对|对)?(?:吧|哈|啊)?[。！!]*$/;

export function figuresCheckedWhole(norm: string, ctx: Pick<IntentContext, "leader">): Found | undefined {
  return ctx.leader && WHOLE_FIGURES_CHECKED.test(norm) ? { command: "重写", args: norm } : undefined;
}

export function partIn(
  norm: string,
  ctx: Pick<IntentContext, "sections">,
): { label: string; at: number; length: number } | undefined {
  for (const { re, label } of PLACE_PARTS) {
    const m = re.exec(norm);
    if (!m) continue;
    const inner = sectionWithin(norm.slice(m.index + m[0].length), ctx.sections);
    if (inner && /^[第（(]/.test(m[0]))
      return { label: inner.label, at: m.index, length: m[0].length + inner.end };
    return { label: label(m), at: m.index, length: m[0].length };
  }
  // 「三、工作计划」「二、」 alone: a level-one heading (longer text so begun is a pasted report).
  const heading = new RegExp(`^${N}、\\s*([^\\s，,。]{0,8})[?？。！!～~]*$`).exec(norm);
  if (heading) return { label: `${heading[1]}、`, at: 0, length: norm.length };
  const m = NAMED_PART.exec(norm);
  if (m?.[1] && !NOT_A_SECTION.test(m[1])) {
    // 「讲不足的那一段」「写计划的那部分」「说科普的那块」: the part that speaks of X is X's part (round fifty-one, b104).
    const word = m[1]
      .replace(/^(?:把|看看|看下)/, "")
      .replace(/^(?:讲|写|说|谈|关于|有关)(?=[\u4e00-\u9fff]{2})(.+?)的?$/u, "$1");
    const at = m.index + m[0].indexOf(m[1]);
    const kind = KIND_OF_PART.find(([re]) => re.test(word))?.[1];
    return { label: kind ?? sectionLabel(word, ctx.sections), at, length: m[0].length - (at - m.index) };
  }
  // 科普写具体点: a section's name or alias opening the message, followed at once by what is
  // said about it (not 「项目申报书…」, where the word begins something else).
  for (const s of ctx.sections)
    for (const w of [s.name, ...s.aliases].sort((a, b) => b.length - a.length))
      if (w.length >= 2 && norm.startsWith(w) && SAID_ABOUT_PART.test(norm.slice(w.length)))
        return { label: s.name, at: 0, length: w.length };
  return undefined;
}

/**
 * 「第二部分的科普那段太啰嗦了」 (round fifty-one, console trial): a part counted and then a section inside it — the section
 * is the part meant, however the leader counted (第二部分 was asked about as 二、存在的问题 or （二）, neither of which holds
 * 科普). Only when the words name one section of the roster; else the count stands.
 */
function sectionWithin(
  after: string,
  sections: ReadonlyArray<Pick<Section, "name" | "aliases">>,
): { label: string; end: number } | undefined {
  const lead = /^\s*(?:的|里的?|里面的?|中的?)?/.exec(after)![0].length;
  const m = NAMED_PART.exec(after.slice(lead));
  if (!m?.[1] || NOT_A_SECTION.test(m[1])) return undefined;
  const label = sectionLabel(m[1], sections);
  return sections.some((s) => s.name === label) ? { label, end: lead + m[0].length } : undefined;
}

/** A kind of part named as a topic (不足、计划): the part, not a section. */
const KIND_OF_PART: Array<[RegExp, string]> = [
  [/^(?:存在的?)?(?:问题和不足|问题|不足|短板|困难和问题)$/u, "问题"],
  [/^(?:明年|下一年|来年|下一?步)?的?(?:工作)?(?:计划|打算|安排|思路)$/u, "计划"],
  [/^(?:开头|开篇|导语|引言)$/u, "开头"],
];

/** A word of a section's name or alias as the full name (resolve-part.ts reads names); else the word. */
function sectionLabel(word: string, sections: ReadonlyArray<Pick<Section, "name" | "aliases">>): string {
  const w = word.replace(/科$/, "") || word;
  const hits = sections.filter(
    (s) =>
      s.name.includes(w) || s.aliases.some((a) => a === w || a === word || (a.length >= 2 && w.includes(a))),
  );
  return hits.length === 1 ? hits[0]!.name : word;
}

export const PERIOD_SAID = new RegExp(PERIOD_WORDS, "gi");

/** A figure of work; a period (2025年、前三季度), a version (v2、第3版) or 一个/一份/一版 is none. */
export function hasFigure(norm: string): boolean {
  return FIGURE.test(
    norm
      .replace(PERIOD_SAID, "")
      .replace(/v\s*\d{1,3}|第\s*\d{1,3}\s*版/g, "")
      // 看一眼、过一遍: a vague 一 of looking (眼 and 遍 count wells and rounds elsewhere).
      .replace(/一(?:个|份|版|稿|下|点|些|句|段)|(?<=[看瞅瞄瞧过])一(?:眼|遍)/g, "")
      // 这两天、最近两个礼拜、前几天: a recent stretch of time, as a period is none.
      .replace(/(?:这|近|最近|前|过去|这么)(?:一|两|几|三)(?:天|日|个?礼拜|个?星期|周|个?月)/g, ""),
  );
}

/** Fillers and particles around what remains of a request, and stray punctuation. */
export function clean(s: string): string {
  return s
    .replace(/[，,。！!～~、？?\s]+/g, "，")
    .replace(/^[，:：]+|[，:：]+$/g, "")
    .replace(/^(?:吧|啊|呀|哈|嘛|了)+|(?:吧|啊|呀|哈|嘛)+$/g, "")
    .replace(/^[，]+|[，]+$/g, "")
    .trim();
}
