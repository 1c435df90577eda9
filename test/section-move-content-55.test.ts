import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * dlg55 (b107-d14, b108-d14, d54-d10, d55-d04's class): just after a card was confirmed, 「不对劲 冷库那条得归高企科」 — the
 * update pointed at by words of its own (冷库) before 那条/这条, the section it should go to said — was read as a 修改 of
 * the update's text. Now it moves that update (科室 N section). Sentences written for the test.
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const { heard } = rulesReading(t);
const shown = "上午陪盟里专家去看了一家乳企新建的冷库和中试车间";

describe("the update named by its words, then the section it should go to", () => {
  it.each([
    ["he-gq", "不对劲 冷库那条得归高企科", "科室 3 高企"],
    ["he-gq", "不对 中试车间这条应该算高企那块的", "科室 3 高企"],
    ["zhao-zh", "整错了 乳企那条该归人才那边", "科室 3 人才"],
  ])("%s: %s", (who, text, want) => {
    expect(heard(who, text, { latestSeq: 3, shownText: shown })).toBe(want);
  });

  it.each([
    ["he-gq", "不对 冷库那条数写错了 应该是三个"],
    ["he-gq", "不对劲 养蜂场那条得归高企科"],
  ])("%s: %s is no move of the update shown", (who, text) => {
    expect(heard(who, text, { latestSeq: 3, shownText: shown })).not.toBe("科室 3 高企");
  });
});
