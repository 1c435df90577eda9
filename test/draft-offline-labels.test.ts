import { describe, expect, it } from "vitest";
import { offlineItems } from "../src/drafting/draft-offline.js";
import { joinProblems } from "../src/export/layout-draft.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * The offline draft (no key): a section label with a colon at the head of a report (王志强's
 * 「综合：全年组织安全生产检查6次，整改隐患23处」) is no title of the item and no part of its sentence; one
 * problem is written without 一是 (一是 with no 二是 is a list cut short). Found in console trials: 「1.综合。全年
 * 组织…」 and 「一是有的支部学习流于形式。」.
 */
const item = (text: string, sectionName: string, aliases: string[] = []) =>
  offlineItems(
    [makeUpdate({ normalizedText: text, originalText: text, items: [{ text, figures: [] }], figures: [] })],
    sectionName,
    aliases,
  ).map((i) => [i.title, i.text]);

describe("a section label at the head of a report", () => {
  it("the section's own name, alone or with 这块/方面, is dropped", () => {
    expect(item("综合：全年组织安全生产检查6次，整改隐患23处", "综合管理与安全生产")).toEqual([
      ["", "全年组织安全生产检查6次，整改隐患23处。"],
    ]);
    expect(item("党建：组织主题党日4次", "党建与作风建设")[0]?.[0]).toBe("");
    expect(item("安全生产这块：开展消防演练2次", "综合管理与安全生产")[0]).toEqual(["", "开展消防演练2次。"]);
    expect(item("科普：举办科普讲座5场", "科普宣传与培训")[0]?.[0]).toBe("");
  });

  it("a short name of the section (its alias, 高企 for 高新技术企业与创新平台) is dropped too (kind29)", () => {
    const hitech = ["高企", "创新平台", "平台", "企业培育"];
    expect(item("高企：新认定高新技术企业6家", "高新技术企业与创新平台", hitech)[0]).toEqual([
      "",
      "新认定高新技术企业6家。",
    ]);
    expect(item("特派员这块：下乡服务32次", "科技特派员与乡村振兴", ["特派员", "乡村振兴"])[0]?.[0]).toBe("");
    expect(item("办公室：完成公文处理210件", "综合管理与安全生产", ["办公室", "综合"])[0]?.[0]).toBe("");
  });

  it("a title naming the work itself stays a title", () => {
    expect(item("科技活动周：组织广场宣传，发放资料3000份", "科普宣传与培训")[0]?.[0]).toBe("科技活动周");
  });
});

describe("problems in the offline draft", () => {
  const problem = (text: string) => ({ title: "", text, sourceIds: [] });
  it("one problem has no 一是", () => {
    expect(joinProblems([problem("有的支部学习流于形式。")])).toBe("有的支部学习流于形式。");
    expect(joinProblems([problem("一是基层科普阵地设施老化")])).toBe("基层科普阵地设施老化。");
  });
  it("two or more are 一是…；二是…", () => {
    expect(joinProblems([problem("有的支部学习流于形式"), problem("档案室库房偏小")])).toBe(
      "一是有的支部学习流于形式；二是档案室库房偏小。",
    );
  });
});
