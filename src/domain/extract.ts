import { extractFigures } from "./figures.js";
import { normalizeText } from "./normalize.js";
import type { Org } from "./org.js";
import type { Extraction, Figure, Item } from "./update.js";

/**
 * Offline understanding of a staff update: normalise, cut into clauses (sentences, 一是…二是…,
 * 1. 2、 （1）), sort each into work done, a problem or a plan, and attach its figures. Rules only,
 * no model: the result is shown back to the author, who corrects it, so a wrong guess is cheap,
 * while a lost figure or a lost sentence is not — every clause lands somewhere.
 */

type Kind = "item" | "problem" | "plan";

const CN = "一二三四五六七八九十";
/** Split before 二是 / 1. / 2、 / （3） / ② when they follow a clause boundary. */
const MARKER_SPLIT = new RegExp(
  `(?<=^|[，,、:：\\s])(?=[${CN}]+是|\\d{1,2}[.、．](?!\\d)|[（(](?:\\d{1,2}|[${CN}]+)[)）]|[①-⑳])`,
);
const LEAD_MARKER = new RegExp(
  `^(?:[${CN}]+[、.．]|[（(](?:[${CN}]+|\\d{1,2})[)）]|\\d{1,2}[.、．](?!\\d)|[${CN}]+是|[①-⑳])[\\s，,：:]*`,
);
const CN_HEADING_MARKER = new RegExp(`^(?:[${CN}]+、|[（(][${CN}]+[)）])`);

const PLAN_HEAD =
  /^(?:\d{4}年度?|下一步|下步|下阶段|下半年|明年|来年|今后|下一年度?)(?:的)?[^，。,；;]{0,12}(?:计划|打算|安排|思路|目标|举措|重点|工作)(?:如下)?$/;
const PLAN_HEAD_BARE =
  /^(?:(?:主要|重点)?工作)?(?:计划|打算|思路|目标|安排)(?:和措施|及措施)?$|^(?:下一步|下步|下阶段|今后|明年|下半年)$/;
const PROBLEM_HEAD =
  /^(?:目前|当前|工作中)?(?:存在的?(?:主要)?(?:问题|困难|不足|短板)|(?:主要)?(?:问题|困难)(?:和|与|及)?(?:不足|困难|建议|问题)?|不足之处)(?:和不足|及原因|和困难)?$/;
const ITEM_HEAD =
  /(?:工作|开展|完成|进展|落实)情况$|(?:总结|汇报|报告)如下$|^(?:主要)?工作(?:成效|做法|亮点|回顾|进展)$|^(?:今年|本年度?|上半年|本周|本月|全年)(?:主要)?工作$|工作总结/;

const PLAN_LEAD =
  /^(?:下一步|下步|下阶段|下半年|明年|来年|今后|接下来|近期|年内|计划|拟|将要|将于|将在|将继续|将进一步|将着力|准备|打算|力争|争取)/;
const PLAN_ANY =
  /下一步|下阶段|明年|来年|今后|接下来|将要|打算|力争|拟于|拟在|拟将|计划于|计划在|计划年内|计划(?:创建|开展|完成|举办|申报|新增|建设|实施|引进|组织|培育|推动|召开|培训)|目标是|目标为|争取在|争取到|争取于/;
const DONE = /了|已|已经|完成了/;
const PROBLEM_WORD =
  /问题|困难|不足(?!\d)|短板|瓶颈|滞后|薄弱(?!村|环节)|难以|尚未|有待|缺乏|欠缺|不够|不到位|不平衡|不充分|不完善|偏低|偏弱|较弱|放缓|单一|差距|亟待|亟需|仍需|还需/;
/** A clause that names a problem in order to say it was dealt with is work done, not a problem. */
const SOLVING =
  /解决|克服|整改|破解|化解|梳理|排查|查找|反馈|剖析|针对|补齐|补强|补短板|弥补|攻克|疏通|收集|征集|问题清单|台账/;

interface Segment {
  text: string;
  /** Began with 一、 or （一）: may be a heading. */
  cnMarker: boolean;
}

/** Cut normalised text into clauses, list markers removed. */
export function splitClauses(text: string): Segment[] {
  const out: Segment[] = [];
  for (const line of text.split("\n")) {
    for (const sentence of line.split(/(?<=[。；;！？!?])/)) {
      for (let part of sentence.split(MARKER_SPLIT)) {
        part = part.trim();
        // 三、存在的主要问题 继续加强…: a numbered heading run into its paragraph.
        const cnMarker = CN_HEADING_MARKER.test(part);
        const space = part.indexOf(" ");
        if (cnMarker && space > 0 && space <= 30) {
          out.push({ text: part.slice(0, space), cnMarker });
          part = part.slice(space + 1);
        }
        out.push({ text: part, cnMarker: cnMarker && space < 0 });
      }
    }
  }
  return out
    .map((s) => ({ ...s, text: cleanClause(s.text) }))
    .filter((s) => /[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]/.test(s.text)); // at least two Chinese characters
}

