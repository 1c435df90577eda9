import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A bare 万 sum with no 元, typed straight into what comes next (docs/understanding.md, 第三十五轮 fig35): money
 * asked for or allotted right before it (申请、拨了、筹了、借了、争取), or said not yet paid right after it
 * (冇着落、没到位、还没拨), is money as with 花了、投了 — f9- 「还有七十来万冇着落」, f11- 「年前申请二十来万换电脑」.
 */
const money = (t: string) => run(t, "2026-12-03").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a bare 万 sum asked for or not yet paid", () => {
  it("reads the sum as money", () => {
    expect(money("好几个卫生院的电脑还是Win7 年前申请二十来万换电脑")).toContain("二十来万=200000元");
    expect(money("有家建筑公司老板跑了 还有七十来万冇着落")).toContain("七十来万=700000元");
    expect(money("县里拨了三十多万修村卫生室")).toContain("三十多万=300000元");
    expect(money("配套资金还有十五万没到位")).toContain("十五万=150000元");
  });

  it("leaves a count of people or things alone", () => {
    expect(money("今年申请二十万亩高标准农田")).not.toContain("二十万=200000元");
    expect(money("还有二十万亩没翻耕")).toEqual(["二十万亩=200000亩"]);
  });
});
