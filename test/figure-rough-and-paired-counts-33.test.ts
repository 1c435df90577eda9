import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * 「一百零几个」 (a hundred and a few, at its lower end) and a bare count after a paired label (线上…人线下三百出头),
 * which takes the unit of the count just before it; 三类坝 names a class (docs/understanding.md, 第三十三轮 fig33).
 */
describe("rough and paired counts", () => {
  it("reads 一百零几 / 两千零几 at the lower end", () => {
    expect(units("今年验收的大棚两百零几个")).toContain("两百零几个=200个");
    expect(units("全镇参保的三千零几户")).toContain("三千零几户=3000户");
  });

  it("gives a bare count after a paired label the unit of the count before it", () => {
    expect(units("防诈宣讲 上午来了一百四十多人下午九十出头")).toContain("九十出头=90人");
    expect(units("家长会 男生家长到了四十多个女生家长三十出头")).toContain("三十出头=30人");
  });

  it("leaves a bare number after an unpaired label alone", () => {
    expect(units("今年种了油菜三千亩小麦两千")).not.toContain("两千=2000亩");
    expect(units("零几年的时候建的")).toEqual([]);
  });

  it("leaves a class named with 类 (三类坝、一类地区) alone, and counts classes said as such", () => {
    expect(units("病险水库里三类坝还有5座")).toEqual(["5座=5座"]);
    expect(units("隐患分了三类")).toContain("三类=3类");
  });
});
