import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * How few, said with 一 or 俩/仨 (docs/understanding.md, 第三十三轮 fig33): 俩 after a verb's 了 is two (it cannot be
 * the north-western particle 了 then), and 一户 newly taken in, said last, is a count; 就一个 is left, as a lone 一 is
 * (test/corpus/README.md).
 */
describe("few people or households said with 一 or 俩", () => {
  it("reads 俩 after a verb and its 了 as two", () => {
    expect(units("护士今年又调走了俩 科里忙不过来")).toContain("俩=2人");
    expect(units("新招的网格员辞了俩")).toContain("俩=2人");
  });

  it("reads 一户 newly taken in, said last in its clause", () => {
    expect(units("本月新纳入低保一户，已经公示")).toContain("一户=1户");
  });

  it("leaves the particle 俩 of a bare verb, a lone 一 of a meeting, 就一个问题 and 只有一个 alone", () => {
    expect(units("护堤冲坏俩")).toEqual([]);
    expect(units("昨天开了一个会")).toEqual([]);
    expect(units("就一个问题 钱不够")).toEqual([]);
    expect(units("咱俩下午去")).toEqual([]);
    expect(units("全院做彩超的大夫只有一个，天天加班")).toEqual([]);
  });
});
