import { createHash } from "node:crypto";
import type { Org } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { type ModelSession, ask } from "./ask-model.js";
import {
  chunkByBudget,
  documentMessages,
  estimateTokens,
  materialBudget,
  materialLine,
  type Point,
  pointLine,
  Refs,
  type RequestContext,
  reduceMessages,
  sectionMessages,
} from "./build-requests.js";
import { draftTitle, endSentence, trimEnd } from "./document-labels.js";
import type { DraftItem, DraftPart } from "./draft-model.js";
import { offlineOpening, offlinePlan, offlineProblems, offlineSectionPart } from "./draft-offline.js";
import type { Material, SectionMaterial } from "./gather-material.js";
import { groundingFor, groundText, sourcesByFigures } from "./ground-figures.js";
import type { Prompts } from "./load-prompts.js";
import { DocumentOutputSchema, ReduceOutputSchema, SectionOutputSchema } from "./part-schemas.js";

/**
 * The drafting pipeline: sections in parallel (bounded by the session's limiter), each reduced
 * first when its material exceeds the context budget, then the whole-document step (opening,
 * problems, plan). Every model answer is grounded; every failure falls back to the offline
 * drafter for that part only, marked `fallback` with the reason.
 */
export interface Progress {
  done: number;
  total: number;
  label: string;
}

export interface PipelineDeps {
  org: Org;
  prompts: Prompts;
  session: ModelSession;
  contextTokens: number;
  onProgress?: (p: Progress) => void;
}

/** Hash of the content of the updates a part is made from (ids, edits and text). */
export function contentHash(updates: readonly Update[]): string {
  const h = createHash("sha256");
  for (const u of updates) h.update(`${u.id}\n${u.updatedAt}\n${u.normalizedText}\n`);
  return h.digest("hex").slice(0, 16);
}

function ctxOf(deps: PipelineDeps, material: Material): RequestContext {
  return { org: deps.org, prompts: deps.prompts, material };
}

function fallback(part: DraftPart, reason: string, offlineByChoice: boolean): DraftPart {
  if (part.origin === "placeholder") return part;
  return offlineByChoice
    ? { ...part, origin: "offline" }
    : { ...part, origin: "fallback", fallbackReason: reason };
}

/** Reduce material lines until they fit the budget (map-reduce); undefined when a step failed. */
async function reduceToBudget(
  deps: PipelineDeps,
  material: Material,
  s: SectionMaterial,
  refs: Refs,
  unverified: string[],
): Promise<{ lines: string[]; failed?: string }> {
  const ctx = ctxOf(deps, material);
  const budget = materialBudget(ctx, deps.contextTokens);
  const allowed = groundingFor(s.updates);
  let lines = s.updates.map((u) => materialLine(refs.ref(u.id), u));
  for (let level = 0; level < 3 && estimateTokens(lines.join("\n")) > budget; level++) {
    const chunks = chunkByBudget(lines, (l) => estimateTokens(l) + 1, budget);
    const answers = await Promise.all(
      chunks.map((c) =>
        ask(deps.session, "reduce", reduceMessages(ctx, s, c.join("\n")), ReduceOutputSchema),
      ),
    );
    const failed = answers.find((a) => !a.ok);
    if (failed && !failed.ok) return { lines, failed: failed.reason };
    const points: Point[] = answers.flatMap((a) =>
      a.ok
        ? a.value.points.map((p) => ({
            text: groundText(p.text, allowed, unverified),
            sourceIds: refs.ids(p.sources),
          }))
        : [],
    );
    lines = points.map((p) =>
      pointLine(p.sourceIds.length > 0 ? p : { ...p, sourceIds: sourcesByFigures(p.text, s.updates) }, refs),
    );
  }
  return { lines };
}

/** Draft one section part (with the reviewer's instruction when rewriting). */
export async function draftSectionPart(
  deps: PipelineDeps,
  material: Material,
  s: SectionMaterial,
  instruction = "",
): Promise<DraftPart> {
  const offline = offlineSectionPart(s);
  if (s.updates.length === 0) return offline;
  const offlineByChoice = !deps.session.llm;
  if (offlineByChoice) return { ...offline, inputHash: contentHash(s.updates) };
  const refs = new Refs(s.updates);
  const unverified: string[] = [];
  const reduced = await reduceToBudget(deps, material, s, refs, unverified);
  if (reduced.failed)
    return { ...fallback(offline, reduced.failed, false), inputHash: contentHash(s.updates) };
  const messages = sectionMessages(ctxOf(deps, material), s, reduced.lines.join("\n"), instruction);
  const out = await ask(deps.session, "section", messages, SectionOutputSchema);
  if (!out.ok)
    return { ...fallback(offline, out.reason, false), inputHash: out.key || contentHash(s.updates) };

  const allowed = groundingFor(s.updates, [`${material.period.year}年`, `${material.period.year + 1}年`]);
  const items: DraftItem[] = out.value.items.map((it) => {
    const text = endSentence(groundText(it.text, allowed, unverified));
    let sourceIds = refs.ids(it.sources);
    if (sourceIds.length === 0) sourceIds = sourcesByFigures(it.text, s.updates);
    if (sourceIds.length === 0) sourceIds = s.updates.map((u) => u.id);
    return { title: trimEnd(groundText(it.title, allowed, unverified)), text, sourceIds };
  });
  return {
    ...offline,
    heading: trimEnd(groundText(out.value.heading, allowed, unverified)).replace(
      /^（[一二三四五六七八九十]+）/u,
      "",
    ),
    paragraphs: [],
    items,
    origin: "llm",
    unverified,
    sourceIds: s.updates.map((u) => u.id),
    inputHash: out.key,
    ...(instruction.trim() ? { instruction: instruction.trim() } : {}),
  };
}

