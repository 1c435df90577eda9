import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { restoreObject, writtenForm } from "../src/drafting/polish-prose.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * The offline drafter writes spoken money and comparisons as a document does (成交额2.3亿 → 2.3亿元,
 * 比去年多了两成 → 比2025年增长两成), and a bare target (明年争取突破3亿) gets back what it measures
 * from the report that said it — never from nowhere.
 */
const written = (t: string) => writtenForm(cleanChat(t, "2026-11-20"));

describe("spoken money and comparisons in writing", () => {
  it.each([
    ["成交额2.3亿 比去年多了两成", "成交额2.3亿元，比2025年增长两成"],
    ["项目资金到位1200万，比去年少了三成", "项目资金到位1200万元，比2025年下降三成"],
    // Trial39b writes money handed out as 发放 (reached-and-short.ts): the 万元 is what this line checks.
    ["补贴发了3.2万", "发放补贴3.2万元"],
    ["经费投入三万多", "经费投入3万多元"],
    ["签约企业比去年多了5家", "签约企业比2025年增加5家"],
    ["服务对象比上年少了12户", "服务对象比上年减少12户"],
  ])("%s → %s", (said, doc) => {
    expect(written(said)).toBe(doc);
  });

  it.each([
    "资金覆盖3万人", // a count of people after a money noun keeps its unit
    "争取资金500万元", // 元 already said
    "发放资料3万份",
    "比去年多了不少", // no figure: left as said
  ])("leaves %s alone", (said) => {
    expect(written(said)).not.toMatch(/万元人|元元|万份元|增长不少|增加不少/u);
    expect(written(said).replace(/，/gu, "")).toBe(cleanChat(said, "2026-11-20").replace(/，/gu, ""));
  });
});

describe("a bare target gets back what it measures", () => {
  it.each([
    ["争取突破3亿", "全县技术合同登记87项，成交额2.3亿", "争取成交额突破3亿元"],
    ["力争达到40场", "今年科普讲座办了36场", "力争科普讲座达到40场"],
    ["争取超过40家", "全县高新技术企业32家", "争取高新技术企业超过40家"],
  ])("%s (after 「%s」) → %s", (plan, context, doc) => {
    expect(restoreObject(plan, context)).toBe(doc);
  });

  it("guesses nothing when no clause counts in the same unit", () => {
    expect(restoreObject("争取突破3亿", "今年科普讲座办了36场")).toBe("争取突破3亿");
    expect(restoreObject("力争达到40场", "明年力争达到40场")).toBe("力争达到40场");
  });

  it("writes the restored target in the offline plan", async () => {
    const org = parseOrg({
      unit: "示例县科学技术局",
      superiors: "县委、县政府",
      sections: [{ id: "rd", name: "科技项目与研发投入" }],
      people: [{ id: "li", name: "李明", role: "staff", sections: ["rd"] }],
    });
    const store = memoryStore();
    const text = "1-11月全县技术合同登记87项 成交额2.3亿 比去年多了两成 明年争取突破3亿";
    await importRows(
      store,
      org,
      [{ row: 1, author: "li", section: "rd", date: "2026-11-20", text }],
      new Date("2026-12-01T00:00:00Z"),
    );
    const parts = draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts;
    const all = parts.flatMap((p) => p.items.map((i) => i.text)).join("\n");
    expect(all).toContain("成交额2.3亿元，比2025年增长两成");
    expect(all).toContain("争取成交额突破3亿元");
    expect(all).not.toMatch(/[^额]突破3亿/u);
  });
});
