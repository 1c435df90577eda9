import type { Period } from "../domain/period.js";
import {
  chineseNumber,
  PROBLEMS_HEADING,
  planHeading,
  trimEnd,
  workHeading,
} from "../drafting/document-labels.js";
import type { DraftItem, DraftPart, DraftVersion } from "../drafting/draft-model.js";

/**
 * The document as a flat list of typed blocks — one layout shared by Markdown, Word and the
 * Feishu cloud document, so the three exports cannot drift apart. In review mode blocks carry
 * the source update ids, part statuses and the figures to check; in export mode they do not.
 */
export type BlockKind = "title" | "subtitle" | "paragraph" | "h1" | "h2" | "item" | "note" | "signature";

export interface Block {
  kind: BlockKind;
  text: string;
  /** For items: the 「1.小标题。」 lead, rendered apart from the body (bold in some exports). */
  lead?: string;
  partKey?: string;
  sourceIds?: string[];
}

export interface LayoutOptions {
  /** Review view: ids, statuses, 〔待核实〕 and fallback marks. */
  review?: boolean;
  /** Unit and date printed at the end (exports). */
  signature?: { unit: string; date: string };
  /**
   * The finalised document (定稿): no 离线草稿 label, and no placeholder sentences — a section
   * without material is left out (the others renumbered), an empty problems or plan part keeps
   * only its heading.
   */
  final?: boolean;
  /** Review mode: how a source update is named (「李明#3」); default its id. */
  sourceLabel?: (updateId: string) => string;
}

const STATUS_WORD: Record<string, string> = { draft: "草稿", locked: "已锁定", approved: "已通过" };

/** 「离线草稿」 label for the title area, when any part was not written by the model. */
export function offlineLabel(v: DraftVersion): string | undefined {
  if (v.offline) return "（离线草稿）";
  if (v.parts.some((p) => p.origin === "fallback")) return "（部分内容为离线草稿，请重点审核）";
  return undefined;
}

function itemLead(n: number, item: DraftItem): string {
  const title = trimEnd(item.title);
  return title ? `${n}.${title}。` : `${n}.`;
}

/** 「一是…；二是…；三是…。」 */
export function joinProblems(items: DraftItem[]): string {
  return `${items.map((i, n) => `${chineseNumber(n + 1)}是${trimEnd(i.text).replace(/^[一二三四五六七八九十]+是/u, "")}`).join("；")}。`;
}

function reviewNotes(part: DraftPart, label: string): Block[] {
  const notes: Block[] = [];
  const flags = [`状态：${STATUS_WORD[part.status] ?? part.status}`];
  if (part.origin === "fallback") flags.push(`离线草稿（${part.fallbackReason ?? "模型未能给出可用结果"}）`);
  if (part.origin === "offline") flags.push("离线草稿");
  if (part.origin === "placeholder") flags.push("无填报材料");
  if (part.origin === "manual") flags.push("人工改写");
  notes.push({ kind: "note", text: `〔${label}｜${flags.join("｜")}〕`, partKey: part.key });
  if (part.unverified.length > 0) {
    notes.push({
      kind: "note",
      text: `〔待核实：${part.unverified.join("、")} 已替换为「×」〕`,
      partKey: part.key,
    });
  }
  for (const d of part.dropped ?? [])
    notes.push({ kind: "note", text: `〔待核实：模型补写、材料无依据，已删去「${d}」〕`, partKey: part.key });
  for (const u of part.unanswered ?? [])
    notes.push({ kind: "note", text: `〔待核实：问题「${u}」在计划中没有对应措施〕`, partKey: part.key });
  return notes;
}

type Sources = ((ids: string[]) => string) | undefined;

/** 〔来源：李明#3、赵丽#1〕 in review mode. */
function sourcesNote(opts: LayoutOptions): Sources {
  if (opts.review !== true) return undefined;
  const label = opts.sourceLabel ?? ((id: string) => id);
  return (ids) => (ids.length > 0 ? `〔来源：${ids.map(label).join("、")}〕` : "");
}

function paragraphBlocks(part: DraftPart, final = false): Block[] {
  if (final && part.origin === "placeholder") return [];
  return part.paragraphs.map((text) => ({ kind: "paragraph", text, partKey: part.key }));
}

/** A part's numbered items: the 「1.小标题。」 lead and the text (with its sources in review). */
function itemBlocks(part: DraftPart, sources: Sources): Block[] {
  return part.items.map((item, n) => ({
    kind: "item",
    lead: itemLead(n + 1, item),
    text: `${item.text}${sources ? sources(item.sourceIds) : ""}`,
    partKey: part.key,
    sourceIds: item.sourceIds,
  }));
}

/** Lay out a version as blocks. */
export function layoutDraft(v: DraftVersion, period: Period, opts: LayoutOptions = {}): Block[] {
  const review = opts.review === true;
  const final = opts.final === true && !review;
  const sources = sourcesNote(opts);
  const blocks: Block[] = [{ kind: "title", text: v.title }];
  const label = final ? undefined : offlineLabel(v);
  if (label) blocks.push({ kind: "subtitle", text: label });

  const opening = v.parts.find((p) => p.kind === "opening");
  if (opening) {
    if (review) blocks.push(...reviewNotes(opening, "开头"));
    blocks.push(...paragraphBlocks(opening, final));
  }

  blocks.push({ kind: "h1", text: workHeading(period) });
  v.parts
    // The final text prints no heading over an empty body (a placeholder, or nothing left at all).
    .filter(
      (p) =>
        p.kind === "section" &&
        !(final && (p.origin === "placeholder" || (p.items.length === 0 && p.paragraphs.length === 0))),
    )
    .forEach((part, i) => {
      const num = `（${chineseNumber(i + 1)}）`;
      blocks.push({ kind: "h2", text: `${num}${part.heading}`, partKey: part.key });
      if (review) blocks.push(...reviewNotes(part, `${num}${part.sectionName ?? ""}`));
      blocks.push(...paragraphBlocks(part, final));
      blocks.push(...itemBlocks(part, sources));
    });

  const problems = v.parts.find((p) => p.kind === "problems");
  blocks.push({ kind: "h1", text: PROBLEMS_HEADING });
  if (problems) {
    if (review) blocks.push(...reviewNotes(problems, "存在的问题"));
    blocks.push(...paragraphBlocks(problems, final));
    if (problems.items.length > 0) {
      let text = joinProblems(problems.items);
      if (sources) text += sources(problems.sourceIds);
      blocks.push({ kind: "paragraph", text, partKey: problems.key, sourceIds: problems.sourceIds });
    }
  }

  const plan = v.parts.find((p) => p.kind === "plan");
  blocks.push({ kind: "h1", text: planHeading(period) });
  if (plan) {
    if (review) blocks.push(...reviewNotes(plan, "工作计划"));
    blocks.push(...paragraphBlocks(plan, final));
    blocks.push(...itemBlocks(plan, sources));
    if (plan.closing) blocks.push({ kind: "paragraph", text: plan.closing, partKey: plan.key });
  }

  if (opts.signature) {
    blocks.push({ kind: "signature", text: opts.signature.unit });
    blocks.push({ kind: "signature", text: opts.signature.date });
  }
  return blocks;
}

/** 2025年1月5日 — GB/T 9704 dates in Arabic numerals without leading zeros. */
export function documentDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}
