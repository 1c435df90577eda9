import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f6-shuju31 and f7-fig32 (岗位才三百出头): a bare number said of posts (岗位才…、
 * 岗位只有…) counts them in 个, said in a problem as a shortfall. Sentences written for this test.
 */
const figs = (text: string) =>
  run(text, "2026-12-04").figures.map((f) => `${f.raw}=${f.value}${f.unit}:${f.kind}`);

describe("posts counted bare", () => {
  it("岗位 + 才/只有 + a bare number", () => {
    expect(figs("招聘会上企业给的岗位只有两百出头")).toEqual(["两百出头=200个:problem"]);
    expect(figs("公益性岗位才八十")).toEqual(["八十=80个:problem"]);
  });
});
