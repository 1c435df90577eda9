import { withoutTakenBack } from "./figure-scan.js";
import { extractFigures, findStatedFigures } from "./figures.js";
import { figuresInPlace } from "./figures-in-place.js";
import { normalizeText } from "./normalize.js";
import type { Org } from "./org.js";
import { pieceKind } from "./clause-kind.js";
import { type ClauseExtraction, checkedExtraction, withoutFillerPieces } from "./extraction-schema.js";
import type { Extraction } from "./update.js";
import { headingMode } from "./heading-mode.js";
import { sectionOfLabel } from "./section-label.js";
import { withoutAndAlso } from "./and-also.js";
import { withoutTopicParticle } from "./topic-particle.js";
import { splitJobs } from "./split-jobs.js";
import { sectionHints } from "./section-hints.js";
import { punctuateVoiceRun, tidyVoiceClause } from "./voice-run-on.js";
import type { ExtractOptions, Kind } from "./extract-options.js";
import { cleanClause, SALUTATION, splitClauses } from "./split-clauses.js";
import { clausesOfSentence } from "./sentence-clauses.js";

export type { ExtractOptions } from "./extract-options.js";
export { splitClauses } from "./split-clauses.js";

/**
 * Offline understanding of a staff update: normalise, cut into clauses (sentences, 一是…二是…,
 * 1. 2、 （1）), sort each into work done, a problem or a plan, and attach its figures. Rules only,
 * no model: the result is shown back to the author, who corrects it, so a wrong guess is cheap,
 * while a lost figure or a lost sentence is not — every clause lands somewhere.
 *
 * Its parts: split-clauses.ts cuts the text into clauses, sentence-clauses.ts cuts a sentence where its
 * kind turns (lead-kind.ts reads a first piece with no sign of its own), this file reads headings and
 * attaches figures.
 */

/** Problem, plan or work done, for a whole clause outside any 问题/计划 heading. */
export function classifyClause(text: string, today?: string): Kind {
  const k = pieceKind(text, today);
  return k === "problem" || k === "plan" ? k : "item";
}

/** Read a staff message into clauses (each with its kind and figures), items, problems, plans and section hints. */
export function extractUpdate(text: string, org: Org, opts: ExtractOptions = {}): Extraction {
  // A number taken back in the same breath is gone before anything is read (figure-scan.ts).
  const normalizedText = withoutTakenBack(normalizeText(text));
  const clauses: ClauseExtraction["clauses"] = [];
  let mode: Kind = "item";
  let cursor = 0;
  const found = findStatedFigures(normalizedText);
  // Dictated in one breath (voice input): commas where the speaker turned, spoken heads off each clause.
  const voice = punctuateVoiceRun(normalizedText);

  let listed = false;
  for (const seg of splitClauses(voice ?? normalizedText)) {
    // 「一是腊月二十前完成…⏎二是增开班次30个」: an item with no sign of its own goes on as the item before.
    const carry = seg.listed && listed ? clauses[clauses.length - 1]?.kind : undefined;
    listed = seg.listed === true;
    let clause = seg.text;
    // 下一步计划：一是… / 存在问题：… — a heading and its first clause on one line.
    const colon = /^([^，。,：:]{2,16})[：:](.+)$/.exec(clause);
    if (colon) {
      const m = headingMode(colon[1] ?? "", opts.today);
      if (m) {
        mode = m;
        clause = cleanClause(colon[2] ?? "");
        if (clause.length < 2) continue;
      } else if (sectionOfLabel(colon[1] ?? "", org)) {
        // 「高企：新认定6家」「综合：…」: a section's label says where the report goes, not what was done.
        clause = cleanClause(colon[2] ?? "");
        if (clause.length < 2) continue;
      }
    }
    if (extractFigures(clause).length === 0) {
      const m = headingMode(clause, opts.today);
      if (m) {
        mode = m;
        continue;
      }
      // （一）强研发，促转化 is a heading; （三）下步将对…进行专项检查 says what will be done.
      if (
        seg.cnMarker &&
        clause.length <= 25 &&
        !/[。；;]/.test(clause) &&
        !pieceKind(clause, opts.today, opts.time)
      )
        continue;
      if (/[:：]$/.test(clause) && clause.length <= 20) continue; // 本周科普工作：
      if (SALUTATION.test(clause.replace(/[，,。！!]+$/, ""))) continue;
    }
    for (const c of clausesOfSentence(clause, mode, opts, clauses[clauses.length - 1], carry)) {
      if (voice) c.text = tidyVoiceClause(c.text);
      // Several jobs told in one run of work done are several items.
      for (const job of c.kind === "done" ? splitJobs(c.text) : [c.text]) {
        // A voice run's clause keeps the commas its turns were read by (typed spaces included): the drafter,
        // the split by section and the labels read them. (Showing it as typed was tried in round twenty and
        // broke those; not done.)
        // 「…，还有我们上周走访了8家企业」「今年呢，…」: an "and also" 还有 and a topic's 呢 are in no item
        // nor label (and-also.ts, topic-particle.ts).
        const text = withoutFillerPieces(withoutTopicParticle(withoutAndAlso(job)));
        const at = normalizedText.indexOf(job, cursor);
        if (at >= 0) cursor = at + job.length;
        clauses.push({ text, kind: c.kind, figures: figuresInPlace(found, job, at, text, normalizedText) });
      }
    }
  }
  // Through the same schema and grounding as a model's answer.
  return checkedExtraction(normalizedText, { clauses, sectionHints: sectionHints(normalizedText, org) }, org)
    .extraction;
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
