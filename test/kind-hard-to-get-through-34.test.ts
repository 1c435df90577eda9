import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * A spoken degree word before 难走、难办、难找 (贼难走、太难办) — docs/understanding.md, 第三十四轮 fig34: a bad state of
 * the thing, a problem, as 贼冷、可老了 are.
 */
describe("贼难走、太难办", () => {
  it("reads a degree word and 难走/难办 as a problem", () => {
    expect(kindOf("通往巴彦嘎查那条路还有十二公里是砂石路 冬天贼难走", "砂石路")).toBe("problem");
    expect(kindOf("这条路贼难走", "难走")).toBe("problem");
  });

  it("leaves a road made better as work done", () => {
    expect(kindOf("今年修了12公里，好走多了", "修了")).toBe("done");
  });
});
