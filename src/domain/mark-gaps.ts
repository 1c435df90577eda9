import { withoutNotes } from "./notes-to-self.js";

/**
 * Figures staff do not have yet, as the visible placeholder the seed documents use (「全年新发展
 * 中药材X万亩」): 「全社会研发投入数据统计局还没出」 → 「全社会研发投入×元」, 「授权发明专利具体数字回头补」
 * → 「授权发明专利×件」, 「入库若干家」 → 「入库×家」. The reviewer fills the 「×」 in; the draft never
 * guesses a number, and a figure not yet known is neither a problem nor a plan.
 *
 * The unit is only what the noun itself fixes: its measure word (enterprises in 家, patents in 件),
 * % for a rate, and 元 for money — never a magnitude staff did not say (the reviewer writes 「1200万」
 * over the 「×」: 「1200万元」). When the noun says nothing about its unit, the placeholder is a bare 「×」.
 * Notes the author left to self (「具体名称待核」, notes-to-self.ts) go with the gaps.
 */

/** What says the figure is not known yet (after the noun it counts). */
const NOT_YET =
  "(?:暂时|目前|现在|眼下|一时)?(?:(?:还)?没(?:有)?反馈|还没给|还没报上来|还没下来|还不确定|(?:要|得|还要|还得|需要)?等[\\u4e00-\\u9fff]{1,6}?(?:通知|反馈|回复|公布|确认)|回头[\\u4e00-\\u9fff]{0,6}?再(?:报|补|统计|算)|(?:还|暂|尚)?没(?:有)?出(?:来)?|尚未出(?:来)?|(?:还|尚)?(?:没|未)(?:有)?(?:统计|汇总|核实|核对|算)(?:出来|完|好|清楚)?|还没算出来|待统计|正在统计|还在统计|在统计|统计中|待核实|待定|暂缺|回头(?:再)?(?:补|统计|核实|算)|待补(?:充)?|后补|之后(?:再)?补|过后(?:再)?补|还不清楚|还不知道|不清楚|说不准)(?:中|呢)?";
/** Nouns a figure is stated for, with the unit a 公文 writes after the placeholder. */
const UNITS: Array<[RegExp, string]> = [
  [/(?:投入|资金|金额|交易额|成交额|产值|收入|投资|经费|销售额|营收|税收|补贴|奖补|额)$/u, "元"],
  [/(?:率|占比|比例|比重|强度|增速|增幅)$/u, "%"],
  [/(?:企业|公司|单位|机构|合作社)$/u, "家"],
  [/(?:专利|论文|标准|证书|案件)(?:授权|申请)?(?:量|数)?$/u, "件"],
  [/人次$/u, "人次"],
  [/(?:人才|人员|专家|特派员|人数)$/u, "名"],
  [/(?:群众|农民|观众|听众|游客|学员|受益)$/u, "人次"],
  [/(?:项目|成果|合同|课题|鉴定|登记|立项)$/u, "项"],
  [/面积$/u, "亩"],
  [/(?:团队|平台|基地|站|中心|园区|空间|天地)$/u, "个"],
];
const NOUN_END = new RegExp(`(?:${UNITS.map(([re]) => re.source.replace(/\$$/u, "")).join("|")})$`, "u");
const MEASURE = "(?:数据|数字|数|总数|金额|人数|情况|统计)";
/** 「具体多少人」「具体几个」: how many, with the unit it would be counted in. */
const HOW_MANY = "(?:具体)?(?:有)?(?:多少|几)(人次|[个家项名件次场人户位篇份座所])?";
/**
 * Who the figure waits on: 统计局那边、上面, or any office right after the figure's noun
 * (「受益人数卫健局那边还没统计出来」).
 */
const AGENCY = `(?:统计局|统计部门|上面|省里|市里|县里|系统里|各乡镇|各村|(?<=${NOUN_END.source.replace(/\$$/u, "")}|${MEASURE})[\\u4e00-\\u9fff]{1,4}?(?:局|委|部门|中心|站|所|办))`;
const GAP = new RegExp(
  `^([\\u4e00-\\u9fffA-Za-z&]{2,18}?)(?:的)?(?:具体)?(?:的)?(?:这个|那个)?(${MEASURE})?(?:${HOW_MANY})?(?:的话)?[，,]?${AGENCY}?(?:那边)?(?:的)?(?:数据|数字)?(?:也)?${NOT_YET}(?:呢|啊|哈|吧)*(?:[，,]|$)`,
  "u",
);
/** A clause about the figure of the clause before it: 「这个数省里还没反馈」「具体几个等教育局通知」. */
const DETAIL = new RegExp(
  `^(?:但|不过|但是)?(?:具体)?(?:的)?(?:这个|那个)?(?:${MEASURE}|${HOW_MANY})?${AGENCY}?(?:还)?${NOT_YET}(?:呢|啊|哈|吧)*$`,
  "u",
);
/** A count said vaguely, to be given later: 好几个、几家、一些. */
const VAGUE = /(?:好几|几|若干|一些|不少)(人次|[个家项名件次场人户位篇份座所])(?![\u4e00-\u9fff]*\d)/u;
/** 「若干家」「若干个」: a count staff did not give. */
const SOME = /若干(?=个|家|项|名|件|次|场|所|处|户|人|座|条|批|套|台|期|亩|万|亿|元|位|篇|本|份)/gu;
/** A noun that is only the word for a figure (「数字待定」): nothing to put a placeholder after. */
const ONLY_MEASURE = /^(?:这个|那个|具体的?)?(?:数|数字|数据|金额|情况)?$/u;

/** Emoji say nothing of the figure (「还在统计😅」). */
const EMOJI = /\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu;
const bare = (clause: string) => clause.replace(EMOJI, "").trim();

