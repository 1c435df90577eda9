import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { draftTitle, endSentence, spanWord, trimEnd } from "./document-labels.js";
import type { DraftItem, DraftPart, PartOrigin } from "./draft-model.js";
import { NO_MATERIAL, NO_PLANS, NO_PROBLEMS, sectionKey } from "./draft-model.js";
import type { Material, SectionMaterial } from "./gather-material.js";
import { periodLabel } from "../domain/period.js";

/**
 * The deterministic drafter: builds the document's structure from the structured items alone,
 * without a model. Used when no key is configured, when the model is down, and for any part
 * whose model answer could not be used. It never writes a figure that was not reported and
 * keeps every reported one (staff sentences are reused as written).
 */

const VERBS: Array<[string, string]> = [
  ["抓", "促"],
  ["强", "优"],
  ["重", "提"],
  ["聚", "拓"],
  ["稳", "扩"],
];
const ENDINGS = [
  "各项工作稳步推进",
  "工作成效持续显现",
  "整体水平不断提升",
  "工作取得新进展",
  "服务能力持续增强",
];

/** A paired-style heading derived from a section name: 「抓科技项目，促研发投入，各项工作稳步推进」. */
export function pairedHeading(sectionName: string, index: number): string {
  const [v1, v2] = VERBS[(index - 1) % VERBS.length] as [string, string];
  const ending = ENDINGS[(index - 1) % ENDINGS.length] as string;
  const parts = sectionName
    .split(/[与和及、]/u)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length >= 2) return `${v1}${parts[0]}，${v2}${parts.slice(1).join("、")}，${ending}`;
  return `${v1}${parts[0] ?? sectionName}，求实效，${ending}`;
}

/**
 * The body of one update as a sentence: its extracted items when they carry every reported
 * figure, otherwise the normalized text itself (so no figure is ever dropped).
 */
export function updateBody(u: Update): string {
  const texts = u.items.map((i) => trimEnd(i.text)).filter(Boolean);
  const joined = texts.join("；");
  const raws = [...u.figures, ...u.items.flatMap((i) => i.figures)].map((f) => f.raw);
  if (texts.length > 0 && raws.every((r) => joined.includes(r))) return endSentence(joined);
  return endSentence(u.normalizedText.trim() || joined);
}

/** Numbered items for a section: one per update, identical texts merged with their sources. */
export function offlineItems(updates: Update[]): DraftItem[] {
  const items: DraftItem[] = [];
  for (const u of updates) {
    const text = updateBody(u);
    if (!text) continue;
    const same = items.find((i) => i.text === text);
    if (same) same.sourceIds.push(u.id);
    else items.push({ title: "", text, sourceIds: [u.id] });
  }
  return items;
}

/** A section part; with no material, a visible placeholder instead of prose. */
export function offlineSectionPart(m: SectionMaterial, origin: PartOrigin = "offline"): DraftPart {
  const base = {
    key: sectionKey(m.sectionId),
    kind: "section" as const,
    sectionId: m.sectionId,
    sectionName: m.sectionName,
    heading: pairedHeading(m.sectionName, m.index),
    status: "draft" as const,
    unverified: [],
    inputHash: "",
  };
  if (m.updates.length === 0) {
    return { ...base, paragraphs: [NO_MATERIAL], items: [], origin: "placeholder", sourceIds: [] };
  }
  return {
    ...base,
    paragraphs: [],
    items: offlineItems(m.updates),
    origin,
    sourceIds: m.updates.map((u) => u.id),
  };
}

/** The clause of a text that holds a figure: 「发放科普资料1.2万余份」. */
function clauseWith(text: string, raw: string): string | undefined {
  return text
    .split(/[，,；;。！？\n]/u)
    .map((c) => c.trim())
    .find((c) => c.includes(raw));
}

/** Up to `max` short clauses with figures, one per section first, for the opening. */
export function headlineClauses(material: Material, max = 5): string[] {
  const out: string[] = [];
  for (const s of material.sections) {
    for (const u of s.updates) {
      const fig = [...u.figures, ...u.items.flatMap((i) => i.figures)][0];
      const clause = fig ? clauseWith(updateBody(u), fig.raw) : undefined;
      if (clause && clause.length <= 40 && !out.includes(clause)) {
        out.push(clause);
        break;
      }
    }
    if (out.length >= max) break;
  }
  return out;
}

export function offlineOpening(org: Org, material: Material, origin: PartOrigin = "offline"): DraftPart {
  const label = periodLabel(material.period);
  const clauses = headlineClauses(material);
  const figures = clauses.length > 0 ? `${spanWord(material.period)}，${clauses.join("，")}。` : "";
  const text =
    `${label}，我局在${org.superiors}的坚强领导下，紧紧围绕年度目标任务，统筹推进各项工作，取得了积极成效。` +
    `${figures}现将${label}工作总结如下：`;
  return {
    key: "opening",
    kind: "opening",
    heading: "",
    paragraphs: [text],
    items: [],
    status: "draft",
    origin: material.all.length === 0 ? "placeholder" : origin,
    unverified: [],
    sourceIds: material.all.map((u) => u.id),
    inputHash: "",
  };
}

/** Problems as items (rendered 一是…；二是…); identical ones merged. */
export function offlineProblems(material: Material, origin: PartOrigin = "offline"): DraftPart {
  const items: DraftItem[] = [];
  for (const u of material.all) {
    for (const p of u.problems) {
      const text = trimEnd(p).replace(/^[一二三四五六七八九十]是/u, "");
      if (!text) continue;
      const same = items.find((i) => i.text === text);
      if (same) same.sourceIds.push(u.id);
      else items.push({ title: "", text, sourceIds: [u.id] });
    }
  }
  return {
    key: "problems",
    kind: "problems",
    heading: "",
    paragraphs: items.length === 0 ? [NO_PROBLEMS] : [],
    items,
    status: "draft",
    origin: items.length === 0 ? "placeholder" : origin,
    unverified: [],
    sourceIds: [...new Set(items.flatMap((i) => i.sourceIds))],
    inputHash: "",
  };
}

/** The plan: one numbered item per section that reported plans, its plans joined with ；. */
export function offlinePlan(material: Material, origin: PartOrigin = "offline"): DraftPart {
  const items: DraftItem[] = [];
  for (const s of material.sections) {
    const plans: string[] = [];
    const ids: string[] = [];
    for (const u of s.updates) {
      for (const p of u.plans) {
        const t = trimEnd(p);
        if (t && !plans.includes(t)) {
          plans.push(t);
          if (!ids.includes(u.id)) ids.push(u.id);
        }
      }
    }
    if (plans.length > 0)
      items.push({ title: `${s.sectionName}`, text: endSentence(plans.join("；")), sourceIds: ids });
  }
  return {
    key: "plan",
    kind: "plan",
    heading: "",
    paragraphs: items.length === 0 ? [NO_PLANS] : [],
    items,
    status: "draft",
    origin: items.length === 0 ? "placeholder" : origin,
    unverified: [],
    sourceIds: [...new Set(items.flatMap((i) => i.sourceIds))],
    inputHash: "",
  };
}

/** Every part of a draft, offline: opening, the sections in roster order, problems, plan. */
export function draftOffline(org: Org, material: Material): { title: string; parts: DraftPart[] } {
  return {
    title: draftTitle(org.unit, material.period),
    parts: [
      offlineOpening(org, material),
      ...material.sections.map((s) => offlineSectionPart(s)),
      offlineProblems(material),
      offlinePlan(material),
    ],
  };
}
