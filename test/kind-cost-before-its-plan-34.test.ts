import { describe, expect, it } from "vitest";
import { kindOf, kindsAndFigures } from "./helpers/extract-shapes.js";

/**
 * What a project will cost (总投资…), said first and then its plan (计划分三年建完、计划明年开工) —
 * docs/understanding.md, 第三十四轮 fig34: the cost belongs to the plan, a target; a project signed, brought in, started or done
 * with its cost stays work done.
 */
describe("总投资 before its plan", () => {
  it("reads the cost of a project said before its plan as the plan's", () => {
    expect(kindsAndFigures("县城污水管网改造总投资1.2亿元 计划分三年建完 明年先做老城区")).toEqual({
      kinds: ["plan"],
      figures: ["1.2亿元:target"],
    });
    expect(kindOf("项目总投资1.2亿元，计划明年开工", "总投资")).toBe("plan");
  });

  it("keeps the cost of projects signed or started as work done", () => {
    expect(kindOf("住建局本月新开工项目4个，总投资3.2亿元，", "总投资")).toBe("done");
    expect(kindOf("招商引资今年签约项目23个总投资41亿", "总投资")).toBe("done");
    expect(kindOf("食用菌产业园新引进2家企业总投资约1.5亿明年上半年投产", "新引进")).toBe("done");
  });
});