function unitOf(noun: string): string {
  return UNITS.find(([re]) => re.test(noun))?.[1] ?? "";
}

/**
 * The placeholder a clause stands for when it says a figure is not known yet, or undefined when
 * the clause says something else (「补贴还没到位」 is a problem, not a missing figure).
 */
export function gapPlaceholder(clause: string): string | undefined {
  const t = bare(clause);
  const m = GAP.exec(t);
  if (!m) return undefined;
  const noun = (m[1] as string).replace(/(?:的|具体)+$/u, "").replace(/^具体(?:的)?/u, "");
  const rest = t.slice(m[0].length);
  if (noun.length < 2 || ONLY_MEASURE.test(noun)) return undefined;
  // 「具体多少户受益还在统计」: how many said before the noun counts it in its own unit (受益×户).
  const asked = /^(?:有)?(?:多少|几)(人次|[个家项名件次场人户位篇份座所])([\u4e00-\u9fff]{2,})$/u.exec(noun);
  if (asked && rest.replace(/[，,。；;\s]/gu, "") === "") return `${asked[2]}×${asked[1]}`;
  // 「研发投入数据还没出」 names what the figure counts; 「项目结果还没出来」 does not.
  if (!NOUN_END.test(noun) && !m[2] && !m[3] && !/多少|几/u.test(m[0])) return undefined;
  if (rest.replace(/[，,。；;\s]/gu, "") !== "") return undefined;
  // 「参会人数数据还没出」: the count of people keeps its word (参会人数×人), as a 公文 writes it.
  if (m[2] === "人数" && !m[3]) return `${noun}人数×人`;
  if (m[2] === "金额" && !m[3]) return `${noun}金额×元`;
  const unit = m[3] ?? (unitOf(noun) || unitOf(`${noun}${m[2] ?? ""}`));
  return `${noun}×${unit}`;
}

/** A clause with its figure not known yet: the placeholder goes where the count was or after the noun. */
function withPlaceholder(clause: string, detail: string): string | undefined {
  if (clause.includes("×")) return undefined;
  const vague = VAGUE.exec(clause);
  if (vague) return clause.replace(vague[0], `×${vague[1]}`);
  if (/\d|[一二两三四五六七八九十百千万]+(?:个|家|项|名|件|次|场|人)/u.test(clause)) return undefined;
  const unit = /(?:多少|几)(人次|[个家项名件次场人户位篇份座所])/u.exec(detail)?.[1];
  if (!NOUN_END.test(clause) && !unit) return undefined;
  return `${clause}×${unit ?? unitOf(clause)}`;
}

/** Where clauses meet: a stop or comma, or the space chat puts there (「跑了8个乡镇 受益群众…」). */
const CLAUSE_EDGE = /([，,；;。！？!?\n]|(?<=[\u4e00-\u9fff\d%])[ \t\u3000]+(?=[\u4e00-\u9fff]))/u;

/**
 * A text with every missing figure written as its placeholder (see module comment); a clause that
 * only says the figure before it is not known yet goes, leaving the placeholder in its place.
 */
export function markGaps(text: string): string {
  const pieces = withoutNotes(text).replace(SOME, "×").split(CLAUSE_EDGE);
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = (pieces[i] ?? "").trim();
    const own = gapPlaceholder(clause);
    if (own !== undefined) {
      pieces[i] = own;
      continue;
    }
    if (!clause || !DETAIL.test(bare(clause))) continue;
    const before = i >= 2 ? withPlaceholder(pieces[i - 2] ?? "", clause) : undefined;
    if (before !== undefined) pieces[i - 2] = before;
    // The clause itself goes with the separator before it.
    pieces[i] = "";
    if (i >= 1) pieces[i - 1] = "";
  }
  return pieces.join("");
}

/** A placeholder with the words before it: 「研发投入×万元」「R&D投入强度×%」. */
const PLACED = /[\u4e00-\u9fffA-Za-z&]{0,12}×[\u4e00-\u9fff%]{0,2}/gu;

/**
 * Whether a clause only says a figure is not known yet — of its own noun (「研发投入数据统计局还没出」)
 * or of the clause before it (「…培训农民好几批，具体多少人次等乡镇反馈」「…成交额还没汇总完，回头补」).
 * Such a clause is work whose figure is to come, not a problem and not a plan: the draft writes its
 * placeholder (「×」) where the figure goes, and the staff card shows it as 待补.
 */
export function saysFigureGap(clause: string, before?: string): boolean {
  const t = bare(clause).replace(/[，,。；;！!\s]+$/u, "");
  if (gapPlaceholder(t) !== undefined) return true;
  if (!DETAIL.test(t) || before === undefined) return false;
  const b = before.trim().replace(/[，,。；;！!\s]+$/u, "");
  return gapPlaceholder(b) !== undefined || withPlaceholder(b, t) !== undefined;
}

/** Placeholders markGaps writes into a text (none for a text already holding its 「×」), in order. */
export function gapsIn(text: string): string[] {
  const marked = markGaps(text);
  if (marked === text) return [];
  const before = new Set(text.match(PLACED) ?? []);
  return (marked.match(PLACED) ?? []).filter((g) => !before.has(g));
}

/**
 * A sentence without its clauses that only say a figure is not known yet (「经费紧张，研发投入数据
 * 还没出」 → 「经费紧张」); "" when that is all it says. The text is returned as it was when it has no gap.
 */
export function withoutGaps(text: string): string {
  if (gapsIn(text).length === 0 && markGaps(text) === text) return text;
  return markGaps(text)
    .split(CLAUSE_EDGE)
    .filter((c, i) => i % 2 === 0 && c.trim() !== "" && !c.includes("×"))
    .join("，");
}
