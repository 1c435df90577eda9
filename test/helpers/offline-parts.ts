import { readFileSync } from "node:fs";
import { parseOrg } from "../../src/domain/org.js";
import { type Draft, DraftSchema } from "../../src/drafting/draft-model.js";
import { draftOffline } from "../../src/drafting/draft-offline.js";
import { groupMaterial } from "../../src/drafting/gather-material.js";
import { importRows } from "../../src/import/import-updates.js";
import { memoryStore } from "../fixtures/drafting/memory-store.js";

const org = parseOrg(
  JSON.parse(readFileSync(new URL("../../data/org.example.json", import.meta.url), "utf8")),
);

/**
 * One report of the example roster, imported as sent on `date`, drafted offline for 2026: the text of its section
 * parts (一、) and of the plan (三、).
 */
export async function offlineParts(section: string, author: string, date: string, text: string) {
  const store = memoryStore();
  await importRows(store, org, [{ row: 1, author, section, date, text }], new Date("2026-12-20T00:00:00Z"));
  const d = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
  const of = (k: string) =>
    d.parts
      .filter((p) => p.kind === k)
      .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
      .join("\n");
  return { work: of("section"), plan: of("plan") };
}

/** A report row as imported (import-updates.ts): who, which section, the day it was said, what was said. */
export type ReportRow = { author: string; section: string; date: string; text: string };

/** The rows imported on 5 December 2026 and drafted offline for 2026: the draft's title and parts. */
export async function offlineVersionOf(rows: ReportRow[]) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map((r, i) => ({ row: i + 1, ...r })),
    new Date("2026-12-05T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
}

/**
 * The rows imported on 5 December 2026 and drafted offline for 2026, as the stored draft in review holds it: one
 * version (v1, 周建国's 生成, offline), whole, schema-checked.
 */
export async function offlineDraftOf(rows: ReportRow[]): Promise<Draft> {
  const { title, parts } = await offlineVersionOf(rows);
  return DraftSchema.parse({
    id: "2026",
    period: { year: 2026 },
    updatedAt: "2026-12-05T02:00:00Z",
    versions: [
      {
        version: 1,
        createdAt: "2026-12-05T02:00:00Z",
        createdBy: "zhou-ju",
        note: "生成",
        title,
        offline: true,
        parts,
        materialCount: rows.length,
      },
    ],
  });
}
