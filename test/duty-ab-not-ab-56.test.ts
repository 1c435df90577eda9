import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * One's own duty asked as AB不AB (i56a-021 「这礼拜六俺值班不值班」) was read as small talk, while 「周日轮不轮到我值班」 (A不A) was
 * 上班吗 — the whole verb said twice asks just the same.
 */
const t = appPerFile({ now: "2026-12-08T10:00:00+08:00" });

describe("duty asked as AB不AB", () => {
  it.each([
    "这礼拜六俺值班不值班",
    "元旦我值班不值班啊",
    "下礼拜天我值班不值班嘛",
  ])("「%s」 is 上班吗", (said) => expect(rulesReading(t).said("li-rd", said)).toMatch(/^上班吗/));
  it("「这周六我值班 在单位守着」 stays one's duty told", () =>
    expect(rulesReading(t).said("li-rd", "这周六我值班 在单位守着")).not.toMatch(/^上班吗/));
});
