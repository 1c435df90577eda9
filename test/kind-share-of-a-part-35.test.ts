import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * 「…的占了多少」 (test/corpus/README.md; docs/understanding.md, 第三十五轮 fig35): a part singled out by its 的-phrase
 * and the share it takes of what was just counted is the worrying part — a problem, whatever the share is said as
 * (一小半、快一半、七成、三成多、40%) — unless the part is named good (合格的、满意的). Typed straight after the count
 * it still starts a clause of its own (…查了二百一十多个血压高的占了一小半).
 */
describe("a 的-part and its share", () => {
  it("reads the share of a part as a problem after the work that counted it", () => {
    const t = "今儿在县城广场搞义诊 量血压测血糖四百多人 血压高的占了快一半 好些老汉自己都不知道";
    expect(kindOf(t, "义诊")).toBe("done");
    expect(kindOf(t, "血压高的")).toBe("problem");
    expect(run(t).figures.find((f) => f.raw === "快一半")?.kind).toBe("problem");
    expect(kindOf("老年人体检今年弄了一万一千多人 村医里头五十五往上的就占了七成", "五十五往上")).toBe(
      "problem",
    );
  });

  it("cuts the part off the count it was typed straight after", () => {
    const t = "给老人免费查体 查了二百一十多个血压高的占了一小半";
    expect(kindOf(t, "查了")).toBe("done");
    expect(kindOf(t, "血压高的")).toBe("problem");
    const u = "信访这个月接待来访五十七批一百三十多人次重复访的占了快一半";
    expect(kindOf(u, "接待来访")).toBe("done");
    expect(kindOf(u, "重复访")).toBe("problem");
    expect(run(u).figures.find((f) => f.raw === "一百三十多人次")?.unit).toBe("人次");
  });

  it("leaves a good part, and a neutral breakdown, with the work done", () => {
    expect(kindOf("查了三百户，合格的占了九成", "合格的")).toBe("done");
    expect(kindOf("今年接待游客四十万人次，外地来的占了六成", "外地来的")).toBe("done");
  });
});
