import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { minePeriodDates } from "../src/conversation/mine-period.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Round forty-one (intent41b): one's own list of a month named by its number — 十一月、11月、十一月份、上上个月 — read
 * by the rules themselves (blind88's b88-079 「把俺十一月报哩翻出来」 had been left to the guess, which dropped the
 * month), listed for that month only; a month not yet come this year is last year's.
 */
const { open } = appPerTest();

describe("a named month asked of one's own list is read by the rules", () => {
  const cases: Array<[string, string]> = [
    ["把俺十一月报哩翻出来", "11月"],
    ["我十月份报的都拿出来看看", "10月"],
    ["把我11月报的那些调出来", "11月"],
    ["我九月报了哪些", "9月"],
    ["我三月份报嘅嘢全部睇下", "3月"],
    ["我十一月報的全部翻出來", "11月"],
    ["我１１月报的那些在哪看", "11月"],
    ["俺八月份报的东西给我瞅瞅", "8月"],
    ["上上个月我报的都列一下", "上上月"],
    ["俺九月份填哩都拿来瞅瞅", "9月"],
    ["我上上月交的那些拿来看看", "上上月"],
  ];
  for (const [said, label] of cases)
    it(`「${said}」 → 我的填报 ${label}`, async () => {
      const t = await open({ now: "2026-12-01T10:00:00+08:00" });
      const got = classifyIntent(said, intentContextFor(t.app, "li-rd", { guess: null }));
      expect(got).toMatchObject({ kind: "command", command: "我的填报", text: `我的填报 ${label}` });
      expect((got as { guessed?: boolean }).guessed).toBeUndefined();
    });

  const not: Array<[string, RegExp]> = [
    // A day of the month is one update, not the month's list.
    ["我11月5号报的那条调出来看看", /我的填报 11月/],
    // A count of months is not a month.
    ["我三个月前报的那些都拿来看看", /我的填报 3月/],
    ["这两个月我报的全列一下", /我的填报 2月/],
  ];
  for (const [said, wrong] of not)
    it(`「${said}」 is not read as a named month`, async () => {
      const t = await open({ now: "2026-12-01T10:00:00+08:00" });
      const got = classifyIntent(said, intentContextFor(t.app, "li-rd", { guess: null }));
      expect(got.kind === "command" ? got.text : "").not.toMatch(wrong);
    });

  it("a report naming its month stays a report", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const got = classifyIntent(
      "十一月份我们组织了3场科普讲座 来了120人",
      intentContextFor(t.app, "chen-kp", { guess: null }),
    );
    expect(got.kind).toBe("report");
  });
});

describe("the dates of a named month", () => {
  const d = (s: string) => {
    const [year, month, day] = s.split("-").map(Number);
    return { year: year!, month: month!, day: day! };
  };
  it("this year's when it has come, last year's when it has not", () => {
    expect(minePeriodDates("11月", d("2026-12-01"))).toEqual({ from: "2026-11-01", to: "2026-11-30" });
    expect(minePeriodDates("12月", d("2026-12-01"))).toEqual({ from: "2026-12-01", to: "2026-12-31" });
    expect(minePeriodDates("12月", d("2026-03-05"))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
    expect(minePeriodDates("2月", d("2028-04-01"))).toEqual({ from: "2028-02-01", to: "2028-02-29" });
  });
  it("上上月 crosses the year", () => {
    expect(minePeriodDates("上上月", d("2026-12-01"))).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(minePeriodDates("上上月", d("2026-01-15"))).toEqual({ from: "2025-11-01", to: "2025-11-30" });
    expect(minePeriodDates("上上月", d("2026-02-15"))).toEqual({ from: "2025-12-01", to: "2025-12-31" });
  });
});

describe("the list of a named month", () => {
  it("「把俺十一月报哩翻出来」 on 1 December lists November's only", async () => {
    const t = await open({ now: "2026-11-18T10:00:00+08:00" });
    await t.sayText("chen-kp", "在社区办了场防诈骗科普讲座 来了60人");
    await t.sayText("chen-kp", "确认");
    t.setNow("2026-12-01T10:00:00+08:00");
    await t.sayText("chen-kp", "今天去城关二小搞了防震科普 学生两百多");
    await t.sayText("chen-kp", "确认");
    const reply = await t.sayText("chen-kp", "把俺十一月报哩翻出来");
    expect(reply).toMatch(/11月（2026-11-01 至 2026-11-30）填报 1 条/);
    expect(reply).toMatch(/#1/);
    expect(reply).not.toMatch(/#2/);
  });
});
