import { screenUpdate } from "../domain/instruction-like.js";
import type { Org } from "../domain/org.js";
import type { Period } from "../domain/period.js";
import { periodRange } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import type { Store } from "../store/types.js";

/**
 * The material a draft is written from: confirmed updates in the period that carry content
 * (「本周无进展」 and withdrawn ones are left out), grouped by roster section in roster order.
 * Sections with no material are kept (empty) so the draft shows a placeholder for them.
 *
 * Material is screened (domain/instruction-like.ts): clauses that read like instructions to the
 * model are cut from the copies drafting sees, and listed per section for the reviewer. The
 * updates as stored (`records`) are untouched.
 */
export interface SectionMaterial {
  sectionId: string;
  sectionName: string;
  /** The section's short names (高企、综合): a label of the report, not its work (draft-offline.ts). */
  sectionAliases?: string[];
  /** 1-based position under 一、 — the （一）（二） number. */
  index: number;
  updates: Update[];
  /** Ids of this section's updates that held instruction-like clauses (cut, not drafted from). */
  setAside: string[];
}

/** An update whose instruction-like clauses were cut from the material. */
export interface SetAside {
  updateId: string;
  sectionId: string;
  /** The clauses cut, as written. */
  clauses: string[];
}

export interface Material {
  period: Period;
  sections: SectionMaterial[];
  /** Every update used, screened, in date order. */
  all: Update[];
  /** The period's material as stored (unscreened, including updates left with nothing to draft from), in date order. */
  records: Update[];
  /** Updates whose instruction-like clauses were cut, in date order. */
  setAside: SetAside[];
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
  const records = updates
    .filter((u) => isMaterial(u) && u.date >= range.from && u.date <= range.to)
    .sort(byDate);
  const setAside: SetAside[] = [];
  const all: Update[] = [];
  for (const u of records) {
    const s = screenUpdate(u);
    if (s.removed.length > 0) setAside.push({ updateId: u.id, sectionId: u.section, clauses: s.removed });
    if (isMaterial(s.update)) all.push(s.update);
  }
  const asideIn = (sectionId: string) =>
    setAside.filter((a) => a.sectionId === sectionId).map((a) => a.updateId);
  const sections: SectionMaterial[] = org.sections.map((s, i) => ({
    sectionId: s.id,
    sectionName: s.name,
    sectionAliases: s.aliases,
    index: i + 1,
    updates: all.filter((u) => u.section === s.id),
    setAside: asideIn(s.id),
  }));
  // Updates filed under a section that has since left the roster still count.
  const drafted = new Set(all);
  const known = new Set(org.sections.map((s) => s.id));
  for (const u of [...all, ...records.filter((r) => setAside.some((a) => a.updateId === r.id))]) {
    if (known.has(u.section)) continue;
    let extra = sections.find((s) => s.sectionId === u.section);
    if (!extra) {
      extra = {
        sectionId: u.section,
        sectionName: u.section,
        index: sections.length + 1,
        updates: [],
        setAside: asideIn(u.section),
      };
      sections.push(extra);
    }
    if (drafted.has(u)) extra.updates.push(u);
  }
  return { period, sections, all, records, setAside };
}

/** Read the period's material from the store. */
export async function gatherMaterial(store: Store, org: Org, period: Period): Promise<Material> {
  const range = periodRange(period);
  return groupMaterial(
    org,
    period,
    await store.listUpdates({ from: range.from, to: range.to, status: "confirmed" }),
  );
}
