import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

const kinds = (t: string) => (run(t, "2026-11-20").clauses ?? []).map((c) => [c.text, c.kind]);

describe("a machine fault that keeps coming back", () => {
  it("is a problem however the machine fails (stalls, goes dark, stops answering)", () => {
    expect(kinds("放映车下乡放了5场 放映车老熄火 下礼拜拉去修")).toEqual([
      ["放映车下乡放了5场", "done"],
      ["放映车老熄火", "problem"],
      ["下礼拜拉去修", "plan"],
    ]);
    expect(kinds("村部那台投影仪总黑屏")).toEqual([["村部那台投影仪总黑屏", "problem"]]);
    expect(kinds("扫码枪动不动就没反应")).toEqual([["扫码枪动不动就没反应", "problem"]]);
    expect(kinds("抽水泵经常失灵")).toEqual([["抽水泵经常失灵", "problem"]]);
  });
  it("leaves work on such faults done", () => {
    expect(kinds("组织消防员开展灭火演练3次")[0]?.[1]).toBe("done");
  });
});
