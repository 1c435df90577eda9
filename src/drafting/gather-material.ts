import type { Org } from "../domain/org.js";
import type { Period } from "../domain/period.js";
import { periodRange } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import type { Store } from "../store/types.js";

/**
 * The material a draft is written from: confirmed updates in the period that carry content
 * (「本周无进展」 and withdrawn ones are left out), grouped by roster section in roster order.
 * Sections with no material are kept (empty) so the draft shows a placeholder for them.
 */
export interface SectionMaterial {
  sectionId: string;
  sectionName: string;
  /** 1-based position under 一、 — the （一）（二） number. */
  index: number;
  updates: Update[];
}

export interface Material {
  period: Period;
  sections: SectionMaterial[];
  /** Every update used, in date order. */
  all: Update[];
}

/** Sort key that keeps drafts deterministic: date, then creation time, then id. */
export function byDate(a: Update, b: Update): number {
  return a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Whether an update may feed a draft. */
export function isMaterial(u: Update): boolean {
  return u.status === "confirmed" && !u.noProgress && (u.normalizedText.trim() !== "" || u.items.length > 0);
}

export function groupMaterial(org: Org, period: Period, updates: Update[]): Material {
  const range = periodRange(period);
  const all = updates.filter((u) => isMaterial(u) && u.date >= range.from && u.date <= range.to).sort(byDate);
  const sections: SectionMaterial[] = org.sections.map((s, i) => ({
    sectionId: s.id,
    sectionName: s.name,
    index: i + 1,
    updates: all.filter((u) => u.section === s.id),
  }));
  // Updates filed under a section that has since left the roster still count.
  const known = new Set(org.sections.map((s) => s.id));
  for (const u of all) {
    if (known.has(u.section)) continue;
    let extra = sections.find((s) => s.sectionId === u.section);
    if (!extra) {
      extra = { sectionId: u.section, sectionName: u.section, index: sections.length + 1, updates: [] };
      sections.push(extra);
    }
    extra.updates.push(u);
  }
  return { period, sections, all };
}

/** Read the period's material from the store. */
export function gatherMaterial(store: Store, org: Org, period: Period): Material {
  const range = periodRange(period);
  return groupMaterial(
    org,
    period,
    store.listUpdates({ from: range.from, to: range.to, status: "confirmed" }),
  );
}
