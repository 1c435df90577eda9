import type { Org } from "../domain/org.js";
import { periodLabel } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import type { ChatMessage } from "../llm/llm-client.js";
import { chineseNumber, draftTitle, planLabel, trimEnd } from "./document-labels.js";
import type { DraftPart } from "./draft-model.js";
import type { Material, SectionMaterial } from "./gather-material.js";
import { clipAtClause, topHeadlines } from "./choose-headlines.js";
import { type Prompts, quoteMaterial } from "./load-prompts.js";
import { isOutline, plansFor, reportedProblems } from "./offline-plan.js";

/**
 * Turning material into the messages sent to the model. Staff text always goes inside
 * <material> blocks (see prompts/system.md) under short references (U1, U2…) that the model
 * cites back; the references are mapped to update ids here, so ids never depend on the model
 * copying a long identifier correctly.
 */

/** Rough token count: Chinese runs about 1.5 characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 1.5);
}

/** Reference table of one request: U1 → update id. */
export class Refs {
  private readonly byRef = new Map<string, string>();
  private readonly byId = new Map<string, string>();
  constructor(updates: readonly Update[]) {
    updates.forEach((u, i) => {
      this.byRef.set(`U${i + 1}`, u.id);
      this.byId.set(u.id, `U${i + 1}`);
    });
  }
  ref(id: string): string {
    return this.byId.get(id) ?? id;
  }
  /** Map cited references back to ids, dropping any the model made up. */
  ids(refs: readonly string[]): string[] {
    const out: string[] = [];
    for (const r of refs) {
      const id = this.byRef.get(
        r
          .trim()
          .toUpperCase()
          .replace(/^\[|\]$/g, ""),
      );
      if (id && !out.includes(id)) out.push(id);
    }
    return out;
  }
}

/** One material line: 「[U3] 2025-05-22 举办科技活动周…」. */
export function materialLine(ref: string, u: Update): string {
  const text = (u.normalizedText.trim() || u.items.map((i) => i.text).join("；")).replace(/\s*\n\s*/g, " ");
  return `[${ref}] ${u.date} ${quoteMaterial(text)}`;
}

/** A condensed point from the reduce step, cited by the refs of its sources. */
export interface Point {
  text: string;
  sourceIds: string[];
}

export function pointLine(p: Point, refs: Refs): string {
  return `[${p.sourceIds.map((id) => refs.ref(id)).join(",")}] ${quoteMaterial(p.text)}`;
}

/** Split lines into chunks whose estimated size stays under `budget` tokens. */
export function chunkByBudget<T>(things: T[], size: (t: T) => number, budget: number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const t of things) {
    const n = size(t);
    if (current.length > 0 && used + n > budget) {
      chunks.push(current);
      current = [];
      used = 0;
    }
    current.push(t);
    used += n;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export interface RequestContext {
  org: Org;
  prompts: Prompts;
  material: Material;
}

function system(ctx: RequestContext): ChatMessage {
  return { role: "system", content: ctx.prompts.render("system", { unit: ctx.org.unit }) };
}

/** Tokens left for material in one request, after the template and room for the answer. */
export function materialBudget(ctx: RequestContext, contextTokens: number): number {
  const overhead =
    estimateTokens(ctx.prompts.render("system", { unit: ctx.org.unit })) +
    estimateTokens(ctx.prompts.template("style-guide")) +
    estimateTokens(ctx.prompts.template("draft-section"));
  const answer = Math.max(1000, Math.floor(contextTokens * 0.25));
  return Math.max(500, contextTokens - overhead - answer);
}

export function sectionMessages(
  ctx: RequestContext,
  s: SectionMaterial,
  materialText: string,
  instruction: string,
): ChatMessage[] {
  const user = ctx.prompts.render("draft-section", {
    style_guide: ctx.prompts.template("style-guide"),
    unit: ctx.org.unit,
    title: draftTitle(ctx.org.unit, ctx.material.period),
    section_number: chineseNumber(s.index),
    section_name: s.sectionName,
    period_label: periodLabel(ctx.material.period),
    material: materialText,
    instruction: quoteMaterial(instruction.trim() || "无"),
  });
  return [system(ctx), { role: "user", content: user }];
}

export function reduceMessages(ctx: RequestContext, s: SectionMaterial, materialText: string): ChatMessage[] {
  const user = ctx.prompts.render("reduce-material", { section_name: s.sectionName, material: materialText });
  return [system(ctx), { role: "user", content: user }];
}

/** Headings and item titles of the drafted sections, for the document step. */
export function sectionDigest(parts: readonly DraftPart[]): string {
  return parts
    .filter((p) => p.kind === "section")
    .map((p, i) => {
      const head = `（${chineseNumber(i + 1)}）${p.heading}`;
      if (p.items.length === 0) return `${head}\n  ${p.paragraphs.join(" ")}`;
      // The year totals leading the section (lead-totals.ts), then its items.
      const lead = p.paragraphs.map((t) => `  ${clipAtClause(t, 120)}`);
      const items = p.items.map(
        (it, n) => `  ${n + 1}.${it.title ? `${trimEnd(it.title)}。` : ""}${clipAtClause(it.text, 120)}`,
      );
      return [head, ...lead, ...items].join("\n");
    })
    .join("\n");
}

export function documentMessages(
  ctx: RequestContext,
  sections: readonly DraftPart[],
  refs: Refs,
  instruction: string,
): ChatMessage[] {
  const { material } = ctx;
  // By weight, not by date: year totals first; targets and problem figures are not achievements.
  const figures = topHeadlines(material, 24, 6).map((h) => `[${refs.ref(h.updateId)}] ${h.clause}`);
  const problems = reportedProblems(material).map(
    (p, i) => `[${p.sourceIds.map((id) => refs.ref(id)).join(",")}] P${i + 1}：${quoteMaterial(p.text)}`,
  );
  const outline: string[] = [];
  const plans: string[] = [];
  for (const u of material.all)
    for (const p of plansFor(u, material.period.half))
      (isOutline(p) ? outline : plans).push(`[${refs.ref(u.id)}] ${quoteMaterial(p)}`);
  const user = ctx.prompts.render("draft-document", {
    style_guide: ctx.prompts.template("style-guide"),
    unit: ctx.org.unit,
    title: draftTitle(ctx.org.unit, material.period),
    plan_label: planLabel(material.period),
    period_label: periodLabel(material.period),
    superiors: ctx.org.superiors,
    section_digest: quoteMaterial(sectionDigest(sections)),
    headline_figures: figures.length > 0 ? figures.map(quoteMaterial).join("\n") : "（无）",
    problems_material: problems.length > 0 ? problems.join("\n") : "（无）",
    outline_material: outline.length > 0 ? outline.join("\n") : "（无）",
    plans_material: plans.length > 0 ? plans.join("\n") : "（无）",
    instruction: quoteMaterial(instruction.trim() || "无"),
  });
  return [system(ctx), { role: "user", content: user }];
}

export function repairMessage(prompts: Prompts): (error: string) => string {
  return (error) => prompts.render("repair-json", { error });
}
