import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { type Draft, DraftSchema, type DraftPart } from "../src/drafting/draft-model.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { pendingText } from "../src/drafting/review-view.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * draft50: a feeling said where the problems were asked for (「心里没底」「压力蛮大」) names no problem; the offline draft
 * wrote it into 存在的问题 as one. It is left out of the text and listed for the reviewer; a problem said with it stays.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function draft(text: string): Promise<Draft> {
  const store = memoryStore();
  await importRows(
    store,
    org,
    [{ row: 1, author: "chen-kp", section: "popsci", date: "2026-11-20", text }],
    new Date("2026-12-05T00:00:00Z"),
  );
  const { title, parts } = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
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
        materialCount: 1,
      },
    ],
  });
}
const problems = (d: Draft) => d.versions[0]?.parts.find((p) => p.kind === "problems") as DraftPart;

describe("draft50: a feeling alone is not written as a problem", () => {
  it("leaves 心里没底 out of 存在的问题, keeps the problem said with it, and tells the reviewer", async () => {
    const d = await draft("今年在城关镇开展科普讲座3场。存在的问题：一是心里没底；二是讲解员太少。");
    const p = problems(d);
    const text = p.items.map((i) => i.text).join("；");
    expect(text).not.toContain("没底");
    expect(text).toContain("讲解员");
    expect(pendingText(d)).toContain("心里没底");
  });
});
