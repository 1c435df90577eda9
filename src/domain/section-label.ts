import type { Org } from "./org.js";

/** What may follow a section word in a label: 高企这块、人才方面、综合工作、党建的. */
const LABEL_TAIL = /(?:这块|那块|这一块|这边|那边|方面|工作|的)+$/u;

/**
 * 「高企：…」「综合：…」「人才这块：…」 heading a report: the label names one of the org's sections — its
 * full name, one of its aliases (data/org.example.json), or a part of its name of two characters or
 * more that no other section's name holds. The section's id; undefined for any other label (科技活动周：
 * names the work, not where it goes).
 */
export function sectionOfLabel(label: string, org: Org): string | undefined {
  const named = label.trim().replace(LABEL_TAIL, "");
  const n = [...named].length;
  if (n < 2 || n > 12) return undefined;
  const exact = org.sections.filter((s) => s.name === named || s.aliases.includes(named));
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return undefined;
  const within = org.sections.filter((s) => s.name.includes(named));
  return within.length === 1 ? within[0]!.id : undefined;
}
