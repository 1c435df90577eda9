import { passedWritten } from "./passed-written.js";
import { targetWithObject } from "./plan-target-object.js";
import { parseChineseNumber } from "../domain/chinese-number.js";
import { findFigures } from "../domain/figures.js";
import { plainNumerals } from "../domain/formal-numerals.js";
import { roughPercent } from "./rough-percent.js";
import { writtenYi } from "./spoken-yi.js";
import { writtenAmounts } from "./written-amounts.js";

/**
 * The offline drafter's last pass over a staff clause (after clean-chat.ts): what a 公文 editor
 * would fix without asking anyone. Chat topic tags (「成果转化那边，」「人才这块，」) go; counts and
 * amounts are written in Arabic digits as GB/T 15835 and 公文 practice want (一千二百万元 →
 * 1200万元, 百分之十五 → 15%, 叁佰余户 → 300余户; 万 and 亿 kept); two unambiguous typos are put
 * right (再 for 在 before a place or a time, 的 for 得 before a degree complement); a few spoken
 * words take their written form (给…培训 → 为…培训, 帮 → 帮助, 效果良好的 → 效果良好).
 *
 * A figure's value never changes: numerals are rewritten only where the figure scanner reads a
 * figure, from the value it read; anything vague (十来个, 三四家, 几十人) or fixed (一是, 第一,
 * 十四五, 一成) is left as written.
 */

// 叁佰余户 → 三百余户 (the figure scanner reads formal numerals the same way).
export { plainNumerals };

const CN = /[零〇一二两三四五六七八九十百千万亿]/u;

function digits(n: number): string {
  return String(Number.parseFloat(n.toPrecision(12)));
}

/** A Chinese numeral as Arabic digits, 万/亿 kept as the scale word; undefined when vague. */
export function arabicNumeral(num: string): string | undefined {
  if (!CN.test(num) || /[来几]/u.test(num)) return undefined;
  const value = parseChineseNumber(num);
  if (value === undefined) return undefined;
  if (/亿/u.test(num)) return `${digits(value / 1e8)}亿`;
  if (/万/u.test(num)) return `${digits(value / 1e4)}万`;
  return digits(value);
}

/** Every figure written with Chinese numerals, in Arabic digits (see module comment). */
export function arabicFigures(text: string): string {
  const plain = plainNumerals(text);
  let out = "";
  let at = 0;
  for (const f of findFigures(plain)) {
    const raw = plain.slice(f.start, f.end);
    // draft52: 八万几 (stored as said, domain/figure-number-tail.ts) is written as 8万几 was, 几 after the scale kept.
    if (!CN.test(raw) || /[来成]|几(?<![百千万亿]几)|几./u.test(raw) || f.start < at) continue;
    // 「胸痛、卒中两个中心」: a count that sums the list before it is written in words.
    // (「省级3家、市级九家」 is a list of counts: each is a figure of its own.)
    const lead = plain.slice(Math.max(0, f.start - 10), f.start);
    if (
      /、[^\d、，,。；;等]{1,4}$/u.test(lead) &&
      !/[\d零一二两三四五六七八九十百千万](?:个|家|项|名|场|期|次|座|所|处|户|亩|批|条|支|套|台|人|件)、[^\d、，,。；;等]{1,4}$/u.test(
        lead,
      )
    )
      continue;
    const pct = /^(百分之|千分之)(.+)$/u.exec(raw);
    let written: string | undefined;
    if (pct) {
      const n = arabicNumeral(pct[2] as string) ?? (/^[\d.]+$/u.test(pct[2] as string) ? pct[2] : undefined);
      if (n !== undefined) written = `${n}${pct[1] === "百分之" ? "%" : "‰"}`;
    } else {
      // The scale words right after the digits belong to the numeral: 两亿三千|万元.
      const scale = /^[万亿]*/u.exec(plain.slice(f.numEnd, f.end))?.[0] ?? "";
      const num = plain.slice(f.numStart, f.numEnd) + scale;
      // 一家企业, 一次会议: a lone 一 is as often an article as a count, and is left alone.
      // 「孵化器一个，」: after its noun and before a stop, 一个 is a count.
      const counted =
        /[\u4e00-\u9fff]$/u.test(plain.slice(0, f.start)) &&
        /^(?:[，,。；;！？!?、\s]|$)/u.test(plain.slice(f.end));
      const n = /^[一壹]$/u.test(num) && !counted ? undefined : arabicNumeral(num);
      if (n !== undefined)
        written = `${plain.slice(f.start, f.numStart)}${n}${plain.slice(f.numEnd + scale.length, f.end)}`;
    }
    if (written === undefined) continue;
    out += text.slice(at, f.start) + written;
    at = f.end;
  }
  return writtenYi(roughPercent(out + text.slice(at)));
}

