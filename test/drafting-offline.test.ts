import { describe, expect, it } from "vitest";
import { draftOffline, pairedHeading } from "../src/drafting/draft-offline.js";
import { emptyUsage, type DraftVersion, NO_MATERIAL } from "../src/drafting/draft-model.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { renderMarkdown } from "../src/export/render-markdown.js";
import { sampleUpdates, testOrg } from "./fixtures/drafting/make-material.js";

function offlineVersion(half?: 1 | 2): { v: DraftVersion; md: string; review: string } {
  const org = testOrg();
  const period = half ? { year: 2025, half } : { year: 2025 };
  const material = groupMaterial(org, period, sampleUpdates());
  const { title, parts } = draftOffline(org, material);
  const v: DraftVersion = {
    version: 1,
    createdAt: "2025-12-20T00:00:00.000Z",
    createdBy: "test",
    note: "生成",
    title,
    offline: true,
    parts,
    usage: emptyUsage(),
    elapsedMs: 0,
    materialCount: material.all.length,
  };
  return { v, md: renderMarkdown(v, period), review: renderMarkdown(v, period, { review: true }) };
}

describe("offline drafter", () => {
  it("builds title, opening, 一、（一） sections, problems and plan", () => {
    const { md } = offlineVersion();
    expect(md).toContain("# 示例县科学技术局2025年工作总结和2026年工作计划");
    expect(md).toContain("2025年，我局在县委、县政府的坚强领导下");
    expect(md).toContain("现将2025年工作总结如下：");
    expect(md).toContain("## 一、2025年工作开展情况");
    expect(md).toMatch(/### （一）抓科技项目，促研发投入，/);
    expect(md).toContain("### （四）");
    expect(md).toContain("## 二、存在的问题");
    expect(md).toContain("一是部分中小企业研发投入积极性不高；二是基层科普阵地设施老化。");
    expect(md).toContain("## 三、2026年工作计划");
    expect(md).toContain("计划新创建星创天地10个");
  });

  it("keeps every reported figure and labels the draft 离线草稿", () => {
    const { md } = offlineVersion();
    for (const raw of [
      "32家",
      "12项",
      "1.4亿元",
      "1500名",
      "1.2万余份",
      "78名",
      "8000余人次",
      "3.6%",
      "10个",
    ]) {
      expect(md).toContain(raw);
    }
    expect(md).toContain("离线草稿");
  });

  it("leaves out withdrawn, 无进展 and out-of-period updates, and shows a placeholder for empty sections", () => {
    const { md, v } = offlineVersion();
    expect(md).not.toContain("99次");
    expect(md).not.toContain("本周无进展");
    expect(md).not.toContain("77家");
    const party = v.parts.find((p) => p.key === "section:party");
    expect(party?.origin).toBe("placeholder");
    expect(md).toContain(NO_MATERIAL);
  });

  it("half-year drafts only use the half's material and plan for 下半年", () => {
    const { md } = offlineVersion(1);
    expect(md).toContain("2025年上半年工作总结和下半年工作计划");
    expect(md).toContain("## 一、上半年工作开展情况");
    expect(md).toContain("## 三、下半年工作计划");
    expect(md).not.toContain("8000余人次"); // reported in July
  });

  it("shows source ids only in the review view", () => {
    const { md, review } = offlineVersion();
    expect(review).toContain("〔来源：u-rd-1〕");
    expect(md).not.toContain("u-rd-1");
  });

  it("derives paired headings from section names", () => {
    expect(pairedHeading("科普宣传与培训", 2)).toBe("强科普宣传，优培训，工作成效持续显现");
    expect(pairedHeading("综合管理", 1)).toMatch(/^抓综合管理，求实效，/);
  });
});
