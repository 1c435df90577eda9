import { describe, expect, it } from "vitest";
import { kinds } from "./helpers/extract-shapes.js";

/**
 * A fault a check found, said with how far it has gone (有点老化、有些破损、普遍生锈) — docs/understanding.md,
 * 第三十四轮 fig34: a state of the thing, a problem, even after 发现, and cut from the check typed straight before it.
 * A finding counted (发现破损12处) or said bare stays the check's result.
 */
describe("a fault found, said by its degree", () => {
  it("reads 发现 + a fault with its degree as a problem, cut from the check glued before it", () => {
    expect(kinds("把食堂燃气管道也检查了一遍发现管子有点老化")).toEqual(["done", "problem"]);
    expect(kinds("检查了一遍，发现线路有些破损")).toEqual(["done", "problem"]);
  });

  it("keeps a counted finding with the check", () => {
    expect(kinds("查了企业57家，发现隐患112处，已整改98处")).toEqual(["done"]);
    expect(kinds("发现线路老化的3处当场更换")).toEqual(["done"]);
  });
});
