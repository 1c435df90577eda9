import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f6-shuju31 (…都过了一遍有三百来家电话打不通): a part singled out with 有 and a
 * count of hundreds or thousands in words (有三百来家、有一千多户) opens a clause in a voice run-on, as 有三家 did.
 * Sentences written for this test, not corpus lines.
 */
const kinds = (text: string) => (run(text, "2026-12-04").clauses ?? []).map((c) => c.kind);

describe("a part counted in hundreds, typed straight after the work", () => {
  it("opens the problem", () => {
    expect(kinds("这个月把全镇的医保参保名单核了一遍有两百多户信息对不上")).toEqual(["done", "problem"]);
  });
});