/** Words that make a topic tag a place or a body (县医院那边) rather than a line of work. */
const BODY = /县|市|镇|乡|村|院|局|厂|公司|企业|学校|中心|站|所|委|办/u;
/** 「成果转化那边，」「人才这块：」 at the head of a clause. */
const TAG =
  /(^|[。；;，,！？!?\n])\s*([\u4e00-\u9fff]{1,8}?)(?:那边|这边|那块|这块|这一块|那一块)(?:的工作|工作|的话)?(?:呢|嘛|啊|吧)?(?:[，,：:。；;]+|(?=$))/gu;

/**
 * Chat topic tags out: a tag that names a line of work says what the section heading already says
 * and goes; one that names a place or a body (县医院那边) becomes 「县医院方面，」.
 */
export function dropChatTags(text: string): string {
  return text
    .replace(TAG, (_m, lead: string, what: string) => (BODY.test(what) ? `${lead}${what}方面，` : lead))
    .replace(/^[，,；;。\s]+/u, "");
}

/**
 * A place or a body named after 再 (「再县一中开展」「再城南物流园召开」「再革命纪念馆开展」): it ends in
 * a place word and does not start with a verb, a numeral or a pronoun (「再建一个站开展」 is again).
 */
const BODY_PLACE =
  "(?![一二两三四五六七八九十几次建到去赴把将对为向给开搞组举召推抓派增培投争申做完进加提扩选招引发出下回来过接送办修改看查用找跑走讲说报写学请续干弄整补造种养买卖拿想要也还就都这那每]|新[建增开设]|实[施行现]|会同|上[门报级])" +
  "(?:[县市省镇乡村]里|[\\u4e00-\\u9fff]{1,8}?(?:镇|乡|村|县|市|区|街道|社区|园区|园|基地|会议室|礼堂|广场|小学|中学|一中|二中|三中|中专|大学|学院|学校|幼儿园|医院|卫生院|卫生室|纪念馆|博物馆|图书馆|文化馆|科技馆|体育馆|展馆|中心|试验田|示范田|农场|林场|厂|公司|大厅|会场|党校|服务站|敬老院|市场|工地|车间|窗口|超市|商场|码头|车站|小区|集市|景区))";
/** What is done at a place (再…开展、再…检查): the verb after the place that makes 再 a typo for 在. */
const AT_PLACE =
  "(?:开展|召开|举办|举行|组织|进行|检查|查|搞|办|开|调研|走访|宣讲|讲|授课|培训|设立|设|布置|启动|发放|签订|观摩|参观|参加|实施|推广|示范|试种|慰问|义诊|集中|对|为|给|向|与|范围|全面|共|期间|现场|，|,|、)";
const TIME = "(?:\\d{1,2}月|\\d{4}年|上半年|下半年|年底|年初|月底|月初|期间|节前|节后|会上)";
const DEGREE = "(?:很|非常|十分|比较|较为|特别|相当|更加|越来越)";
const ADJ = "(?:好|快|扎实|顺利|到位|出色|圆满|细致|认真|及时|有序|有力|充分|突出|生动|精彩|详细|透彻|深入)";
/** Words that close a clause with a stray 得 for 的 (「反响良好得。」「效果挺好得」). */
const END_ADJ = "(?:好|良好|不错|满意|热烈|顺利|圆满|成功|扎实|到位|积极|明显|显著|突出|踊跃|火爆|热情)";

