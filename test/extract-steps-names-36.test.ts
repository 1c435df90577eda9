import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-six (fig36, docs/understanding.md 第三十六轮), second set: a programme named 计划, a step from now on a
 * thing named by its trouble, a post only in name, and an obligation before a time. Other words than the corpus's.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-05-12" });
const kindOf = (text: string, words: string) =>
  (read(text).clauses ?? []).find((c) => c.text.includes(words))?.kind;

describe("a programme named 计划 (重点研发计划、星火计划、人才计划) is no plan word", () => {
  it.each([
    ["（一）省重点研发计划新立项3项，到位资金260万元；", "立项"],
    ["今年星火计划项目验收了两个", "验收"],
    ["县里英才计划入选了5个人", "入选"],
  ])("「%s」 is work done", (text, words) => {
    expect(kindOf(text, words)).toBe("done");
  });
  it("明年计划… stays a plan", () => {
    expect(kindOf("明年计划再立项3个", "立项")).toBe("plan");
  });
});

describe("a step from now on things named by their trouble (这礼拜把受灾…报上去)", () => {
  it.each([
    ["河边几个村的大棚倒了不少 这礼拜把受灾面积报给农业局", "面积"],
  ])("「%s」: the step is the plan", (text, words) => {
    expect(kindOf(text, words)).toBe("plan");
  });
});

describe("a post only in name, its people part-time", () => {
  it("「村里的调解室好些是挂个牌子 人是兼职的」 is a problem", () => {
    expect(kindOf("村里的调解室好些是挂个牌子 人是兼职的", "挂个牌子")).toBe("problem");
  });
  it("hanging a sign is a step", () => {
    expect(kindOf("下礼拜给新站挂个牌子", "挂个牌子")).toBe("plan");
  });
});

describe("an obligation before a time (汛前必须得…、开学前一定得…) is the step ahead", () => {
  it.each([
    ["东沟那段护坡冲垮了一截 汛前必须得垒起来", "垒起来"],
    ["水库放水闸锈死了 雨季前非得换掉", "换掉"],
  ])("「%s」", (text, words) => {
    expect(kindOf(text, words)).toBe("plan");
  });
  it("以前必须得… is how it was, no plan", () => {
    expect(kindOf("以前办证必须得跑市里 现在县里就能办了", "跑市里")).not.toBe("plan");
  });
});

describe("a season under way, with the days the work ran (暑假开放42天), is work done", () => {
  const inJuly = (text: string) =>
    (extractUpdate(text, org, { today: "2026-07-20" }).clauses ?? []).map((c) => c.kind);
  it("「乡文化站暑假开放40天」 sent in July is done, one clause", () => {
    expect(inJuly("乡文化站暑假开放40天")).toEqual(["done"]);
  });
  it("with no count it stays the step at that time", () => {
    expect(inJuly("暑假开放")).toEqual(["plan"]);
  });
});

describe("a sum asked for and only part given, and short by far with no count", () => {
  it("「修路的钱预算报了八十万 县里只给了三十万」 is one problem, both sums of it", () => {
    const ex = read("修路的钱预算报了八十万 县里只给了三十万");
    expect((ex.clauses ?? []).map((c) => c.kind)).toEqual(["problem"]);
    expect(ex.figures.map((f) => f.kind)).toEqual(["problem", "problem"]);
  });
  it("「跟年初定的数差老鼻子了」「跟邻县比差得老远」 are problems", () => {
    expect(kindOf("今年招商引资跟年初定的数差老鼻子了", "差老鼻子")).toBe("problem");
    expect(kindOf("我们的电商销售额跟邻县比差得老远", "差得老远")).toBe("problem");
  });
});
