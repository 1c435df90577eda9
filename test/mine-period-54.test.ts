import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Lead54, from the closing CI: with blind107 opened, command-guess's leave-one-batch-out ran 我的填报 without its month on a line
 * asking 「这一个月…报了多少条」 — the rules knew 这个月 but not 这一个月 (nor 这一个礼拜), so the line fell to the guess. The period
 * said with 一 is the same period (own-status-asked.ts, mine-period.ts). Sentences of the test's own.
 */
const t = appPerFile({ now: "2026-12-07T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("this month or week said with 一 (这一个月、这一个礼拜)", () => {
  it.each([
    ["这一个月我都报了几条", "我的填报 本月"],
    ["这一个月我报了多少条啊 给我列一下", "我的填报 本月"],
    ["这一个礼拜我报了几条", "我的填报 本周"],
    ["这一个星期我报了多少条", "我的填报 本周"],
  ])("「%s」 is 「%s」", (text, want) => {
    expect(said("li-rd", text)).toBe(want);
  });
});