/** Unambiguous typos, fixed where the reading is certain; nothing near a figure changes. */
const TYPOS: Array<[RegExp, string]> = [
  // 再县一中开展… / 再3月份召开…: 再 ("again") cannot take a place or a time as its object.
  [new RegExp(`(?<![\\d现])再(?=${BODY_PLACE}${AT_PLACE})`, "gu"), "在"],
  [/(^|[，,。；;：:、]|我局|我们|全局)再(?=全县|全市|全镇|全乡|全区)/gu, "$1在"],
  [new RegExp(`(^|[，,。；;：:、])再(?=${TIME}(?:份)?[，,]?[\\u4e00-\\u9fff])`, "gu"), "$1在"],
  // 做的很好 / 开展的扎实: a verb's degree complement takes 得.
  [
    new RegExp(
      `(?<=(?:做|干|搞|开展|落实|完成|推进|组织|办|抓|执行|进行|准备|宣传|服务|讲|讲解|讲授|写|说))的(?=${DEGREE}?${ADJ}(?:[，,。；;！!]|$))`,
      "gu",
    ),
    "得",
  ],
  // 反响良好得。/ 效果挺好得，: a clause does not end in 得 (the spoken 的, which writing drops).
  [
    new RegExp(
      `(?<=${END_ADJ}|(?:较为|很|非常|十分|特别|比较)[\\u4e00-\\u9fff]{1,3})得(?=[，,。；;！!？?]|$)`,
      "gu",
    ),
    "",
  ],
];

/** Spoken words in the written register (conservative; never near a figure's digits). */
const REGISTER: Array<[RegExp, string]> = [
  // 举办培训班两期的效果很好得到群众好评 → 举办培训班两期，效果良好，得到群众好评.
  [/(?<=[期场次届批轮个])的(?=效果|反响|成效|反映)/gu, "，"],
  [/(?:很好|挺好|非常好|特别好|不错|蛮好)(?=得到|受到|赢得|获得)/gu, "良好，"],
  [/(?<=效果|反响|成效|反映)(?:很好|非常好|特别好|不错|蛮好)/gu, "良好"],
  [/(良好|明显|显著|满意|顺利|圆满|突出|扎实|到位)的(?=[。；;，,！!]|$)/gu, "$1"],
  [/(?<![帮])帮(?![助忙扶办])(?=[\u4e00-\u9fff\d])/gu, "帮助"],
  // 「带着5个特派员去…」: leading people along is 带领 in writing.
  [
    /带着(?=[\d一二两三四五六七八九十几]+(?:多|余|来)?(?:个|名|位)?[\u4e00-\u9fff]{0,6}?(?:员|专家|干部|党员|志愿者|老师|医生|学生))/gu,
    "带领",
  ],
  [
    /(?<=^|[，,。；;])给(?=[\u4e00-\u9fff\d]{1,12}?(?:培训|讲|宣讲|授课|上了?[\u4e00-\u9fff]{0,4}课|发放|送|开展|举办|提供|解决|办理))/gu,
    "为",
  ],
  // 够不够用 asks whether it is short (review40): it stays.
  [/太少了?|不太够|(?<!够)不够用/gu, "不足"],
  // 「场地有点小」 → 场地偏小, 「有点难」 → 较难; 「没法搞」 → 无法开展; 「还没到位」 → 尚未到位.
  [/有点(?:儿)?(?=[小少低弱慢紧差大多高远窄旧](?:[，,。；;！？!?]|$))/gu, "偏"],
  [/有点(?:儿)?(?=难)/gu, "较"],
  [/没法(?:搞|弄|干|办|开展)/gu, "无法开展"],
  [/去(?:搞|弄|办|干)(?=$|[，,。；;])/gu, "开展"],
  // 「把培训搞到每个村」 → 将培训延伸到每个村; 「60多个人参加」 → 60余人参加.
  [/(?:搞|弄|铺|办)到(?=每个|各个|每|各|全)/gu, "延伸到"],
  [/(?<=\d)多个人(?=参加|参与|参会|受训|听讲|到场|报名)/gu, "余人"],
  // 「经费也是个问题」 → 经费方面存在一定困难; 「人手紧」 → 人手紧张.
  // 「技术力量不强是个问题」: the shortfall already says the problem — 是个问题 goes.
  [
    /(?<=不够|不足|不强|不高|不到位|不规范|不完善|偏[小少低弱]|[紧少慢难差])(?:也|还)?是(?:个|一个)(?:大)?(?:问题|难题)(?=$|[，,。；;])/gu,
    "",
  ],
  [/(?:也|还)?是(?:个|一个)(?:大)?(?:问题|难题)(?=$|[，,。；;])/gu, "方面存在一定困难"],
  [/人手紧(?!张|缺)/gu, "人手紧张"],
  [/没法(?=[\u4e00-\u9fff])/gu, "无法"],
  [/还没(?:有)?(?=到位|落实|完成|出台|建成|启动|实施|解决|兑现|拨付|下达|验收|发放)/gu, "尚未"],
  [/案子/gu, "案件"],
  // 「办了科普培训5期」 → 举办科普培训5期: 办 of an event is 举办 in writing.
  [
    /(?<![举承主开创合申代兴查督包])办了(?=[\u4e00-\u9fff]{0,10}?(?:培训|讲座|活动|展览|展会|会议|大会|对接会|推介会|比赛|竞赛|大赛|论坛|课堂|学习班|培训班|夜校)(?:[\d一二两三四五六七八九十]|[，,。；;]|$))/gu,
    "举办",
  ],
  [
    /(?:做了|搞了)(?=[\u4e00-\u9fff]{0,10}?(?:辅导|培训|宣传|调研|检查|服务|指导|讲座|对接|排查)(?:[，,。；;]|$))/gu,
    "开展",
  ],
];

