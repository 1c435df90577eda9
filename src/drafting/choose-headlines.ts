import { proseOfPasted } from "./pasted-layout.js";
import { findFigures } from "../domain/figures.js";
import type { Update } from "../domain/update.js";
import { cleanChat } from "./clean-chat.js";
import { plainNumerals } from "./polish-prose.js";
import { trimEnd } from "./document-labels.js";
import { sharesRun } from "./share-words.js";
import type { Material } from "./gather-material.js";
import { bareVerb } from "../conversation/card-label-topic.js";

/**
 * The year's headline figures, for the opening paragraph (offline) and the document prompt:
 * chosen by weight, not by date. Year totals (全年/累计/共…) come first, then money and rates,
 * then other counts; targets and problem figures are not achievements and are left out. Each
 * headline is the whole clause that holds the figure (「全年争取省级科技项目36项」), so the label
 * is never cut and the unit never lost.
 */
export type FigureKind = "achieved" | "target" | "problem";

export interface Headline {
  clause: string;
  /** The figure as written. */
  raw: string;
  weight: number;
  updateId: string;
  sectionId: string;
}

/** Words that mark a year-level total, each adding weight (全年累计 outweighs a bare 共). */
const TOTALS: Array<[RegExp, number]> = [
  [/全年|年度|今年以来/u, 3],
  [/累计|共计|总计|合计|总额|总量|总数|总投资/u, 3],
  [/共(?=[\u4e00-\u9fff]{0,8}\d)/u, 2],
];
const WIDE = /全县|全市|全区|全局/u;
const TARGET =
  /再把|再将|还要|力争|争取(?:达到|实现|完成|到)|计划|目标|任务(?:是|为|数)|预计|拟|将(?:要|于|在|继续|力争|新增|达到|完成)|明年|下一步|下半年|到\d{4}年/u;
const PROBLEM = /仅|只有|不足|不到|下降|减少|缺口|差距|滞后|偏低|短缺|困难|问题|未完成|没完成|欠/u;
const STRONG_TARGET = /再把|再将|任务(?:是|为)|目标(?:是|为)|力争|计划(?:是|为)/u;
/** Clause edges: punctuation, and a space typed for a comma between words (「1.2万份 问题是…」). */
const CLAUSE_SPLIT = /[，,；;。！？!?\n]|(?<=[\u4e00-\u9fff\d%])\s+(?=[\u4e00-\u9fff])/u;
/** A list number or 一是 at the head of a clause: no part of what the opening quotes. */
const LIST_MARK = /^(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,2})[)）、.．]|[一二三四五六七八九十]是)\s*/u;
/**
 * Words before a figure that do not say what it counts (「参加人员1500多人」「来了1500多人」「共」; lead55: 「总数达到47家」
 * after 「新认定了9家」 — a total of what the clause before names).
 */
const BARE_LEAD =
  /^(?:参加人员|参与人员|参训人员|参加|参与|参训|来了|到场|出席|共有|共计|共|计|累计|合计|总数|总量|总共|总计|达到|到了|达|约|有|其中|人数|人员|群众|吸引群众|受益群众)*$/u;

/** Kind of a figure: the extractor's `kind` when it set one, else read from the clause's words. */
export function figureKind(clause: string, recorded?: string): FigureKind {
  // Words that only a target says outweigh an extractor's "achieved" (「任务是筛查6000人」).
  if (STRONG_TARGET.test(clause)) return "target";
  if (recorded === "achieved" || recorded === "target" || recorded === "problem") return recorded;
  if (TARGET.test(clause)) return "target";
  if (PROBLEM.test(clause)) return "problem";
  return "achieved";
}

/** Bodies whose count is a result of the year's work (新培育龙头企业3家, 实施项目27个). */
const BODIES = /企业|项目|平台|基地|龙头|合作社|专利|成果|园区|中心|载体|工作站|示范/u;
/** Counts of what was inspected or visited, not created (检查在建项目19个). */
const CHECKED = /检查|抽查|排查|巡查|督查|走访|核查/u;
/** Figures that measure harm or a case, not an achievement (涉案金额8万多元、损失). */
const CASE = /涉案|案值|损失|欠款|欠薪/u;
/** A count of the people at one event (讲座一场，学生320人参加): the year's smallest kind of figure. */
const ONE_EVENT = /(?:参加|参与|到场|参训)$|[一1](?:场|次|期)/u;
const PEOPLE = /^(?:人|人次|名|位|户)$/u;
/**
 * draft44: who sat in or came to ask (听课党员约200人、参训学员120人、接受群众咨询50余人): an audience, not work done — the
 * opening of a thin year led with 「听课党员约200人」 over the bodies created. Weighs as one event's attendance.
 */
