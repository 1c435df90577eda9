import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32: a bare 个 of people told by what only people do right after it
 * (四十六个参加、报到的才七个) or what only people have (招了二十三个年纪都大了), and a score got in an
 * assessment (考核得了94分排第四) read in 分. Sentences written for this test, not corpus lines.
 */
const units = (text: string) => run(text, "2026-12-04").figures.map((f) => `${f.value}${f.unit}`);

describe("people told by what they did or have, and scores got", () => {
  it("参加、报到 right after or before a bare 个", () => {
    expect(units("村医业务考试昨天考的 三十一个参加")).toEqual(["31人"]);
    expect(units("新招的特岗教师报到的只有九个")).toEqual(["9人"]);
    expect(units("示范村创建参加的有5个村")).toEqual(["5个"]);
  });
  it("picked or taken on, then their age", () => {
    expect(units("护林员今年一共聘了十五个年纪都偏大")).toEqual(["15人"]);
  });
  it("a score got in an assessment or a rank", () => {
    expect(units("年终考核我们所得了91分排第三")).toEqual(["91分"]);
    expect(units("开会研究了半天分三批走")).not.toContain("半天");
  });
});