/** A space typed between words (where an emoji or a pause was) is a comma in writing. */
export function spacesAsCommas(text: string): string {
  return text.replace(/(?<=[\u4e00-\u9fff\d%])[ \t\u3000]+(?=[\u4e00-\u9fff])/gu, "，");
}

const COUNT_VERB =
  "新建|建成|建设|建|新增|增加|培育|引进|举办|开展|组织|完成|申报|认定|打造|创建|发展|培训|推广|实施|争取|修缮|修复|新修|修|改造|招引|选派|派驻|招聘|培养";
const MEASURE = "个|家|项|名|场|期|次|座|所|处|户|亩|批|条|支|套|台";
/** Counts of people: a plan may take its object back for these too (「再培训800人」), but a work clause saying 「培训800人」 is not flagged. */
const PEOPLE = "人次|人|位";

/**
 * 「明年计划再建3个」 lost its object in chat because the sentence before said it (「新建中药材示范基地
 * 4个」): the object comes back from `context` (the same message first, then the section's other
 * reports) when a clause there has the same verb and the same measure word. Failing that, a count of
 * people named in the context (「全县科技特派员42名」) names who a bare 「新选派10名」 counts. Nothing
 * is guessed when no such clause exists.
 */
/** Verbs that stand for the work said before them: 「明年再搞3个」「再弄两家」. */
const PRO_VERB = "搞|弄|整|干|做|办";
/** Spoken verbs of holding events (「办了5期」「搞了3场」「开了2次」), said in writing when a plan takes them back. */
const SPOKEN_WORK_VERB = "举办|开展|组织|办|搞|弄|整|开";
const WRITTEN_VERB: Record<string, string> = { 办: "举办", 搞: "开展", 弄: "开展", 整: "开展", 开: "召开" };
const writtenVerb = (v: string) => WRITTEN_VERB[v] ?? v;
/** An object said first must be a thing: a plan's or a time's words in it mean the clause is the plan itself. */
const PLAN_OR_TIME = /再|打算|准备|计划|争取|力争|明年|来年|今年|年底|下一步|要|想|还/u;
const bareCount = (units: string) =>
  new RegExp(
    `^((?:再|还要|要|力争|争取|计划|拟|将|并|继续|新)*)(${COUNT_VERB}|${PRO_VERB})([\\d.]+(?:多|余)?)(${units})$`,
    "u",
  );
