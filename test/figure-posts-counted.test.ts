import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-two (fig32), from f6-shuju31 and f7-fig32 (岗位才三百出头): a bare number said of posts (岗位才…、
 * 岗位只有…) counts them in 个, said in a problem as a shortfall. Sentences written for this test.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figs = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-04" }).figures.map(
    (f) => `${f.raw}=${f.value}${f.unit}:${f.kind}`,
  );

describe("posts counted bare", () => {
  it("岗位 + 才/只有 + a bare number", () => {
    expect(figs("招聘会上企业给的岗位只有两百出头")).toEqual(["两百出头=200个:problem"]);
    expect(figs("公益性岗位才八十")).toEqual(["八十=80个:problem"]);
  });
});
