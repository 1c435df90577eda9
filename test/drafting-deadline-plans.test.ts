import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * A plan with a deadline ahead of the day it was said (「年底前完成3所…」「6月底前完成…」 said in June)
 * is never printed as work done (trial 6, class B). Own phrasings, written before the fix: first
 * sight 2/8 right (「年底前还要再建3个」 and the one said done after its deadline), after 8/8.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function draft(rows: Array<{ section: string; date: string; text: string }>, half?: 1 | 2) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map((r, i) => ({ row: i + 1, author: "he-gq", ...r })),
    new Date("2026-12-20T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026, ...(half ? { half } : {}) }, store.updates));
}
// Round 35: a deadline at the year's end is the year's remaining work, told under its section as 「下一步，将于…」
// (remaining-work.ts) — still never as work done, so those lines are not work here.
const work = (d: Awaited<ReturnType<typeof draft>>) =>
  d.parts
    .filter((p) => p.kind === "section" || p.kind === "opening")
    .flatMap((p) => [...p.paragraphs, ...p.items.map((i) => i.text)])
    .filter((t) => !/^(?:下一步|近期)，/u.test(t))
    .join("\n");

const AHEAD: Array<{ section: string; date: string; text: string; words: string; kept?: string }> = [
  {
    section: "hitech",
    date: "2026-06-12",
    text: "完成科技型中小企业评价入库38家；6月底前完成高企申报辅导",
    words: "申报辅导",
    kept: "入库38家",
  },
  {
    section: "popsci",
    date: "2026-12-01",
    text: "上级要求我们年底前完成3所科普示范学校创建",
    words: "示范学校创建",
  },
  { section: "envoy", date: "2026-08-10", text: "9月底前完成5个村级服务站建设", words: "服务站建设" },
  { section: "envoy", date: "2026-09-03", text: "国庆前把两个示范基地验收完", words: "验收" },
  {
    section: "hitech",
    date: "2026-11-02",
    text: "局里要求11月20日前完成全部12家企业走访",
    words: "企业走访",
  },
  { section: "rd", date: "2026-10-10", text: "年底前还要再建3个研发中心", words: "研发中心" },
  {
    section: "rd",
    date: "2026-03-05",
    text: "组织申报市级项目16项，5月底前完成项目验收材料汇总",
    words: "验收材料",
    kept: "16项",
  },
];

describe("a deadline ahead is a plan, never a result", () => {
  for (const r of AHEAD)
    it(`${r.date} 「${r.text}」`, async () => {
      for (const d of [await draft([r]), await draft([r], Number(r.date.slice(5, 7)) <= 6 ? 1 : 2)]) {
        expect(work(d)).not.toContain(r.words);
        if (r.kept) expect(work(d)).toContain(r.kept);
      }
    });

  it("a deadline said done after it passed is work done", async () => {
    const d = await draft([
      { section: "hitech", date: "2026-07-05", text: "6月底前完成了高企申报辅导，共辅导企业12家" },
    ]);
    expect(work(d)).toContain("高新技术企业申报辅导");
  });
});