const BARE_COUNT = bareCount(MEASURE);
const BARE_ANY = bareCount(`${PEOPLE}|${MEASURE}`);
/** Who a count of people is: 科技特派员、协管员、农技人员、专家、教师. */
const ROLE = /(?:员|师|专家|人才|干部|书记|医生|志愿者|特派员)$/u;

/** A clause that counts without saying what (「再建3个」「新增2家」). */
export function lacksObject(clause: string): boolean {
  return BARE_COUNT.test(clause);
}

function restoreClause(plan: string, context: string): string {
  const bare = BARE_ANY.exec(plan);
  if (!bare) return plan;
  const [, lead = "", verb = "", n = "", unit = ""] = bare;
  const count = `(?:[\\d.]+|[零〇一二两三四五六七八九十百千]+)(?:多|余)?${unit}`;
  // 「新建示范基地4个」「办了科普培训5期」 (the verb first), or 「科普培训办了5期」 (the object first).
  const saidVerbFirst = new RegExp(
    `(${COUNT_VERB}|${SPOKEN_WORK_VERB})(?:了|过)?([\\u4e00-\\u9fffA-Za-z\\d]{2,14}?)${count}`,
    "u",
  );
  const objectFirst = new RegExp(`([\\u4e00-\\u9fffA-Za-z]{2,10}?)(${SPOKEN_WORK_VERB})了?${count}`, "u");
  const countThenObject = new RegExp(
    `(${COUNT_VERB}|${SPOKEN_WORK_VERB})(?:了|过)?${count}([\\u4e00-\\u9fffA-Za-z]{2,8})$`,
    "u",
  );
  const proVerb = new RegExp(`^(?:${PRO_VERB})$`, "u").test(verb);
  const clauses = context.split(/[，,。；;！？!?\n]/u);
  for (const clause of clauses) {
    // A pro-verb (「再搞3期」) takes the verb of the work it stands for, with its object: the object
    // said first (「科普培训办了5期」) is looked for first, so 培训 there is not read as the verb.
    const o = proVerb ? objectFirst.exec(clause) : null;
    // Who did the work (我局、局里) is no object: 「我局今年弄了三场」 names none.
    const object = o?.[1]
      ?.replace(
        /^(?:今年|全年|上半年|下半年|本月|这个月|去年|我们|俺们|咱们|我局|局里|全局|本局|科里|共|累计|一共)+/u,
        "",
      )
      .replace(/(?:今年|全年|上半年|下半年|本月|这个月|去年|一共|共|累计|总共|也|都|又|还)+$/u, "");
    if (o && object && object.length >= 2 && !PLAN_OR_TIME.test(object))
      return `${lead}${writtenVerb(o[2] as string)}${object}${n}${unit}`;
    const m = saidVerbFirst.exec(clause);
    if (m && (proVerb || (m[1] as string).includes(verb.slice(-1))))
      return `${lead}${writtenVerb(m[1] as string)}${m[2]}${n}${unit}`;
    // 「弄了三场科普下乡」「办了6期培训班」: the object after its count, ending the clause.
    const a = countThenObject.exec(clause);
    if (a && (proVerb || (a[1] as string).includes(verb.slice(-1))) && !PLAN_OR_TIME.test(a[2] as string))
      return `${lead}${writtenVerb(a[1] as string)}${a[2]}${n}${unit}`;
  }
  if (!/^(?:名|人|位)$/u.test(unit)) return plan;
  const counted =
    /([\u4e00-\u9fff]{2,12}?)(?:[\d.]+|[零〇一二两三四五六七八九十百千]+)(?:多|余)?(?:名|人|位)(?!次)/u;
  const verbFirst = new RegExp(`^(?:${COUNT_VERB}|出动|参加|参与|接待|服务|带动|帮助|走访|慰问|动员)`, "u");
  for (const clause of clauses) {
    const who = counted
      .exec(clause)?.[1]
      ?.replace(/^(?:全县|全市|全区|全镇|全乡|全局|共有|现有|已有|累计|共|有)+/u, "");
    if (who && who.length >= 2 && ROLE.test(who) && !verbFirst.test(who))
      return `${lead}${verb}${who}${n}${unit}`;
  }
  return plan;
}

