import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind91 (浉岭县, 豫南信阳), i43b (闽西) and i43c (天水), read by the rules alone (no learned guess):
 * docs/understanding.md 第四十三轮 intent43b. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("一稿 names the first version where it stands for one; 摆一块瞅瞅 sets two side by side (version-words.ts)", () => {
  it.each([
    ["一稿跟二稿比一下 看改了啥", "对比 1 2"],
    ["把一稿和三稿对比一下", "对比 1 3"],
    ["一稿同四稿比下 看动了么个", "对比 1 4"],
    ["一稿與二稿對比一下", "对比 1 2"],
    ["一稿和现在的三稿有啥区别", "对比 1 3"],
    ["三稿跟五稿摆一块瞅瞅哪变了", "对比 3 5"],
    ["二稿和四稿放一起看看", "对比 2 4"],
    ["第二稿跟第三稿搁一块儿比比", "对比 2 3"],
    ["v2跟v3摆在一起对一对", "对比 2 3"],
    ["一稿、三稿放一起瞅瞅", "对比 1 3"],
  ])("%s", (text, command) => {
    expect(said("zhou-ju", text)).toBe(command);
  });
  it.each([
    ["再出一稿", "对比"],
    ["先起一稿 跟去年的比一下", "对比 1"],
    ["上半年的也弄一稿出来", "对比"],
    ["这一稿跟上一稿比改了啥", "对比 1"],
    ["把材料摆一块看看", "对比"],
  ])("not the first version named, or nothing to set side by side: %s", (text, wrong) => {
    expect(said("zhou-ju", text)).not.toBe(wrong);
  });
});

describe("a half-year said by its months or its place in the year (half-said-by-months.ts)", () => {
  it.each([
    ["七月到十二月那半年 也出个总结", "生成总结 下半年"],
    ["七月到年底这半年的总结出一份", "生成总结 下半年"],
    ["7月至12月的总结起草一下", "生成总结 下半年"],
    ["七到十二月的总结也出一份", "生成总结 下半年"],
    ["后半年的总结弄一个", "生成总结 下半年"],
    ["七月份到年底的总结 先出个初稿", "生成总结 下半年"],
    ["年中那份总结出一份", "生成总结 上半年"],
    ["一到六月的总结出一版", "生成总结 上半年"],
    ["1-6月的总结生成一下", "生成总结 上半年"],
    ["前半年的总结出一个", "生成总结 上半年"],
    ["年初到六月底的總結出一版", "生成总结 上半年"],
  ])("%s", (text, command) => {
    expect(said("zhou-ju", text)).toBe(command);
  });
  it.each([
    ["半年总结出一版", "生成总结 上半年"],
    ["十一到十二月的总结出一版", "生成总结 下半年"],
    ["三到五月的总结出一版", "生成总结 下半年"],
    ["年中的时候科里人少 今年的总结出一版", "生成总结 上半年"],
    ["七月份帮扶了十二户", "生成总结 下半年"],
  ])("a half not said by its months: %s", (text, wrong) => {
    expect(said("zhou-ju", text)).not.toBe(wrong);
  });
});
