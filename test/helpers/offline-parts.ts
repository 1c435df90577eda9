import { readFileSync } from "node:fs";
import { parseOrg } from "../../src/domain/org.js";
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
