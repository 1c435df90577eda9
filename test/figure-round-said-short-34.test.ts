import { describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";

/**
 * Round numbers said short or loosely (docs/understanding.md, 第三十四轮 fig34): 一千二 (1200) and 两百五 with no unit
 * after those who came or saw it, 大概/约 before the number making it rough; and the northern 千八百、百八十
 * (some eight hundred to a thousand, eighty to a hundred), read at the lower end.
 */
describe("round numbers said short or loosely", () => {
  it("reads a short round head count after those who saw or came", () => {
    expect(units("科普大篷车走了两个乡镇 看的人大概一千二")).toContain("一千二=1200人");
    expect(units("看的人大概一千二百")).toContain("一千二百=1200人");
    expect(units("来的家长大概两百五，")).toContain("两百五=250人");
  });

  it("reads 千八百 and 百八十 at their lower end, not 一千八百 nor 三百八十", () => {
    expect(units("秸秆还差千八百吨没拉走")).toContain("千八百吨=800吨");
    expect(units("来了百八十人")).toContain("百八十人=80人");
    expect(units("秸秆拉走了一千八百吨")).toContain("一千八百吨=1800吨");
    expect(units("培训了三百八十人")).toContain("三百八十人=380人");
  });

  it("leaves 人大 and bare short numbers with no people before them as they were", () => {
    expect(units("县人大代表来了三个")).toContain("三个=3人");
    expect(units("看的人大概一千二")).not.toContain("一千二=1200元");
    expect(units("一千二百八十二号文件")).toEqual([]);
  });
});
