import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { countTwoClass, trainTwoClass, trainWithout } from "./corpus/two-class-bayes.js";

describe("the two-class trainer's leave-one-out shortcut", () => {
  const ex = (first: boolean, text: string) => ({ first, features: [...text] });
  const a = [ex(true, "走访企业八家"), ex(true, "培训三期"), ex(false, "谢谢"), ex(false, "收到好的")];
  const b = [ex(true, "走访农户"), ex(false, "好的谢谢"), ex(false, "在吗")];

  it("trains on all minus a part exactly as on the rest", () => {
    const all = countTwoClass([...a, ...b]);
    for (const [rest, part] of [
      [a, b],
      [b, a],
    ] as const) {
      const want = trainTwoClass(rest, 0.5, 1);
      const got = trainWithout(all, countTwoClass(part), 0.5, 1);
      expect(isDeepStrictEqual(got, want)).toBe(true);
      // Not trivially equal: the part moves the weights.
      expect(isDeepStrictEqual(got, trainTwoClass([...a, ...b], 0.5, 1))).toBe(false);
    }
  });

  it("drops features the rest saw fewer than minCount times", () => {
    const got = trainWithout(countTwoClass([...a, ...b]), countTwoClass(b), 0.5, 2);
    expect(Object.keys(got.weights)).not.toContain("农");
    expect(got).toEqual(trainTwoClass(a, 0.5, 2));
  });
});
