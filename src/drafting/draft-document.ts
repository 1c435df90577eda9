import { ask } from "./ask-model.js";
import { documentMessages, Refs } from "./build-requests.js";
import { endSentence, trimEnd } from "./document-labels.js";
import type { DraftItem, DraftPart } from "./draft-model.js";
import { offlineOpening } from "./draft-offline.js";
import type { Material } from "./gather-material.js";
import { type GroundNotes, groundingFor, groundText } from "./ground-figures.js";
import {
  answers,
  offlinePlan,
  offlineProblems,
  planClosing,
  reportedProblems,
  unansweredProblems,
} from "./offline-plan.js";
import { DocumentOutputSchema } from "./part-schemas.js";
import { feelingClauses, withoutFeelings } from "./feeling-only.js";
import { contentHash, ctxOf, fallback, type PipelineDeps } from "./pipeline-deps.js";

/**
 * The whole-document step: opening with headline figures, problems, and the plan (总体思路
 * paragraph, items by work line, closing). Every text is grounded; sentences whose only claim
 * is an unsupported figure are dropped and listed. Each reported problem should be answered by a
 * plan item (the model says which, by P-number; otherwise the words decide); the others are listed
 * on the plan part as unanswered.
 */
export interface DocumentParts {
  opening: DraftPart;
  problems: DraftPart;
  plan: DraftPart;
}

const newNotes = (): GroundNotes => ({ unverified: [], dropped: [] });

export async function draftDocumentParts(
  deps: PipelineDeps,
  material: Material,
  sections: readonly DraftPart[],
  instruction = "",
): Promise<DocumentParts> {
  const offline: DocumentParts = {
    opening: offlineOpening(deps.org, material),
    problems: offlineProblems(material),
    plan: offlinePlan(deps.org, material),
  };
  const hash = contentHash(material.all);
  if (material.all.length === 0 || !deps.session.llm) {
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
  const g = groundingFor(material.all, [`${material.period.year}年`, `${material.period.year + 1}年`]);
  const extra = instruction.trim() ? { instruction: instruction.trim() } : {};
  const openingNotes = newNotes();
  const openingText = groundText(out.value.opening.trim(), g, openingNotes);
  const opening: DraftPart = openingText
    ? {
        ...offline.opening,
        paragraphs: [openingText],
        origin: "llm",
        unverified: openingNotes.unverified,
        dropped: openingNotes.dropped,
        inputHash: out.key,
        ...extra,
      }
    : { ...fallback(offline.opening, "模型写出的开头段无材料依据", false), inputHash: out.key };

  const items = (
    given: Array<{ title?: string; text: string; sources: string[] }>,
    base: DraftPart,
    notes: GroundNotes,
    end: (s: string) => string,
  ): DraftItem[] => {
    const list: DraftItem[] = [];
    for (const it of given) {
      const text = end(groundText(it.text, g, notes));
      if (!text) continue;
      const ids = refs.ids(it.sources);
      list.push({
        title: trimEnd(groundText(it.title ?? "", g, notes)),
        text,
        sourceIds: ids.length > 0 ? ids : base.sourceIds,
      });
    }
    return list;
  };
  const asLlm = (base: DraftPart, list: DraftItem[], notes: GroundNotes): DraftPart => ({
    ...base,
    paragraphs: [],
    items: list,
    origin: "llm",
    unverified: notes.unverified,
    dropped: notes.dropped,
    sourceIds: [...new Set(list.flatMap((i) => i.sourceIds))],
    inputHash: out.key,
    ...extra,
  });

  // No reported problems (or plans): keep the placeholder, never the model's own invention.
  let problems: DraftPart = { ...offline.problems, inputHash: out.key };
  if (offline.problems.origin !== "placeholder") {
    const notes = newNotes();
    // draft51: a feeling the model wrote as a problem (心里没底、工作压力较大) is no problem there either: off the text,
    // listed for the reviewer as the offline part lists it (feeling-only.ts); draft52: and as the model paraphrases
    // it (思想负担较重、干部职工压力较大).
    const given = out.value.problems.map((p) => ({ ...p, text: withoutFeelings(p.text, true) }));
    const felt = out.value.problems.flatMap((p) => feelingClauses(p.text, true));
    const feelings = [...new Set([...(offline.problems.feelings ?? []), ...felt])];
    const list = items(given, offline.problems, notes, trimEnd);
    problems =
      list.length > 0
        ? { ...asLlm(offline.problems, list, notes), ...(feelings.length > 0 ? { feelings } : {}) }
        : { ...fallback(offline.problems, "模型未写出存在的问题", false), inputHash: out.key };
  }

  let plan: DraftPart = { ...offline.plan, inputHash: out.key };
  if (offline.plan.origin !== "placeholder") {
    const notes = newNotes();
    const list = items(out.value.plan, offline.plan, notes, endSentence);
    if (list.length === 0) {
      plan = { ...fallback(offline.plan, "模型未写出工作计划", false), inputHash: out.key };
    } else {
      const outline = groundText(out.value.plan_outline.trim(), g, notes);
      const closing = groundText(out.value.closing.trim(), g, notes);
      // An item per reported work line: a line the model left out gets its offline item.
      for (const line of offline.plan.items) {
        const covered = list.some(
          (i) =>
            i.sourceIds.some((id) => line.sourceIds.includes(id)) ||
            answers(`${i.title}${i.text}`, line.text),
        );
        if (!covered) list.push(line);
      }
      const reported = reportedProblems(material).map((p) => p.text);
      const answered = new Set(out.value.plan.flatMap((p) => p.answers.map((a) => a.trim().toUpperCase())));
      const open = reported.filter((_, i) => !answered.has(`P${i + 1}`));
      plan = {
        ...asLlm(offline.plan, list, notes),
        paragraphs: [outline || (offline.plan.paragraphs[0] ?? "")].filter(Boolean),
        closing: closing || planClosing(material),
        unanswered: unansweredProblems(
          open,
          list.map((i) => `${i.title}${i.text}`),
        ),
      };
    }
  }
  return { opening, problems, plan };
}
