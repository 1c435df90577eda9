import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * One's own list asked for 「这半年」 or 「近半年」: the period said is the period listed, named with its dates in the
 * header — never dropped for the whole year (round thirty-two, console: 「我这半年都报了哪些」 listed 2026年).
 * Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("这半年 / 近半年 asked of one's own list", () => {
  const cases: Array<[string, string, RegExp]> = [
    ["这个半年我都交了些啥", "2026-12-04T10:00:00+08:00", /这半年（2026-07-01 至 2026-12-31）/],
    ["这半年俺报的都列出来", "2026-04-20T10:00:00+08:00", /这半年（2026-01-01 至 2026-06-30）/],
    ["我最近半年都报了哪些", "2026-12-04T10:00:00+08:00", /近半年（2026-06-\d\d 至 2026-12-04）/],
  ];
  for (const [said, at, header] of cases)
    it(`「${said}」 on ${at.slice(0, 10)}`, async () => {
      const t = await open({ now: at });
      await t.sayText("chen-kp", "在社区办了场防诈骗科普讲座 来了60人");
      await t.sayText("chen-kp", "确认");
      const reply = await t.sayText("chen-kp", said);
      expect(reply).toMatch(header);
      expect(reply).toMatch(/#1/);
    });
});
