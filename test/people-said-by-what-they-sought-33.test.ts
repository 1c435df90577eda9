import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * People said by a 的-phrase of what only people do — ask, borrow books, seek work, give blood, eat at a canteen —
 * then their bare 个 count: the count is of people (docs/understanding.md, 第三十三轮 fig33).
 */
describe("people said by what they came to do, then a bare 个", () => {
  it("counts them as people", () => {
    expect(units("政策宣讲摆了摊，来咨询的六十多个")).toContain("六十多个=60人");
    expect(units("农家书屋这个月借阅的三十来个")).toContain("三十来个=30人");
    expect(units("人才市场今天求职的两百来个")).toContain("两百来个=200人");
    expect(units("无偿献血活动 献血的九十几个")).toContain("九十几个=90人");
    expect(units("长者食堂每天就餐的四十来个")).toContain("四十来个=40人");
  });

  it("leaves things counted after such words as things", () => {
    expect(units("咨询台设了三个")).toContain("三个=3个");
    expect(units("借阅室新建了两个")).toContain("两个=2个");
  });
});
