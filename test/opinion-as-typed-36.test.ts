import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * A leader's opinion (重写、退回) is passed on in the leader's own words, not as the rules folded them (i36a, 白话:
 * docs/understanding.md 第三十六轮 intent36): 啲 stays 啲, 唔好 stays 唔好 — the part the rules named stays as named.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("a leader's opinion as typed", () => {
  it("a dialect word in the opinion comes back as typed", () => {
    const got = said("zhou-ju", "问题嗰段重写 讲多啲原因");
    expect(got.startsWith("重写")).toBe(true);
    expect(got).toContain("讲多啲原因");
  });
  it("an opinion in plain Mandarin is unchanged", () => {
    expect(said("zhou-ju", "问题部分重写 写具体点")).toBe("重写 问题 写具体点");
  });
  it("an opinion after the draft named and a comma comes back as typed too", () => {
    // 「呢稿退返去 …」: the opinion is a word of its own after 「这稿，」.
    expect(said("zhou-ju", "呢稿退返去 问题讲得唔够深")).toContain("问题讲得唔够深");
  });
  it("Traditional characters in an opinion are written simplified", () => {
    expect(said("zhou-ju", "改写 问题 示范基地數量偏少")).toBe("改写 问题 示范基地数量偏少");
  });
});
