import { describe, expect, it } from "vitest";
import { kinds } from "./helpers/extract-shapes.js";

/**
 * A stock said with 现在/目前/一共 有 + count, then a plan typed straight after it with its time ahead
 * (docs/understanding.md, 第三十四轮 fig34): the stock is said whole and the plan is its own clause. A part picked
 * out with 有/还有 + count (有3户明年开春搬) stays the subject of the plan after it.
 */
describe("a stock, then a plan glued after it", () => {
  it("cuts after 现在有 + count before 明年", () => {
    expect(kinds("科技型企业培育库现在有62家明年要从里头培育10家冲高企")).toEqual(["done", "plan"]);
    expect(kinds("全县现在有12家明年准备再建5家")).toEqual(["done", "plan"]);
  });

  it("keeps a part picked out with 有 as the plan's subject", () => {
    expect(kinds("有3户明年开春搬")).toEqual(["plan"]);
  });
});
