import { describe, expect, it } from "vitest";
import { kindOf, kindsAndFigures } from "./helpers/extract-shapes.js";

/**
 * Round thirty-nine's classes (fig39), seen in h6-ximu, h7-guanxi, f14-fig38 and first in f15-fig39, tested in other
 * words than the corpus's. The rules alone.
 */
const JAN = "2026-01-20";

describe("a count left over that has to wait (剩下 + count + 得等…再…) is held up: a problem", () => {
  it("with the step after the wait, in a run-on after the check's results too", () => {
    expect(kindOf("剩下三台得等配件到了再装", "剩下三台", JAN)).toBe("problem");
    expect(kindOf("剩下7户只能等路修通了再搬", "剩下7户", JAN)).toBe("problem");
    const a = kindsAndFigures("排查了危房二十户 当场加固了十二户 剩下八户得等开春化冻再动工", JAN);
    expect(a.kinds).toEqual(["done", "problem"]);
    expect(a.figures).toEqual(["二十户:achieved", "十二户:achieved", "八户:problem"]);
  });
  it("near misses: no count (剩下的得等…再…) or no wait stays the office's plan", () => {
    expect(kindOf("剩下的得等开春了再种", "开春", JAN)).toBe("plan");
    expect(kindOf("剩下五户开春再搬", "五户", JAN)).toBe("plan");
  });
});
