import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan and f7-fig32: a total said with 一共/总共/合计 and a bare 个,
 * closing its clause, counts the people named before it in the sentence (特派员考核做掉了，一共38个), and the
 * grades after it take those people too; a total after things or places named in between stays 个.
 * Sentences written for this test, not corpus lines.
 */
const units = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.value}${f.unit}`);

describe("a total of people named before it", () => {
  it("people named, something done about them, then the total and its grades", () => {
    expect(units("今年的村医年终考评弄完了，总共六十一个，优秀九个")).toEqual(["61人", "9人"]);
    expect(units("驻村第一书记述职搞完了 合计27个 有两个说得不行")).toEqual(["27人", "2人"]);
    expect(units("护林员的体检都做了，一共四十来个")).toEqual(["40人"]);
  });
  it("things or places named between keep the count as things", () => {
    expect(units("技术员跑了5个村 一共38个")).toEqual(["5个", "38个"]);
    expect(units("示范基地年终验收完了，一共12个，优秀3个")).toEqual(["12个", "3个"]);
    expect(units("网格员报上来的隐患点，一共26个")).toEqual(["26个"]);
  });
});
