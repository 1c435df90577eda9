import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 看能不能、看看可不可以、看行不行 heading a step (docs/understanding.md, 第三十五轮 fig35): an intention to try, a
 * plan — after a problem it is what will be done about it (f11- 「看能不能开通网上预约」, e- 「看能不能统一配」).
 */
describe("seeing whether it can be done", () => {
  it("is a plan", () => {
    const t = "今儿接种门诊给碎娃打疫苗二百三十几针 有家长嫌排队长 在门口骂骂咧咧的😂 看能不能开通网上预约";
    expect(kindOf(t, "接种门诊")).toBe("done");
    expect(kindOf(t, "排队长")).toBe("problem");
    expect(kindOf(t, "网上预约")).toBe("plan");
    expect(kindOf("村里再寻不下年轻人，看能不能从镇卫生院派人轮流坐诊", "派人")).toBe("plan");
  });
  it("is work done once it is done", () => {
    expect(kindOf("跑了两趟看看能不能办下来了", "办下来了")).toBe("done");
  });
});