const AUDIENCE = /(?:听课|听讲座?|参训|参会|到会|到场|观看|受训|咨询)的?[\u4e00-\u9fff]{0,4}(?:约|近)?\d/u;

/**
 * draft46: 「专家培训了三百来人」 is written as said (draft45: the expert is the one teaching, card-label-fronted.ts), and the
 * opening then led the year with 「专家培训300余人」 — someone else's work, not what the bureau did; with 邀请、请、聘请、
 * 组织 before the expert it is the bureau's (邀请专家培训300余人) and weighs as any count.
 */
const OTHERS_TAUGHT =
  /^(?![\u4e00-\u9fff]*(?:邀请|请|聘请|组织|安排|协调|我局|我们))[\u4e00-\u9fff]{0,6}?(?:专家|老师|教师|讲师|教授|导师|名师)们?(?:培训|授课|讲课|指导|辅导)/u;

/**
 * How much a figure says about the year: year totals, money (more for more), counts of enterprises
 * and projects, wide coverage; a case's amount and one event's attendance least.
 */
function weightOf(clause: string, unit: string, value: number): number {
  let total = 0;
  for (const [re, add] of TOTALS) if (re.test(clause)) total += add;
  // 「全年举办政策宣讲8场」: a year's handful of events is no match for a sum or the bodies created
  // (争取项目资金350万元、新认定高企5家): on a count of events 全年 weighs little.
  const fewEvents = /^(?:场|次|期|轮|批|回|趟|届)$/u.test(unit) && value < 100;
  let w = fewEvents ? Math.min(total, 1) : total;
  if (WIDE.test(clause)) w += 1;
  if (unit === "元") w += 2 + (value >= 1e6 ? 1 : 0) + (value >= 1e7 ? 1 : 0) + (value >= 1e8 ? 1 : 0);
  else if (/^(?:家|个|项|座|所)$/u.test(unit) && BODIES.test(clause) && !CHECKED.test(clause)) w += 3;
  if (unit === "%" || unit === "个百分点") w += 1;
  if (value >= 100 && unit !== "元") w += 1;
  if (CASE.test(clause)) w -= 3;
  if (PEOPLE.test(unit) && (ONE_EVENT.test(clause) || AUDIENCE.test(clause))) w -= 2;
  if (OTHERS_TAUGHT.test(clause)) w -= 2;
  return w;
}

/** Words for a figure of part of the period only (a quarter, a month, a week, a half-year). */
const PART_OF_PERIOD =
  /季度|本月|这个?月|上个?月|本周|这周|上周|上半年|下半年|每天|每日|每周|每月|日均|\d{1,2}月份?以来|\d{1,2}\s*[-—至到]\s*\d{1,2}月/u;
/** Measure words that need the clause before them to say what they measure (「面积650亩」). */
const MEASURE_LEAD = /^[\u4e00-\u9fff]{0,3}(?:额|量|数|面积|规模|总额|金额|产值|人数|资金)$/u;
/**
 * 「开展活动8次」「组织开展各类活动12场」「召开会议5次」: a verb of holding and a generic noun, nothing naming which — the
 * clause before says what it was (「科技活动周期间组织科普志愿者进社区，开展活动8次」); with none before, the opening cannot
 * quote it (lead40: the opening read 「开展活动8次，200余人参加」).
 */
const GENERIC_LEAD =
  /^(?:组织开展|开展|组织|举办|举行|召开)了?(?:各类|各项|相关|系列|专题|主题)?(?:活动|工作|会议|宣传)$/u;
/**
 * lead47: 「比2025年增长20%以上」「同比增长15%」「较上年提高3个百分点」: a comparison says how the figure before it moved and
 * names nothing itself. Quoted alone the opening hung it on whichever clause stood before it — another person's work
 * (「组织6家企业申报省级研发平台，比2025年增长20%以上」, the rise was 赵丽's 成交额). It goes with the clause it follows in
 * its own update, or not at all.
 */
const COMPARE_LEAD =
  /^(?:比|较|与|同)?(?:\d{4}年|去年|上年|上一年|前年|同期|去年同期|上年同期|上半年|上月)?(?:同比|环比|相比)?(?:增长|增加|提高|提升|上升|下降|减少|降低|多了?|少了?)了?(?:约|近|超过|达)?$/u;
/** 「覆盖学生860人次」「惠及农户520户」: how far the work before reached, and who — no work of its own (s33). */
const REACH_LEAD = /^(?:覆盖|惠及|服务|受益|带动|吸引|辐射)[\u4e00-\u9fff]{0,3}$/u;

