import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-five's fig55 classes (k1-yanxi 福建三明, f31-fig55 舟山岱山海洋与渔业局, fig54 leftovers).
 * Sentences of our own — 闽中/客家话、吴语/舟山话、普通话.
 */
const found = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const figureKinds = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}:${f.kind}`);

describe("a number taken back says nothing of the clause's kind", () => {
  it("「「补了十八户」不对 是二十户」: the take-back cut from its 是 by a space", () => {
    expect(kinds("更正 「补了十八户」不对 是二十户", "2026-06-10")).toEqual(["done"]);
    expect(figureKinds("更正 「补了十八户」不对 是二十户", "2026-06-10")).toEqual(["二十户:achieved"]);
  });
  it("「纠正上条 「…」唔对 系…」: a correction head opens nothing; 唔对 系 as 不对 是", () => {
    const t = "纠正上条 「发了十二台」唔对 系十五台";
    expect(run(t, "2026-06-10").clauses?.map((c) => `${c.kind}:${c.text}`)).toEqual([
      "done:「发了十二台」唔对 系十五台",
    ]);
  });
  it("「刚才说的…不算」 said between the two numbers, however long the number said again", () => {
    const t = "今年发放救助金一千二百万 不对 刚才说的一千二百万不算 那是上半年的 全年是一千三百五十万元";
    expect(kinds(t, "2026-12-01")).toEqual(["done"]);
    expect(figureKinds(t, "2026-12-01")).toEqual(["一千三百五十万元:achieved"]);
  });
  it("near miss: 不对 with no number after it, and a real problem said after, stay problems", () => {
    expect(kinds("台账上的数跟系统里的不对", "2026-06-10")).toEqual(["problem"]);
    expect(kinds("核了二十户 有三户的账不对 还在查", "2026-06-10")).toContain("problem");
  });
});
