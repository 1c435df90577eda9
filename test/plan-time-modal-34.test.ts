import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { writtenForm } from "../src/drafting/polish-prose.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * The offline plan wrote 「1月准备在3个村开展果树冬剪培训」 (下个月准备… said in December): once the time is a date, the
 * chat modal after it (准备、打算、要) goes as it does at the head of a plan. And 「带着5个特派员去…」 is 带领 in writing.
 * Phrasings other than the console's.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function plan(section: string, author: string, date: string, text: string) {
  const store = memoryStore();
  await importRows(store, org, [{ row: 1, author, section, date, text }], new Date("2026-12-20T00:00:00Z"));
  const d = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
  return d.parts
    .filter((p) => p.kind === "plan")
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
    .join("\n");
}

describe("a plan's modal after its time (round thirty-four)", () => {
  it.each([
    ["envoy", "sun-tp", "2026-12-08", "下个月打算在4个村开展柑橘修剪培训", "1月在4个村"],
    // 要到 + a place + the work there is a going, written 赴 since round thirty-five (going-written.ts TO).
    ["popsci", "chen-kp", "2026-12-02", "下月要到2所中学开展科普展览", "1月赴2所中学"],
  ])("%s: %s", async (section, author, date, text, want) => {
    const p = await plan(section, author, date, text);
    expect(p).toContain(want);
    expect(p).not.toMatch(/月(?:打算|准备|要)/);
  });

  it("带着 + people counted is 带领", () => {
    expect(writtenForm("带着3名农技员去柳河村查看苗情")).toContain("带领3名农技员");
  });
});
