import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * The offline opening quotes the year's figures with what they count: 「全年，覆盖学生860人次」 (round thirty-two's
 * leftover) says nothing of the work. A count of people led only by a verb of reach and who they were (覆盖学生、惠及
 * 农户、服务群众、受益群众) keeps the clause of the work before it. Reports in other words than the trial's.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function opening(section: string, author: string, text: string) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    [{ row: 1, author, section, date: "2026-11-10", text }],
    new Date("2026-12-20T00:00:00Z"),
  );
  const d = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates));
  return d.parts
    .filter((p) => p.kind === "opening")
    .flatMap((p) => p.paragraphs)
    .join("\n");
}

describe("the opening's figures keep what they count (round thirty-three)", () => {
  it.each([
    ["popsci", "chen-kp", "在实验中学开展青少年科技创新大赛宣讲3场，覆盖学生1200人次", "覆盖学生1200人次"],
    ["envoy", "sun-tp", "组织专家到8个村开展果树冬管培训，惠及农户520户", "惠及农户520户"],
    ["popsci", "chen-kp", "科普大篷车下乡巡展11场，服务群众4600人次", "服务群众4600人次"],
  ])("%s %s: no bare count in the opening", async (section, author, text, count) => {
    const o = await opening(section, author, text);
    expect(o).not.toMatch(new RegExp(`全年，${count}`));
  });
});