/** Each clause of a plan sentence that counts without an object gets it back (see restoreClause). */
export function restoreObject(plan: string, context: string): string {
  return plan
    .split(/(?<=[，,；;])/u)
    .map((c) => {
      const end = /[，,；;]$/u.exec(c)?.[0] ?? "";
      const bare = c.slice(0, c.length - end.length);
      const restored = restoreClause(bare, context);
      return (restored === bare ? moneyInYuan(targetWithObject(bare, context)) : restored) + end;
    })
    .join("");
}

/** The unambiguous typos put right (see TYPOS). */
export function fixTypos(text: string): string {
  let t = text;
  for (const [re, to] of TYPOS) t = t.replace(re, to);
  return t;
}

/** Typos, register and numerals, in that order (see module comment). */
export function writtenForm(text: string): string {
  let t = fixTypos(spacesAsCommas(text));
  for (const [re, to] of REGISTER) t = t.replace(re, to);
  // 「约三百来人」「约1500多人」: 来/多/余 already say the figure is an estimate; the 约 before it goes.
  t = t.replace(
    /(?:约|大约|大概)(?=(?:[一二两三四五六七八九十百千万]+来|[\d一二两三四五六七八九十百千万]+(?:多|余))(?:人次|人|个|家|户|名|场|次|所|项|份|本|套|亩|村))/gu,
    "",
  );
  // 「80来人」「20个出头」「1500人左右」「好几家」: rough amounts as a document says them (written-amounts.ts).
  return comparedInWriting(moneyInYuan(arabicFigures(writtenAmounts(passedWritten(t)))))
    .replace(/，{2,}/gu, "，")
    .replace(/，(?=[。；;])/gu, "");
}

/** Nouns that name an amount of money (成交额、资金、补贴…): a 万/亿 after them counts 元. */
const MONEY_NOUN =
  "成交额|交易额|销售额|营业额|总额|金额|资金|经费|投入|产值|收入|营收|税收|补贴|补助|奖补|奖励|奖金|贷款|融资|拨款|工资|捐款|善款|费用";

/**
 * 「成交额2.3亿」「补贴发了3.2万」: spoken money leaves 元 unsaid; a document writes 2.3亿元. Only after a
 * money noun, and never before another unit (「资金覆盖3万人」 keeps its count of people).
 */
export function moneyInYuan(text: string): string {
  return text.replace(MONEY_WITHOUT_YUAN, "$1元");
}
const MONEY_WITHOUT_YUAN = new RegExp(
  `((?:${MONEY_NOUN})[\\u4e00-\\u9fff]{0,4}?[\\d.]+(?:多|余)?(?:万|亿)(?:多|余)?)(?![元多余美日欧港人户亩吨册份件个株头只斤张套台次名家项平公千百\\d.])`,
  "gu",
);

/**
 * 「比去年多了两成」「比上年少了5家」: a comparison said in writing — a share grows (增长) or falls (下降), a
 * count is added (增加) or taken away (减少).
 */
function comparedInWriting(text: string): string {
  return text
    .replace(
      /(比[\u4e00-\u9fff\d]{1,10}?)多了(?=[\d一二两三四五六七八九十几.]+(?:成|个百分点|%|％))/gu,
      "$1增长",
    )
    .replace(
      /(比[\u4e00-\u9fff\d]{1,10}?)少了(?=[\d一二两三四五六七八九十几.]+(?:成|个百分点|%|％))/gu,
      "$1下降",
    )
    .replace(/(比[\u4e00-\u9fff\d]{1,10}?)多了(?=[\d一二两三四五六七八九十几])/gu, "$1增加")
    .replace(/(比[\u4e00-\u9fff\d]{1,10}?)少了(?=[\d一二两三四五六七八九十几])/gu, "$1减少");
}
