import { createHash } from "node:crypto";
import { extractUpdate } from "../domain/extract.js";
import type { Org } from "../domain/org.js";
import { isoWeekOfDate, parseDate } from "../domain/period.js";
import { type Update, extractedFields } from "../domain/update.js";
import type { Store } from "../store/types.js";
import type { ImportRow } from "./parse-import.js";

/**
 * Store parsed rows as confirmed updates in one all-or-nothing write. Re-importing the same
 * file is harmless: a row already imported (same author, section, date and text) is skipped.
 *
 * Ids are derived from the row (its number and content), never random: updates of one import
 * share createdAt, so the id is the tie-break of the drafting order (gather-material.ts byDate),
 * and the same file must give the same order, the same U-numbers and the same prompts every time.
 */
export async function importRows(
  store: Store,
  org: Org,
  rows: ImportRow[],
  now: Date,
  by = "import",
): Promise<{ added: number; skipped: number }> {
  const at = now.toISOString();
  const fresh: Update[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const r of rows) {
    const hash = createHash("sha256").update(`${r.author}\n${r.section}\n${r.date}\n${r.text}`).digest("hex");
    const key = `import:${hash.slice(0, 24)}`;
    if (
      seen.has(key) ||
      (await store.listUpdates({ author: r.author, from: r.date, to: r.date })).some(
        (u) => u.sourceMessageId === key,
      )
    ) {
      skipped++;
      continue;
    }
    seen.add(key);
    const ex = extractUpdate(r.text, org, { today: r.date });
    fresh.push({
      id: `import-${String(r.row).padStart(6, "0")}-${hash.slice(0, 12)}`,
      seq: 0,
      author: r.author,
      section: r.section,
      date: r.date,
      week: isoWeekOfDate(parseDate(r.date)!),
      createdAt: at,
      updatedAt: at,
      ...extractedFields(r.text, ex),
      status: "confirmed",
      noProgress: false,
      source: "import",
      sourceMessageId: key,
      history: [{ at, by, action: "imported", note: `row ${r.row}` }],
    });
  }
  if (fresh.length > 0) await store.addUpdates(fresh);
  return { added: fresh.length, skipped };
}
