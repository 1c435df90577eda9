import { ask } from "./ask-model.js";
import {
  chunkByBudget,
  estimateTokens,
  materialBudget,
  materialLine,
  type Point,
  pointLine,
  Refs,
  reduceMessages,
  sectionMessages,
} from "./build-requests.js";
import { draftTitle, endSentence, trimEnd } from "./document-labels.js";
export { draftDocumentParts, contentHash, type PipelineDeps, type Progress };
import type { DraftItem, DraftPart } from "./draft-model.js";
import { draftDocumentParts } from "./draft-document.js";
import { contentHash, ctxOf, fallback, type PipelineDeps, type Progress } from "./pipeline-deps.js";
import { offlineSectionPart } from "./draft-offline.js";
import { leadTotals } from "./lead-totals.js";
import type { Material, SectionMaterial } from "./gather-material.js";
import { type GroundNotes, groundingFor, groundText, sourcesByFigures } from "./ground-figures.js";
import { ReduceOutputSchema, SectionOutputSchema } from "./part-schemas.js";
import { laterNotTold } from "./remaining-work.js";
import { oneRoughWordAcross } from "./written-amounts.js";

/**
 * The drafting pipeline: sections in parallel (bounded by the session's limiter), each reduced
 * first when its material exceeds the context budget, then the whole-document step (opening,
 * problems, plan). Every model answer is grounded; every failure falls back to the offline
 * drafter for that part only, marked `fallback` with the reason.
 */
/** Reduce material lines until they fit the budget (map-reduce); undefined when a step failed. */
async function reduceToBudget(
  deps: PipelineDeps,
  material: Material,
  s: SectionMaterial,
  refs: Refs,
  notes: GroundNotes,
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
            text: groundText(p.text, allowed, notes),
            sourceIds: refs.ids(p.sources),
          }))
        : [],
    );
    lines = points
      .filter((p) => p.text !== "")
      .map((p) =>
        pointLine(
          p.sourceIds.length > 0 ? p : { ...p, sourceIds: sourcesByFigures(p.text, s.updates) },
          refs,
        ),
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
  const offline = offlineSectionPart(s, "offline", material.period.half);
  if (s.updates.length === 0) return offline;
  const offlineByChoice = !deps.session.llm;
  if (offlineByChoice) return { ...offline, inputHash: contentHash(s.updates) };
  const refs = new Refs(s.updates);
  const notes: GroundNotes = { unverified: [], dropped: [] };
  const reduced = await reduceToBudget(deps, material, s, refs, notes);
  if (reduced.failed)
    return { ...fallback(offline, reduced.failed, false), inputHash: contentHash(s.updates) };
  const messages = sectionMessages(ctxOf(deps, material), s, reduced.lines.join("\n"), instruction);
  const out = await ask(deps.session, "section", messages, SectionOutputSchema);
  if (!out.ok)
    return { ...fallback(offline, out.reason, false), inputHash: out.key || contentHash(s.updates) };

  const allowed = groundingFor(s.updates, [`${material.period.year}年`, `${material.period.year + 1}年`]);
  const items: DraftItem[] = [];
  for (const it of out.value.items) {
    const text = endSentence(groundText(it.text, allowed, notes));
    if (!text) continue;
    let sourceIds = refs.ids(it.sources);
    if (sourceIds.length === 0) sourceIds = sourcesByFigures(it.text, s.updates);
    if (sourceIds.length === 0) sourceIds = s.updates.map((u) => u.id);
    items.push({ title: trimEnd(groundText(it.title, allowed, notes)), text, sourceIds });
  }
  // Totals lead (the model's own lead, then any untitled total it left among the items).
  const ordered = leadTotals(items);
  const own = trimEnd(groundText(out.value.lead.trim(), allowed, notes));
  // Each lead paragraph with its sources (lead55): the model's own lead by the figures it uses, a total by its item's.
  const leads: Array<[string, string[]]> = [
    ...(own ? [[own, sourcesByFigures(own, s.updates)] as [string, string[]]] : []),
    ...ordered.lead.filter(Boolean).map((t): [string, string[]] => [t, ordered.sources[t] ?? []]),
  ].map(([t, ids]) => [endSentence(t), ids]);
  const lead = leads.map(([t]) => t);
  const leadSources = Object.fromEntries(leads);
  if (items.length === 0)
    return {
      ...fallback(offline, "模型写出的内容均无材料依据", false),
      inputHash: out.key,
      dropped: notes.dropped,
    };
  return {
    ...offline,
    heading: (trimEnd(groundText(out.value.heading, allowed, notes)) || offline.heading).replace(
      /^（[一二三四五六七八九十]+）/u,
      "",
    ),
    paragraphs: lead,
    ...(lead.length > 0 ? { leadSources } : {}),
    // The year's remaining work is not the model's to drop (its prompt writes only work done): the offline lines follow.
    items: [...ordered.items, ...laterNotTold(offline.items, ordered.items)],
    origin: "llm",
    unverified: notes.unverified,
    dropped: notes.dropped,
    sourceIds: s.updates.map((u) => u.id),
    inputHash: out.key,
    ...(instruction.trim() ? { instruction: instruction.trim() } : {}),
  };
}

export interface PipelineResult {
  title: string;
  parts: DraftPart[];
  offline: boolean;
}

/**
 * Draft every part. `keep` holds parts that must not change (locked or approved in the
 * previous version): they are copied as they are and not sent to the model. `instructionFor`
 * gives the reviewer's words a part is drafted with (by part key; "document" for the opening,
 * problems and plan), as a 退回意见 is followed on regeneration.
 */
export async function runPipeline(
  deps: PipelineDeps,
  material: Material,
  keep: ReadonlyMap<string, DraftPart> = new Map(),
  instructionFor: (key: string) => string = () => "",
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
      const part = await draftSectionPart(deps, material, s, instructionFor(`section:${s.sectionId}`));
      if (s.updates.length > 0) tick(`（${s.index}）${s.sectionName}`);
      return part;
    }),
  );
  const doc = await draftDocumentParts(deps, material, sections, instructionFor("document"));
  tick("开头、问题和计划");
  const pick = (p: DraftPart) => keep.get(p.key) ?? p;
  // One word for 'and more' across the draft; locked or approved parts stay as they are (written-amounts.ts).
  const parts = oneRoughWordAcross(
    [pick(doc.opening), ...sections, pick(doc.problems), pick(doc.plan)],
    new Set(keep.values()),
  );
  return {
    title: draftTitle(deps.org.unit, material.period),
    parts,
    offline: parts.every((p) => p.origin !== "llm"),
  };
}
