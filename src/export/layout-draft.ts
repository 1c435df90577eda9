import type { Period } from "../domain/period.js";
import {
  chineseNumber,
  PROBLEMS_HEADING,
  planHeading,
  trimEnd,
  workHeading,
} from "../drafting/document-labels.js";
import { type DraftItem, type DraftPart, type DraftVersion, manualItems } from "../drafting/draft-model.js";
import { lapsedNote } from "../drafting/lapsed-plans.js";

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
   * The finalised document (定稿): no 离线草稿 label, and no placeholder sentences — a part
   * without material is left out with its heading (a section, the problems or the plan), and the
   * headings after it renumbered, so no heading stands over nothing.
   */
  final?: boolean;
  /** Review mode of a finalised draft: every part is shown as 已定稿, as the header says. */
  finalised?: boolean;
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

/** 「一是…；二是…；三是…。」; one problem is written without 一是 (一是 with no 二是 is a list cut short). */
export function joinProblems(items: DraftItem[]): string {
  const bare = (i: DraftItem) => trimEnd(i.text).replace(/^[一二三四五六七八九十]+是/u, "");
  if (items.length === 1) return `${bare(items[0]!)}。`;
  return `${items.map((i, n) => `${chineseNumber(n + 1)}是${bare(i)}`).join("；")}。`;
}

function reviewNotes(part: DraftPart, label: string, finalised = false): Block[] {
  const notes: Block[] = [];
  const flags = [`状态：${finalised ? "已定稿" : (STATUS_WORD[part.status] ?? part.status)}`];
  if (part.origin === "fallback") flags.push(`离线草稿（${part.fallbackReason ?? "模型未能给出可用结果"}）`);
  if (part.origin === "offline") flags.push("离线草稿");
  if (part.origin === "placeholder") flags.push("无填报材料");
  if (part.origin === "manual") flags.push("人工改写");
  // Lead54: an item replaced or added by the reviewer in a drafted part is said, not passed off as the drafter's.
  const own = part.origin === "manual" ? 0 : manualItems(part);
  if (own > 0) flags.push(`含人工改写 ${own} 条`);
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
  for (const l of part.lapsed ?? [])
    notes.push({ kind: "note", text: `〔待核实：${lapsedNote(l)}〕`, partKey: part.key });
  return notes;
}

type Sources = ((ids: string[]) => string) | undefined;

/** 〔来源：李明#3、赵丽#1〕 in review mode. */
function sourcesNote(opts: LayoutOptions): Sources {
  if (opts.review !== true) return undefined;
  const label = opts.sourceLabel ?? ((id: string) => id);
  return (ids) => (ids.length > 0 ? `〔来源：${ids.map(label).join("、")}〕` : "");
}

/** True when the finalised text prints nothing of this part (a placeholder, or nothing left at all). */
function leftOut(part: DraftPart): boolean {
  return part.origin === "placeholder" || (part.items.length === 0 && part.paragraphs.length === 0);
}

/**
 * A part's body — its paragraphs, its items (the problems as one 「一是…；二是…」 paragraph, every
 * other part as numbered 「1.小标题。」 items) and the plan's closing — the one rendering used by the
 * full text, every export and the single-part view, so they cannot show a part differently.
 */
export function partBlocks(part: DraftPart, opts: LayoutOptions = {}): Block[] {
  const final = opts.final === true && opts.review !== true;
  if (final && part.origin === "placeholder") return [];
  const sources = sourcesNote(opts);
  // A section's lead paragraph (a year total) shows its sources in review as an item does (lead55).
  const blocks: Block[] = part.paragraphs.map((text) => {
    const ids = part.leadSources?.[text] ?? [];
    return sources && ids.length > 0
      ? { kind: "paragraph", text: `${text}${sources(ids)}`, partKey: part.key, sourceIds: ids }
      : { kind: "paragraph", text, partKey: part.key };
  });
  if (part.kind === "problems") {
    if (part.items.length > 0) {
      let text = joinProblems(part.items);
      if (sources) text += sources(part.sourceIds);
      blocks.push({ kind: "paragraph", text, partKey: part.key, sourceIds: part.sourceIds });
    }
  } else {
    blocks.push(
      ...part.items.map((item, n) => ({
        kind: "item" as const,
        lead: itemLead(n + 1, item),
        text: `${item.text}${sources ? sources(item.sourceIds) : ""}`,
        partKey: part.key,
        sourceIds: item.sourceIds,
      })),
    );
  }
  if (part.closing) blocks.push({ kind: "paragraph", text: part.closing, partKey: part.key });
  return blocks;
}

/** 「二、存在的问题」 → 「{n}、存在的问题」: a level-one heading with the number it gets in this text. */
function numbered(heading: string, n: number): string {
  return heading.replace(/^[一二三四五六七八九十]+、/u, `${chineseNumber(n)}、`);
}

/** Lay out a version as blocks. */
export function layoutDraft(v: DraftVersion, period: Period, opts: LayoutOptions = {}): Block[] {
  const review = opts.review === true;
  const final = opts.final === true && !review;
  const finalised = review && opts.finalised === true;
  const blocks: Block[] = [{ kind: "title", text: v.title }];
  const label = final ? undefined : offlineLabel(v);
  if (label) blocks.push({ kind: "subtitle", text: label });

  const opening = v.parts.find((p) => p.kind === "opening");
  if (opening) {
    if (review) blocks.push(...reviewNotes(opening, "开头", finalised));
    blocks.push(...partBlocks(opening, opts));
  }

  // The final text prints no heading over an empty body: such parts are left out, the rest renumbered.
  const sections = v.parts.filter((p) => p.kind === "section" && !(final && leftOut(p)));
  const problems = v.parts.find((p) => p.kind === "problems");
  const plan = v.parts.find((p) => p.kind === "plan");
  const shown = (p: DraftPart | undefined): p is DraftPart => p !== undefined && !(final && leftOut(p));
  let level = 0;
  if (!final || sections.length > 0) {
    blocks.push({ kind: "h1", text: numbered(workHeading(period), ++level) });
    sections.forEach((part, i) => {
      const num = `（${chineseNumber(i + 1)}）`;
      blocks.push({ kind: "h2", text: `${num}${part.heading}`, partKey: part.key });
      if (review) blocks.push(...reviewNotes(part, `${num}${part.sectionName ?? ""}`, finalised));
      blocks.push(...partBlocks(part, opts));
    });
  }
  for (const [part, heading, name] of [
    [problems, PROBLEMS_HEADING, "存在的问题"],
    [plan, planHeading(period), "工作计划"],
  ] as const) {
    if (!final || shown(part)) blocks.push({ kind: "h1", text: numbered(heading, ++level) });
    if (!shown(part)) continue;
    if (review) blocks.push(...reviewNotes(part, name, finalised));
    blocks.push(...partBlocks(part, opts));
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
