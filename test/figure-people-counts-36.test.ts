import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-six (fig36, docs/understanding.md 第三十六轮): counts of people said without 人 — a bare 个 after
 * patients taken in, a screening's positives, a check of people done with how it was done between, a rough
 * number with 出头/挂零 before 参加 or after a check of people; and no people where bodies were assessed.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figure = (text: string, raw: string) =>
  extractUpdate(text, org, { today: "2026-07-20" }).figures.find((f) => f.raw === raw);

describe("a bare count of people", () => {
  it.each([
    ["这几天烫伤的病人乡卫生院接了九个", "九个", 9],
    ["今年乳腺癌筛查阳性的二十来个 都转到县医院了", "二十来个", 20],
    ["给敬老院的老人挨个上门体检 查了六十几个", "六十几个", 60],
    ["防溺水安全课 全镇三百出头参加", "三百出头", 300],
    ["适龄儿童查体今年做了八千挂零", "八千挂零", 8000],
  ])("「%s」: %s counts people", (text, raw, value) => {
    const f = figure(text, raw);
    expect(f?.value).toBe(value);
    expect(f?.unit).toBe("人");
  });
  it("bodies assessed are no people: 「全镇9个卫生室考核结果：优秀3个，合格6个。」", () => {
    expect(figure("全镇9个卫生室考核结果：优秀3个，合格6个。", "6个")?.unit).toBe("个");
  });
  it("things sold with 出头 are no head count", () => {
    expect(figure("今年化肥卖了两千出头", "两千出头")?.unit).not.toBe("人");
  });
});
