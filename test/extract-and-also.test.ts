import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * 还有 before the speaker or a time gone by is "and also", not what is left: it says nothing of the
 * clause's kind and is kept in no item nor figure label (src/domain/and-also.ts). Found in console
 * trials: 孙磊's 「还有我们今年一共选派了科技特派员32名…」 came out as one problem, every figure a problem.
 */
const ex = (text: string) => run(text, "2026-12-03");
const read = (text: string) => (ex(text).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);
const figs = (text: string) => ex(text).figures.map((f) => `${f.context}|${f.raw}|${f.kind}`);

describe("还有 as 'and also'", () => {
  it("孙磊's sentence: the work and its figures are work done, the 3 乡镇 not yet met the problem", () => {
    const text = "还有我们今年一共选派了科技特派员32名，覆盖全县18个乡镇，但是有3个乡镇还没有对接";
    expect(read(text)).toEqual([
      ["done", "我们今年一共选派了科技特派员32名，覆盖全县18个乡镇"],
      ["problem", "但是有3个乡镇还没有对接"],
    ]);
    expect(ex(text).figures.map((f) => f.kind)).toEqual(["achieved", "achieved", "problem"]);
  });

  it("before 我/咱们/俺们/我们局 or 上个月/今年/十一月份/上个礼拜, in other words", () => {
    expect(read("还有我上个月组织了2场培训，来了60多人")).toEqual([
      ["done", "我上个月组织了2场培训，来了60多人"],
    ]);
    expect(read("还有咱们十一月份办了科普讲座3场")).toEqual([["done", "咱们十一月份办了科普讲座3场"]]);
    expect(read("另外还有我们局上周走访了8家企业")).toEqual([["done", "我们局上周走访了8家企业"]]);
    expect(read("还有俺们这个月搞了2回安全检查 发现隐患11处")[0]?.[0]).toBe("done");
    expect(figs("还有今年新认定高企5家")).toEqual(["新认定高企|5家|achieved"]);
  });

  it("after a comma or dictated in one breath, 还有 is left out of the item", () => {
    expect(read("今天开了党员大会，还有我们上周走访了8家企业")).toEqual([
      ["done", "今天开了党员大会，我们上周走访了8家企业"],
    ]);
    expect(read("上午去柳河乡开了特派员座谈会然后还有上个月帮合作社引进了两个新品种还有三户没签约")).toEqual([
      ["done", "上午去柳河乡开了特派员座谈会，上个月帮合作社引进了两个新品种"],
      ["problem", "还有三户没签约"],
    ]);
  });

  it("what is left stays a problem, 还有 kept: a count, 我的/今年的/十一月份的 things not done", () => {
    expect(read("还有3户没签约")).toEqual([["problem", "还有3户没签约"]]);
    expect(read("完成签约45户，还有3户没签约")).toEqual([
      ["done", "完成签约45户"],
      ["problem", "还有3户没签约"],
    ]);
    expect(read("还有十一月份的材料没报")).toEqual([["problem", "还有十一月份的材料没报"]]);
    expect(read("还有我的台账没整理完")).toEqual([["problem", "还有我的台账没整理完"]]);
  });
});
