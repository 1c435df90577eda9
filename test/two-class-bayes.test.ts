import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { countTwoClass, trainTwoClass, trainWithout, weighBackedOff } from "./corpus/two-class-bayes.js";

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

describe("weights backed off to a second source", () => {
  const ex = (first: boolean, text: string) => ({ first, features: [...text] });
  const base = countTwoClass([
    ex(true, "走访企业"),
    ex(true, "走访农户"),
    ex(false, "谢谢你"),
    ex(false, "好的谢谢"),
  ]);
  const extra = [ex(true, "走访调研企业"), ex(true, "调研")];

  it("moves no weight of a feature the base knows, and weighs the ones it lacks", () => {
    const alone = weighBackedOff(base, countTwoClass([]), 1, 0, 0.5, 2);
    const got = weighBackedOff(base, countTwoClass(extra), 1, 0, 0.5, 2);
    expect(Object.keys(alone.weights)).toContain("走");
    for (const [f, w] of Object.entries(alone.weights)) expect(got.weights[f]).toBe(w);
    expect(alone.weights.调).toBeUndefined();
    expect(got.weights.调).toBeGreaterThan(0);
    // 企 once in the base and once in the extra: seen twice, weighed.
    expect(got.weights.企).toBeGreaterThan(0);
  });

  it("the extra twice over at half the scale gives the same weights", () => {
    const once = weighBackedOff(base, countTwoClass(extra), 1, 0, 0.5, 2);
    expect(weighBackedOff(base, countTwoClass([...extra, ...extra]), 0.5, 0, 0.5, 2)).toEqual(once);
  });
});