/**
 * Figures an update states for part of the period (「这季度成交额…」): the opening's 「全年，」 list
 * cannot hold them. A half-year's own half (上半年 in a 上半年 summary) is the period itself.
 */
function partOfPeriodKeys(u: Update, half: 1 | 2 | undefined): Set<string> {
  const own = half === 1 ? /上半年/gu : half === 2 ? /下半年/gu : undefined;
  const keys = new Set<string>();
  for (const sentence of u.normalizedText.split(/[。；;！？!?\n]/u)) {
    if (!PART_OF_PERIOD.test(own ? sentence.replace(own, "") : sentence)) continue;
    for (const f of findFigures(plainNumerals(sentence))) keys.add(`${f.figure.value}|${f.figure.unit}`);
  }
  return keys;
}

/** Every achieved figure of the material with its clause and weight, heaviest first (stable). */
export function headlines(material: Material): Headline[] {
  const out: Headline[] = [];
  const aside = (u: Update) => [...u.problems, ...u.plans].join("\n");
  const label = /^[\u4e00-\u9fff、]{2,10}[：:]/u;
  for (const u of material.all) {
    const recorded = new Map([...u.figures, ...u.items.flatMap((i) => i.figures)].map((f) => [f.raw, f]));
    // Problems and plans as typed and as cleaned (the clauses below are cleaned: 五亿元 → 5亿元).
    const elsewhere = `${aside(u)}\n${cleanChat(aside(u), u.date)}`;
    const seenHere = new Set<string>();
    const partial = partOfPeriodKeys(u, material.period.half);
    for (const sentence of cleanChat(proseOfPasted(u.normalizedText), u.date).split(/(?<=[。；;！？!?])/u)) {
      let previous = "";
      let [vague, lent] = [false, false];
      for (const piece of sentence.split(CLAUSE_SPLIT)) {
        const own = trimEnd(piece).replace(label, "").replace(LIST_MARK, "");
        // A clause whose figure has no words of its own before it (「参加人员1500多人」), or a short
        // one such as 「总投资3450万元」 after a clause that names the work, keeps that clause.
        const lead = own.slice(0, findFigures(own)[0]?.start ?? 0);
        // 「听众1800多人」「学员420人」: a count of people led only by who they were says nothing of the event.
        const first = findFigures(own)[0];
        const bare =
          BARE_LEAD.test(lead) ||
          (first !== undefined && PEOPLE.test(first.figure.unit) && /^[\u4e00-\u9fff]{1,3}$/u.test(lead)) ||
          MEASURE_LEAD.test(lead) ||
          REACH_LEAD.test(lead) ||
          GENERIC_LEAD.test(lead) ||
          COMPARE_LEAD.test(lead) ||
          (own.length < 10 && findFigures(previous).length === 0);
        // A generic clause joined to what names it lends the whole run to the count after it (…进社区，开展活动8次，参加200余人).
        const generic = GENERIC_LEAD.test(lead);
        const room = generic || lent ? 40 : 30;
        const clause = bare && previous && previous.length + own.length <= room ? `${previous}，${own}` : own;
        // Unnamed (nothing before it, or too long to join): neither it nor the bare count after it is quoted.
        if (vague && bare && clause === own) continue;
        // A comparison that could not join the clause it measures is not quoted on its own; nor after a topic with no figure
        // (draft50 keeps 「技术合同方面，」 before 「比2025年增长30%」: what rose is still unsaid).
        if (COMPARE_LEAD.test(lead) && (clause === own || findFigures(previous).length === 0)) {
          previous = own;
          continue;
        }
        // draft44b: 「选派了12个」「登记18份」 — a bare verb and a count name nothing; unless joined to what names it, neither it
        // nor a bare count after it is quoted (card-label-topic.ts bareVerb, the card's list of such verbs).
        const unnamed = bareVerb(lead) && first !== undefined && own.slice(first.end).trim() === "";
        vague = (generic || unnamed) && clause === own;
        lent = generic && !vague;
        previous = lent ? clause : vague ? "" : own;
        if (!own || vague) continue;
        for (const f of findFigures(own)) {
          const kind = figureKind(
            clause,
            (recorded.get(f.figure.raw) as { kind?: string } | undefined)?.kind,
          );
          if (kind !== "achieved" || elsewhere.includes(clause) || seenHere.has(clause)) continue;
          if (partial.has(`${f.figure.value}|${f.figure.unit}`) && !/全年|累计/u.test(clause)) continue;
          seenHere.add(clause);
          out.push({
            clause,
            raw: f.figure.raw,
            weight: weightOf(clause, f.figure.unit, f.figure.value),
            updateId: u.id,
            sectionId: u.section,
          });
        }
      }
    }
  }
  // Stable: weight, then material order (date order), so equal material gives equal prompts.
  return out
    .map((h, i) => ({ h, i }))
    .sort((a, b) => b.h.weight - a.h.weight || a.i - b.i)
    .map((x) => x.h);
}

