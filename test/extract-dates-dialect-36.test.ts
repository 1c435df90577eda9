import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-six (fig36, docs/understanding.md 第三十六轮): when the work was, against the day it was sent — 年后
 * told done in spring, a fixed-day holiday earlier this month — and 粤 搞掂 = 搞定. Other words than the corpus's.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string, today: string) =>
  (extractUpdate(text, org, { today }).clauses ?? []).map((c) => c.kind);

describe("年后 with 了 after it, sent between February and June, is work done", () => {
  it("「年后头一个礼拜把欠薪台账摸了一遍 涉及企业9家」 in March", () => {
    expect(kinds("年后头一个礼拜把欠薪台账摸了一遍 涉及企业9家", "2026-03-04")).toEqual(["done"]);
  });
  it("「年后开工的工地查咗12个」 in February (粤 咗)", () => {
    expect(kinds("年后开工的工地查咗12个", "2026-02-26")).toEqual(["done"]);
  });
  it("in December, 年后 stays the step ahead", () => {
    expect(kinds("年后开个会把这事定了", "2026-12-10")).toEqual(["plan"]);
  });
  it("with no 了, 年后 stays the step ahead in spring too", () => {
    expect(kinds("年后再组织一次培训", "2026-02-20")).toEqual(["plan"]);
  });
});

describe("a fixed-day holiday earlier this month (清明前 on 9 April) is past", () => {
  it("「五一前燃气检查搞掂 查了餐馆23家」 sent on 6 May is done", () => {
    expect(kinds("五一前燃气检查搞掂 查了餐馆23家", "2026-05-06")).toEqual(["done"]);
  });
  it("「国庆前把景区消防查一遍」 sent on 20 September is the step ahead", () => {
    expect(kinds("国庆前把景区消防查一遍", "2026-09-20")).toEqual(["plan"]);
  });
});

describe("关中 咧 after 光: people or things gone (走光咧、跑光咧) is a problem", () => {
  it("「乡里的兽医一满走光咧」", () => {
    expect(kinds("乡里的兽医一满走光咧", "2026-06-10")).toEqual(["problem"]);
  });
  it("「村里的年轻人都跑光咧 地都荒着」", () => {
    expect(kinds("村里的年轻人都跑光咧 地都荒着", "2026-06-10")).toEqual(["problem"]);
  });
  it("材料整理完咧 stays work done", () => {
    expect(kinds("材料整理完咧", "2026-06-10")).toEqual(["done"]);
  });
});

describe("never without someone on duty (没断人、没离过人) is work done, no problem", () => {
  it.each([
    ["国庆长假防汛值班没断人 接警6起", "2026-10-09"],
    ["春节七天值班室没离过人", "2026-02-25"],
  ])("「%s」", (text, today) => {
    expect(kinds(text, today)).toEqual(["done"]);
  });
  it("值班室经常没人 stays a problem", () => {
    expect(kinds("这几天值班室经常没人", "2026-10-09")).toEqual(["problem"]);
  });
});
