import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Some of what was just counted, singled out (有七八个、有家、有的) with nothing of a gain or of our own work said of
 * them, is what went wrong with them, even when its own words read as done (…让风刮跑了、…填错了).
 * docs/understanding.md, 第三十三轮 fig33.
 */
describe("a part singled out after a count", () => {
  it("reads what is said of it as the problem", () => {
    expect(kindOf("今年新栽果苗八千多棵有两三百棵叫霜打死了", "叫霜打死了")).toBe("problem");
    expect(kindOf("医保报销今年办了四千来件有几件材料填错了", "填错了")).toBe("problem");
    expect(kindOf("工资专户开了58家有家劳务公司老板跑路了", "老板跑路了")).toBe("problem");
  });

  it("keeps the part done when a gain or our own work is said of it", () => {
    expect(kindOf("今年帮扶企业40家有6家签了订单", "签了订单")).toBe("done");
    expect(kindOf("今年申报非遗项目8项有3项进了市级名录", "进了市级名录")).toBe("done");
    expect(kindOf("今年帮扶企业40家有6家我们帮着办了贷款", "办了贷款")).toBe("done");
  });
});
