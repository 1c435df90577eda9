import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「打算下个月去几个村看看」 from staff was read as a count asked of the material (查数) and refused — 「只有局领导和办公室
 * 可以按大家的填报查数」: a plan or a time ahead before going to 几个/几家 places names a few places one means to visit.
 * A count asked with a question's close (去了几个村来着) is still asked. Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("going to a few places, ahead, is no count asked (round thirty-four)", () => {
  it.each([
    "准备下周到几家企业走走",
    "下个月想去几个乡镇转转",
    "计划明年跑几所学校搞科普",
  ])("「%s」", async (said) => {
    const t = await open({ now: "2026-12-04T16:40:00+08:00" });
    const reply = await t.sayText("sun-tp", said);
    expect(reply).not.toContain("查数");
  });
});
