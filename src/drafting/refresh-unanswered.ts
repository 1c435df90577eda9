import type { DraftPart } from "./draft-model.js";
import { answers, unansweredProblems } from "./offline-plan.js";

/**
 * The plan part's 「问题在计划中没有对应措施」 list, brought up to date after one part changed (改写
 * by hand, or 重写): the pre-approval check and the card's counts then speak of the text shown, not
 * of the version the list was first made for.
 * - problems written by hand: its new items are the problems, checked against the plan;
 * - problems rewritten otherwise: the problems listed before that the part still states;
 * - the plan changed: the problems listed before that the new plan text still leaves open.
 */
export function refreshUnanswered(parts: DraftPart[], changed: DraftPart): DraftPart[] {
  if (changed.kind !== "problems" && changed.kind !== "plan") return parts;
  const problems = parts.find((p) => p.kind === "problems");
  const plan = parts.find((p) => p.kind === "plan");
  if (!problems || !plan) return parts;
  // The items, as when the list was first made: the outline and the closing are set phrases.
  // The offline titles (「持续抓好文物保护」) only name a section; a model's titles say the measure.
  const planTexts = plan.items.map((i) => (plan.origin === "llm" ? `${i.title}${i.text}` : i.text));
  const problemsText = [...problems.paragraphs, ...problems.items.map((i) => `${i.title}${i.text}`)].join(
    "；",
  );
  const before = plan.unanswered ?? [];
  const asked =
    changed.kind === "plan"
      ? before
      : changed.origin === "manual"
        ? problems.items.map((i) => i.text)
        : before.filter((u) => answers(problemsText, u));
  const open = plan.origin === "placeholder" ? [] : unansweredProblems(asked, planTexts);
  return parts.map((p) =>
    p.key === plan.key ? { ...p, unanswered: open.length > 0 ? open : undefined } : p,
  );
}