/** The top `max` headlines, at most `perSection` from one section, in weight order. */
export function topHeadlines(material: Material, max: number, perSection = 2): Headline[] {
  const out: Headline[] = [];
  const per = new Map<string, number>();
  for (const h of headlines(material)) {
    // 「兑付科技创新券，共42家」 and 「共42家，金额160多万元」 from one update share the clause that joined them:
    // said once, as one run (兑付科技创新券，共42家，金额160多万元), never 「共42家，共42家」.
    const at = out.findIndex((o) => o.updateId === h.updateId && joinedAtEdge(o.clause, h.clause));
    const joined = at >= 0 ? joinedAtEdge(out[at]?.clause ?? "", h.clause) : undefined;
    if (joined && h.weight > 0) {
      out[at] = { ...(out[at] as Headline), clause: joined };
      continue;
    }
    // 「成交额1200多万元」 quoted, then 「成交额1200多万元，比2025年增长20%以上」: the rise joins the figure it measures.
    const grows = out.findIndex((o) => o.updateId === h.updateId && comparedAfter(o.clause, h.clause));
    if (grows >= 0) {
      out[grows] = { ...(out[grows] as Headline), clause: h.clause };
      continue;
    }
    // One figure is said once: a clause inside another, or the same figure of the same update, is skipped.
    if (
      out.some(
        (o) =>
          o.clause.includes(h.clause) ||
          h.clause.includes(o.clause) ||
          (o.updateId === h.updateId && o.raw === h.raw) ||
          sameWorkTwice(o, h),
      )
    )
      continue;
    // A figure that weighs nothing (one event's attendance, a case's amount) is not a headline.
    if (h.weight <= 0) break;
    const n = per.get(h.sectionId) ?? 0;
    if (n >= perSection) continue;
    per.set(h.sectionId, n + 1);
    out.push(h);
    if (out.length >= max) break;
  }
  return out;
}

/** `longer` is `clause` and a comparison after it (「…，同比增长15%」), at most 40 characters as the opening takes. */
function comparedAfter(clause: string, longer: string): boolean {
  if (!longer.startsWith(`${clause}，`) || longer.length > 40) return false;
  const rest = longer.slice(clause.length + 1);
  return COMPARE_LEAD.test(rest.slice(0, findFigures(rest)[0]?.start ?? 0));
}

/**
 * Two clauses of one update where the last pieces of one are the first of the other (「甲，乙」 and 「乙，丙」): the
 * run they make together (「甲，乙，丙」), at most 40 characters as the opening takes; otherwise undefined.
 */
export function joinedAtEdge(a: string, b: string): string | undefined {
  const tryJoin = (x: string, y: string) => {
    const xs = x.split("，");
    const ys = y.split("，");
    for (let k = Math.min(xs.length, ys.length) - 1; k >= 1; k--) {
      if (xs.slice(-k).join("，") === ys.slice(0, k).join("，")) return [...xs, ...ys.slice(k)].join("，");
    }
    return undefined;
  };
  const run = tryJoin(a, b) ?? tryJoin(b, a);
  return run !== undefined && run.length <= 40 ? run : undefined;
}

/** What a clause says without its figures, punctuation and the words any work is said with. */
const bare = (clause: string) =>
  clause.replace(/[\d.]+(?:万|亿)?(?:多|余|来)?|[，,；;、\s]|组织|帮助|指导|协助|全年|今年|累计|共/gu, "");

/**
 * Two people's near-identical reports of one work (「组织企业申报市级研发项目，上报20多项」 / 「帮助企业申报研发项目，上报20余项」,
 * round thirty-five): other updates, the same unit, and what they say shares a run of six characters — quoted once.
 */
function sameWorkTwice(a: Headline, b: Headline): boolean {
  const unit = (raw: string) => raw.replace(/^(?:约|近|共)?[\d.]+(?:万|亿)?(?:多|余|来)?|左右$/gu, "");
  return (
    a.updateId !== b.updateId && unit(a.raw) === unit(b.raw) && sharesRun(bare(a.clause), bare(b.clause), 6)
  );
}

/** Cut a text at a clause boundary at or before `max` characters (never mid-word). */
export function clipAtClause(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const cut = Math.max(...["，", "；", "。", "、", ",", ";"].map((d) => head.lastIndexOf(d)));
  return cut > max / 3 ? `${head.slice(0, cut)}…` : `${head}…`;
}
