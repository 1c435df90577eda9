import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32: a bare 个 followed by what people do there and then (有二十多个当场装了
 * 反诈APP、三十来个现场扫码) counts people; one episode recorded or put out (还要录一期、拍了一期) is counted,
 * as 办了一期 is. Sentences written for this test, not corpus lines.
 */
const figs = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.value}${f.unit}`);

describe("people on the spot, and one episode", () => {
  it("a bare 个 then 当场/现场 + what people do", () => {
    expect(figs("医保宣传进了集市 三十来个现场扫码参保")).toEqual(["30人"]);
  });
  it("one episode recorded", () => {
    expect(figs("下个月还要录一期讲防溺水的")).toEqual(["1期"]);
  });
});
