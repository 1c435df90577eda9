import { describe, expect, it } from "vitest";
import { troubleWords } from "../src/drafting/trouble-plan-words.js";

// lead43: the console's 二、 read 「青年留不住是个老问题」 — a spoken judgement after a trouble is its own written clause.
describe("a judgement said after a trouble (lead43)", () => {
  it.each([
    ["年轻人留不住是个老问题", "青年难以留住，这一问题长期存在"],
    ["资金短缺一直是老大难", "资金短缺，这一问题长期存在"],
    ["村里网络信号差 也是个老毛病了", "村里网络信号较差，这一问题长期存在"], // draft45: a bare 差 after 信号 is 较差
    ["加工设备太老了是个大问题", "加工设备老化，这一问题较为突出"],
    ["资料收不齐是个头疼的事！", "资料收不齐，这一问题较为突出！"],
  ])("%s → %s", (said, written) => {
    expect(troubleWords(said)).toBe(written);
  });

  it.each([
    "这不是个大问题",
    "老问题整改到位了",
    "带班的是个老师",
    "问题是个别村没按时报",
    "难题攻关组成立了",
  ])("leaves 「%s」 as said", (said) => {
    expect(troubleWords(said)).toBe(said);
  });
});
