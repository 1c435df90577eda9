import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-five (lead, console): 孙磊 said 「第二条人数不对，应该是一百六十人」 of 「…参训一百五十人左右」. The value
 * said in words (一百六十人) was added after the text as a supplement (「…左右。一百六十人」, a second, contradicting
 * figure), while the same said in digits (160人) replaced the figure. A value said only in words is a value too.
 */
const { open } = appPerTest();

async function edited(
  said: string,
  report = "另外科技特派员培训搞了3期，参训一百五十人左右",
): Promise<string> {
  const t = await open({ now: "2026-11-16T10:00:00+08:00" });
  await t.say("sun-tp", "上半年组织专家下乡服务二十来次");
  await t.say("sun-tp", "确认 1");
  await t.say("sun-tp", report);
  await t.say("sun-tp", "确认 2");
  return t.sayText("sun-tp", said);
}

describe("a figure corrected in words on an earlier update", () => {
  it.each([
    ["第二条人数不对，应该是一百六十人", "一百六十人"],
    ["第二条人数错了 是一百六十人", "一百六十人"],
    ["第2条参训人数不对，应该是一百六十人", "一百六十人"],
    ["修改 2 一百六十人", "一百六十人"],
    ["第二条期数写错了，应该是四期", "四期"],
  ])("「%s」 changes the figure to 「%s」, adds nothing after the text", async (said, to) => {
    const reply = await edited(said);
    expect(reply).toContain("修改预览");
    expect(reply).toContain(to);
    expect(reply).not.toContain("作为补充加在");
    expect(reply).not.toMatch(/左右。/u);
  });

  it("words that are no value are still added as words", async () => {
    const reply = await edited("修改 2 十分感谢");
    expect(reply).not.toContain("「一百五十人左右」改成");
  });
});