export interface DocumentParts {
  opening: DraftPart;
  problems: DraftPart;
  plan: DraftPart;
}

/** The whole-document step: opening with headline figures, problems, plan. */
export async function draftDocumentParts(
  deps: PipelineDeps,
  material: Material,
  sections: readonly DraftPart[],
  instruction = "",
): Promise<DocumentParts> {
  const offline: DocumentParts = {
    opening: offlineOpening(deps.org, material),
    problems: offlineProblems(material),
    plan: offlinePlan(material),
  };
  const hash = contentHash(material.all);
  const offlineByChoice = !deps.session.llm;
  if (material.all.length === 0 || offlineByChoice) {
    return {
      opening: { ...offline.opening, inputHash: hash },
      problems: { ...offline.problems, inputHash: hash },
      plan: { ...offline.plan, inputHash: hash },
    };
  }
  const refs = new Refs(material.all);
  const out = await ask(
    deps.session,
    "document",
    documentMessages(ctxOf(deps, material), sections, refs, instruction),
    DocumentOutputSchema,
  );
  if (!out.ok) {
    return {
      opening: { ...fallback(offline.opening, out.reason, false), inputHash: hash },
      problems: { ...fallback(offline.problems, out.reason, false), inputHash: hash },
      plan: { ...fallback(offline.plan, out.reason, false), inputHash: hash },
    };
  }
  const allowed = groundingFor(material.all, [`${material.period.year}年`, `${material.period.year + 1}年`]);
  const extra = instruction.trim() ? { instruction: instruction.trim() } : {};
  const openingUnverified: string[] = [];
  const opening: DraftPart = {
    ...offline.opening,
    paragraphs: [groundText(out.value.opening.trim(), allowed, openingUnverified)],
    origin: "llm",
    unverified: openingUnverified,
    inputHash: out.key,
    ...extra,
  };

  const listPart = (
    kind: "problems" | "plan",
    base: DraftPart,
    given: Array<{ title?: string; text: string; sources: string[] }>,
  ): DraftPart => {
    // No reported problems (or plans): keep the placeholder, never the model's own invention.
    if (base.origin === "placeholder") return { ...base, inputHash: out.key };
    if (given.length === 0)
      return {
        ...fallback(base, `模型未写出${kind === "plan" ? "工作计划" : "存在的问题"}`, false),
        inputHash: out.key,
      };
    const unverified: string[] = [];
    const items = given.map((g) => {
      let sourceIds = refs.ids(g.sources);
      if (sourceIds.length === 0) sourceIds = base.sourceIds;
      return {
        title: trimEnd(groundText(g.title ?? "", allowed, unverified)),
        text:
          kind === "problems"
            ? trimEnd(groundText(g.text, allowed, unverified))
            : endSentence(groundText(g.text, allowed, unverified)),
        sourceIds,
      };
    });
    return {
      ...base,
      paragraphs: [],
      items,
      origin: "llm",
      unverified,
      sourceIds: [...new Set(items.flatMap((i) => i.sourceIds))],
      inputHash: out.key,
      ...extra,
    };
  };
  return {
    opening,
    problems: listPart("problems", offline.problems, out.value.problems),
    plan: listPart("plan", offline.plan, out.value.plan),
  };
}

export interface PipelineResult {
  title: string;
  parts: DraftPart[];
  offline: boolean;
}

/**
 * Draft every part. `keep` holds parts that must not change (locked or approved in the
 * previous version): they are copied as they are and not sent to the model.
 */
export async function runPipeline(
  deps: PipelineDeps,
  material: Material,
  keep: ReadonlyMap<string, DraftPart> = new Map(),
): Promise<PipelineResult> {
  const toDraft = material.sections.filter((s) => !keep.has(`section:${s.sectionId}`));
  const total = toDraft.filter((s) => s.updates.length > 0).length + 1;
  let done = 0;
  const tick = (label: string) => deps.onProgress?.({ done: ++done, total, label });
  deps.onProgress?.({ done: 0, total, label: "开始起草" });

  const sections = await Promise.all(
    material.sections.map(async (s) => {
      const kept = keep.get(`section:${s.sectionId}`);
      if (kept) return kept;
      const part = await draftSectionPart(deps, material, s);
      if (s.updates.length > 0) tick(`（${s.index}）${s.sectionName}`);
      return part;
    }),
  );
  const doc = await draftDocumentParts(deps, material, sections);
  tick("开头、问题和计划");
  const pick = (p: DraftPart) => keep.get(p.key) ?? p;
  const parts = [pick(doc.opening), ...sections, pick(doc.problems), pick(doc.plan)];
  return {
    title: draftTitle(deps.org.unit, material.period),
    parts,
    offline: parts.every((p) => p.origin !== "llm"),
  };
}
