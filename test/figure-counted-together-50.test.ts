import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/domain/figure-scan.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty (lead, console trial): 「两个地方一共培训了80人」 made the card line 「地方培训 2个地方一」 — the noun counted by
 * 个 ran on into 一共. 一共/一同/一并/一齐 end the counted noun whole, as 共 alone already did.
 */
const { open } = appPerTest();

describe("一共 after a counted noun", () => {
  it.each([
    ["两个地方一共培训了80人", "地方"],
    ["三个村一共来了120人", "村"],
    ["四家企业一同参加了对接会", "企业"],
    ["两所学校一并纳入试点", "学校"],
  ])("「%s」 counts 「%s」", (said, noun) => {
    expect(extractFigures(said)[0]?.counted).toBe(noun);
  });

  it("a 一 that is part of the noun stays (一线、统一)", () => {
    expect(extractFigures("三个一线班组完成了改造")[0]?.counted ?? "").not.toBe("");
  });

  it("the card says 2个地方, not 地方一", async () => {
    const t = await open();
    const reply = await t.sayText("sun-tp", "上午在竹岭村 下午去了东溪河乡 两个地方一共培训了80人");
    expect(reply).not.toMatch(/·[^\n]*地方一/);
    expect(reply).toMatch(/·[^\n]*2个地方/);
    expect(reply).toContain("80人");
  });
});
