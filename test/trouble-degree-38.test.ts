import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial38, class 5: the problems part kept chat's degree and share — 「农技服务车老化得很」「展厅有些设备老化」. A 公文 says
 * how bad in a word (老化严重; what is short, 十分紧张) and the share with 部分 (展厅部分设备老化).
 */
describe("a problem's degree and share as a document says them", () => {
  it.each([
    ["农技服务车老化得很，经常趴窝", "农技服务车老化严重，故障频发"],
    ["设备陈旧得厉害", "设备陈旧严重"],
    ["办公用房破旧得不行了", "办公用房破旧严重"],
    ["人手紧张得很", "人手十分紧张"],
    ["科普经费短缺得厉害", "科普经费十分短缺"],
    ["展厅有些设备老化了", "展厅部分设备老化"],
    ["村里有的大棚已经破损", "村里部分大棚已破损"],
    ["站里一些仪器坏了", "站里部分仪器已损坏"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });

  it.each([
    // 有些 as 'somewhat', right before the trouble: no share to write.
    ["设备有些老化", "设备有些老化"],
    // 得很 after anything that is no trouble stays with the other rules.
    ["群众积极性高得很", "群众积极性高得很"],
  ])("「%s」 stays 「%s」", (text, want) => {
    expect(cleanChat(text, "2026-10-02")).toBe(want);
  });
});
