import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Lead53 (b106-d14's class): just after a card was confirmed, 「不对 这个要放人才那边 是引进的专家搞出来的」 — a mistake
 * said (不对), the update called 这个, the section it should go to said with 要放 — was stored as new work. Now it moves the
 * update just sent (科室 N section). Lines written for the test; those after them must not move anything.
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("a mistake said, then 这个 and the section it should go to", () => {
  it.each([
    ["zhao-zh", "不对 这个要放人才那边 是引进的专家搞出来的", "科室 3 人才"],
    ["zhao-zh", "不对不对，这个得归人才那块", "科室 3 人才"],
    ["zhao-zh", "不对 这条应该归人才科 是引进的博士弄的", "科室 3 人才"],
    ["he-gq", "不对哦 那个要放高企那边", "科室 3 高企"],
  ])("%s: %s", (who, text, want) => {
    expect(heard(who, text, { latestSeq: 3 })).toBe(want);
  });

  it.each([
    ["zhao-zh", "不对 这个数是120人"],
    ["zhao-zh", "不对 这个要下周再报"],
    ["he-gq", "这个要放高企那边的展板上 下周布展"],
  ])("%s: %s is no section move", (who, text) => {
    expect(heard(who, text, { latestSeq: 3 })).not.toMatch(/^科室/);
  });
});
