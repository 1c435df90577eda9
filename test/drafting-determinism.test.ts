import { describe, expect, it } from "vitest";
import { documentMessages, materialLine, Refs, sectionMessages } from "../src/drafting/build-requests.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { loadPrompts } from "../src/drafting/load-prompts.js";
import { importRows } from "../src/import/import-updates.js";
import type { ImportRow } from "../src/import/parse-import.js";
import { testOrg } from "./fixtures/drafting/make-material.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/** Same material → same prompts: no random tie-break on import, a stable order in prompts. */
const rows: ImportRow[] = [
  {
    row: 1,
    author: "li-rd",
    section: "rd",
    date: "2025-03-10",
    text: "走访规上企业15家，全年争取省级项目12项",
  },
  {
    row: 2,
    author: "li-rd",
    section: "rd",
    date: "2025-03-10",
    text: "组织研发费用加计扣除培训，32家企业参加",
  },
  { row: 3, author: "sun-kp", section: "popsci", date: "2025-03-10", text: "科普大篷车进村12次" },
  {
    row: 4,
    author: "sun-kp",
    section: "popsci",
    date: "2025-03-10",
    text: "发放资料1.2万份。问题：阵地设施老化。明年计划新建科普馆1个",
  },
  { row: 5, author: "li-rd", section: "rd", date: "2025-03-10", text: "全年技术合同成交额1.4亿元" },
];

async function prompts(at: string): Promise<string> {
  const store = memoryStore();
  const org = testOrg();
  await importRows(store, org, rows, new Date(at));
  const material = groupMaterial(org, { year: 2025 }, store.updates);
  const ctx = { org, prompts: await loadPrompts(), material };
  const out: string[] = [];
  for (const s of material.sections) {
    if (s.updates.length === 0) continue;
    const refs = new Refs(s.updates);
    const lines = s.updates.map((u) => materialLine(refs.ref(u.id), u)).join("\n");
    out.push(...sectionMessages(ctx, s, lines, "").map((m) => m.content));
  }
  const sections = draftOffline(org, material).parts.filter((p) => p.kind === "section");
  out.push(...documentMessages(ctx, sections, new Refs(material.all), "").map((m) => m.content));
  return out.join("\n----\n");
}

describe("deterministic drafting", () => {
  it("importing the same file twice (at different times) gives identical prompts, in file order", async () => {
    const a = await prompts("2025-12-01T08:00:00Z");
    const b = await prompts("2025-12-02T09:30:00Z");
    expect(a).toBe(b);
    expect(a.indexOf("走访规上企业15家")).toBeLessThan(a.indexOf("组织研发费用加计扣除培训"));
    expect(a.indexOf("组织研发费用加计扣除培训")).toBeLessThan(a.indexOf("全年技术合同成交额1.4亿元"));
  });

  it("puts the year's totals first among the headline figures and leaves targets out", async () => {
    const a = await prompts("2025-12-01T08:00:00Z");
    const figures = /主要数据[^\n]*\n<material>\n([\s\S]*?)\n<\/material>/u.exec(a)?.[1] ?? "";
    const lines = figures.split("\n");
    expect(lines[0]).toMatch(/全年技术合同成交额1.4亿元|全年争取省级项目12项/u);
    expect(figures).not.toContain("新建科普馆1个");
    expect(figures).toContain("发放资料1.2万份");
  });
});
