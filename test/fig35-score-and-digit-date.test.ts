import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/** Two classes of round thirty-five (docs/understanding.md, 第三十五轮 fig35). */
describe("得分 is a score, not 得 = must", () => {
  it("reads an average score as a result, not a burden per unit", () => {
    const t = "全县18个乡镇卫生院平均得分86.2分，优秀5个，良好9个，合格4个。";
    expect(kindOf(t, "平均得分")).toBe("done");
    expect(run(t).figures.every((f) => f.kind === "achieved")).toBe(true);
  });
  it("keeps 平均得 + a step a burden", () => {
    expect(kindOf("一个人平均得跑5个村", "平均得跑")).toBe("problem");
  });
});

describe("a date in digits after a typed space", () => {
  it("opens a clause of its own", () => {
    const t = "冬季茶园管理培训搞了6场 培训茶农380人次 12月份还要在椒园乡和花坪镇各搞一场";
    expect(kindOf(t, "培训茶农", "2026-11-10")).toBe("done");
    expect(kindOf(t, "12月份", "2026-11-10")).toBe("plan");
  });
  it("leaves a space inside a figure alone", () => {
    expect(run("今年走访了12 个村").figures.map((f) => f.raw)).toEqual(["12 个"]);
  });
});
