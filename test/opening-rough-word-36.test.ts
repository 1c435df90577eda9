import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { oneRoughWord } from "../src/drafting/written-amounts.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * Trial36, class 3: the offline opening strings together clauses from different people, and wrote 「上报20多项」 beside
 * 「开展科普讲座30余场」 — two words for 'and more' in one sentence, as if two hands wrote it; one item did the same
 * (「30余场，群众参加5000多人次」). In one passage that already writes 余 (the written word), 多 follows it. A passage
 * with 多 alone stays as said (round thirty-four: the seed documents write both; N多 is not rewritten on its own).
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function draft(rows: Array<[string, string, string, string]>) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map(([author, section, date, text], i) => ({ row: i + 1, author, section, date, text })),
    new Date("2026-12-05T00:00:00Z"),
  );
  return draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts;
}

describe("one word for 'and more' in a passage", () => {
  it("the opening: 20多项 beside 30余场 is 20余项", async () => {
    const parts = await draft([
      ["sun-tp", "envoy", "2026-11-02", "组织企业申报市级研发项目，报上去20多个"],
      ["chen-kp", "popsci", "2026-10-10", "全年开展科普讲座30来场，群众参加5000多人次"],
      ["li-rd", "rd", "2026-09-03", "帮助企业争取上级科技项目资金1200万元，立项20来个"],
    ]);
    const opening = parts[0]?.paragraphs.join("") ?? "";
    expect(opening).toContain("上报20余项");
    expect(opening).toContain("30余场");
    expect(opening).not.toMatch(/\d多/u);
    // One item that writes both does the same.
    const popsci =
      parts
        .find((p) => p.key === "section:popsci")
        ?.items.map((i) => i.text)
        .join("") ?? "";
    expect(popsci).toContain("群众参加5000余人次");
  });

  it.each([
    ["开展科普讲座30余场，群众参加5000多人次", "开展科普讲座30余场，群众参加5000余人次"],
    ["争取资金20多万元，帮扶30余户", "争取资金20余万元，帮扶30余户"],
    // 多 alone, or 多 that is no rough count, stays.
    ["60多名果农参加，发放手册200本", "60多名果农参加，发放手册200本"],
    ["走访企业30余家，多次召开座谈会", "走访企业30余家，多次召开座谈会"],
    ["服务群众300余人次，覆盖多个乡镇", "服务群众300余人次，覆盖多个乡镇"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(oneRoughWord(text)).toBe(want);
  });

  it("an opening with 多 alone stays as said", async () => {
    const parts = await draft([
      ["sun-tp", "envoy", "2026-11-02", "组织企业申报市级研发项目，报上去20多个"],
      ["chen-kp", "popsci", "2026-10-10", "全年开展科普讲座32场，群众参加5000多人次"],
    ]);
    const opening = parts[0]?.paragraphs.join("") ?? "";
    expect(opening).toContain("20多项");
    expect(opening).toContain("5000多人次");
  });
});
