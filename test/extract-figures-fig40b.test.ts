import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round forty (fig40b, docs/understanding.md 第四十轮 fig40b): figure classes seen in i0-mianchuan and its
 * neighbours, tested in other words than the corpus's. The rules alone.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figure = (text: string, raw: string) =>
  extractUpdate(text, org, { today: "2026-10-12" }).figures.find((f) => f.raw === raw);
const readAs = (text: string, raw: string) => {
  const f = figure(text, raw);
  return f ? `${f.value}${f.unit}` : undefined;
};

describe("a number inside a quoted honour, badge or campaign name names it, it counts nothing", () => {
  it.each([
    ["七一给退休干部颁了“从教30年”荣誉证书 一共十二本", "30年"],
    ["这次评上了“5A级”称号", "5A"],
    ["局里组织了“百日攻坚100天”行动", "100天"],
    ["给老兵戴上“参军60周年”纪念章", "60周年"],
  ])("「%s」: %s is no figure", (text, raw) => {
    expect(figure(text, raw)).toBeUndefined();
  });
  it("a quoted figure not followed by a name still counts, and the count after the name stays", () => {
    expect(readAs("七一给退休干部颁了“从教30年”荣誉证书 一共十二本", "十二本")).toBe("12本");
    expect(readAs("大家都说“今年完成了30个”，不容易", "30个")).toBe("30个");
  });
});

describe("an audience said by what it did (听讲的、旁听的) then a bare 个 count is people", () => {
  it.each([
    ["去敬老院讲防诈骗 听讲的八十多个", "八十多个", "80人"],
    ["庭审公开 旁听的三十几个", "三十几个", "30人"],
    ["开了场政策宣讲会 听宣讲的两百来个", "两百来个", "200人"],
  ])("「%s」: %s is %s", (text, raw, want) => {
    expect(readAs(text, raw)).toBe(want);
  });
  it("things listened to stay things", () => {
    expect(readAs("这学期听了讲座五个", "五个")).toBe("5个");
  });
});
