import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 潮汕 words missed by intent36's i36b at first sight (docs/understanding.md 第三十六轮 intent36), and a draft settled
 * 按这样/照这样 — each class in other words than the corpus's, the rules alone.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const norm = (text: string) => intentText(text).norm;

describe("潮汕 呾、做呢、有…无、勿 + a verb", () => {
  it("are read as 说、怎么、吗、别", () => {
    expect(norm("伊呾下昼来")).toBe("伊说下午来");
    expect(norm("做呢填")).toBe("怎么填");
    expect(norm("有模板无")).toBe("有模板吗");
    expect(norm("勿改")).toBe("别改");
  });
  it("how to use it, asked so, is 帮助", () => {
    expect(heard("xu-dj", "撤回做呢用 有教程无")).toMatch(/^帮助/);
  });
  it("a card held with 勿存 is the no", () => {
    expect(
      heard("he-gq", "勿存 我再对下人数", { awaiting: "confirm", justAsked: true, pendingDrafts: 1 }),
    ).toBe("no");
  });
  it("无 not closing a question after 有 stays (有无、无人)", () => {
    expect(norm("有无人知")).toBe("有无人知");
  });
});

describe("a draft settled 按这样/照这样", () => {
  it("is 定稿", () => {
    expect(heard("zhou-ju", "稿子冇问题 照这样定")).toBe("定稿");
  });
});