function cleanClause(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 2; i++) t = t.replace(LEAD_MARKER, "").trim();
  return t.replace(/^[，,、；;：:。\s]+|[，,、；;\s]+$/g, "").trim();
}

function headingMode(text: string): Kind | undefined {
  const t = text.replace(/[:：。]$/, "");
  if (t.length > 25) return undefined;
  if (PROBLEM_HEAD.test(t)) return "problem";
  if (PLAN_HEAD.test(t) || PLAN_HEAD_BARE.test(t)) return "plan";
  if (ITEM_HEAD.test(t)) return "item";
  return undefined;
}

/** Problem, plan or work done, for a clause outside any 问题/计划 heading. */
export function classifyClause(text: string): Kind {
  const strongPlan = PLAN_ANY.test(text);
  if (PLAN_LEAD.test(text) && (strongPlan || !DONE.test(text))) return "plan";
  if (PROBLEM_WORD.test(text) && !SOLVING.test(text)) return "problem";
  if (strongPlan) return "plan";
  return "item";
}

/** Read a staff message into items, figures, problems, plans and the sections it seems to be about. */
export function extractUpdate(text: string, org: Org): Extraction {
  const normalizedText = normalizeText(text);
  const items: Item[] = [];
  const figures: Figure[] = [];
  const problems: string[] = [];
  const plans: string[] = [];
  let mode: Kind = "item";

  for (const seg of splitClauses(normalizedText)) {
    let clause = seg.text;
    // 下一步计划：一是… / 存在问题：… — a heading and its first clause on one line.
    const colon = /^([^，。,：:]{2,16})[：:](.+)$/.exec(clause);
    if (colon) {
      const m = headingMode(colon[1] ?? "");
      if (m) {
        mode = m;
        clause = cleanClause(colon[2] ?? "");
        if (clause.length < 2) continue;
      }
    }
    const clauseFigures = extractFigures(clause);
    if (clauseFigures.length === 0) {
      const m = headingMode(clause);
      if (m) {
        mode = m;
        continue;
      }
      if (seg.cnMarker && clause.length <= 25 && !/[。；;]/.test(clause)) continue; // （一）强研发，促转化
      if (/[:：]$/.test(clause) && clause.length <= 20) continue; // 本周科普工作：
    }
    figures.push(...clauseFigures);
    const kind = kindFor(clause, mode);
    if (kind === "problem") problems.push(clause);
    else if (kind === "plan") plans.push(clause);
    else items.push({ text: clause, figures: clauseFigures });
  }
  return { normalizedText, items, figures, problems, plans, sectionHints: sectionHints(normalizedText, org) };
}

function kindFor(clause: string, mode: Kind): Kind {
  if (mode === "plan") return "plan";
  if (mode === "problem") return PLAN_LEAD.test(clause) || PLAN_ANY.test(clause) ? "plan" : "problem";
  return classifyClause(clause);
}

function count(text: string, word: string): number {
  if (word.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/**
 * Section ids ranked by how strongly the text points at them: a section's name counts 3 a hit,
 * an alias 2, a keyword 1. Only sections with at least one hit; ties keep roster order.
 */
export function sectionHints(text: string, org: Org): string[] {
  return org.sections
    .map((s, order) => ({
      id: s.id,
      order,
      score:
        3 * count(text, s.name) +
        2 * s.aliases.reduce((n, a) => n + count(text, a), 0) +
        s.keywords.reduce((n, k) => n + count(text, k), 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => s.id);
}

/** One line for the confirmation message: 「3项工作、5个数据、1个问题、1项计划」; zero counts are left out. */
export function summariseExtraction(
  ex: Pick<Extraction, "items" | "figures" | "problems" | "plans">,
): string {
  const parts = [
    ex.items.length > 0 ? `${ex.items.length}项工作` : "",
    ex.figures.length > 0 ? `${ex.figures.length}个数据` : "",
    ex.problems.length > 0 ? `${ex.problems.length}个问题` : "",
    ex.plans.length > 0 ? `${ex.plans.length}项计划` : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("、") : "未识别到工作内容";
}
