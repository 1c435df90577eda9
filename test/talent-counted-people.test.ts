import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * 人才 (and 英才) counted with 个 are people (figure-person-noun.ts), as the corpus labels them (「{5个=5人}人才」):
 * 「引进了5个人才」「培养三到五个乡土人才」 were read as 个. Not 人才驿站、人才项目、人才公寓 (things for them).
 * Found in kind30's f4-leibie30; f2-leibie29 had the same.
 */
const figs = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("talent counted with 个", () => {
  it("counts people", () => {
    expect(figs("今年引进了5个人才")).toEqual(["5个=5人"]);
    expect(figs("明年每个乡镇培养三到五个乡土人才")).toEqual(["三到五个=3人"]);
    expect(figs("新评了12个青年英才")).toEqual(["12个=12人"]);
  });

  it("leaves things for talent counted in 个", () => {
    expect(figs("建了2个人才驿站")).toEqual(["2个=2个"]);
    expect(figs("人才项目申报了3个")).toEqual(["3个=3个"]);
  });
});
