import { describe, expect, it } from "vitest";
import { cleanBody, pairedHeading } from "../src/drafting/draft-offline.js";
import { type DraftVersion, NO_MATERIAL } from "../src/drafting/draft-model.js";
import { renderMarkdown } from "../src/export/render-markdown.js";
import { sampleVersion } from "./fixtures/drafting/make-material.js";

function offlineVersion(half?: 1 | 2): { v: DraftVersion; md: string; review: string } {
  const period = half ? { year: 2025, half } : { year: 2025 };
  const v = sampleVersion(period);
  return { v, md: renderMarkdown(v, period), review: renderMarkdown(v, period, { review: true }) };
}

describe("offline drafter", () => {
  it("builds title, opening, 一、（一） sections, problems and plan", () => {
    const { md } = offlineVersion();
    expect(md).toContain("# 示例县科学技术局2025年工作总结和2026年工作计划");
    expect(md).toContain("2025年，我局在县委、县政府的坚强领导下");
    expect(md).toContain("现将2025年工作总结如下：");
    expect(md).toContain("## 一、2025年工作开展情况");
    expect(md).toMatch(/### （一）抓项目，强研发，/);
    expect(md).toContain("### （四）");
    expect(md).toContain("## 二、存在的问题");
    expect(md).toContain("一是部分中小企业研发投入积极性不高；二是基层科普阵地设施老化。");
    expect(md).toContain("## 三、2026年工作计划");
    expect(md).toContain("新创建星创天地10个");
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
    expect(pairedHeading("科普宣传与培训", 2)).toBe("重科普，强培训，全民科学素质持续提升");
    expect(pairedHeading("科技项目与研发投入", 1)).toBe("抓项目，强研发，项目支撑不断增强");
    expect(pairedHeading("党建与作风建设", 7)).toBe("强党建，转作风，队伍建设全面加强");
    expect(pairedHeading("档案", 1)).toMatch(/^抓档案，求实效，/);
  });

  it("turns chat wording into document prose and moves problems and plans out of the body", () => {
    const text =
      "本周走访企业12家。\n主要数据：培训78期，受训群众8000余人次。\n存在问题：特派员年龄偏大。\n下一步计划：新建示范基地3个。";
    expect(cleanBody(text, ["特派员年龄偏大", "新建示范基地3个"])).toBe(
      "走访企业12家；培训78期，受训群众8000余人次。",
    );
    // Without extracted problems or plans nothing is dropped.
    expect(cleanBody("问题：场地偏小。", [])).toBe("问题：场地偏小。");
  });
});
