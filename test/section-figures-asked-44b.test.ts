import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * docs/understanding.md 第四十四轮 intent44b: a leader asking for one section's figures only is 查数 by that section's
 * word (section-figures-asked.ts), never 重写; asking what a colleague stored (存了些么事/么个/什么) is 查看填报 — for
 * staff too, whom the command refuses honestly. Lines written for the test: 湘北、江淮、西南、东北, plain Mandarin,
 * Traditional characters and a typo; the instructions about the draft's figures stay 重写.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("one section's figures asked by a leader: 查数 by the section's word", () => {
  it.each([
    ["lin-fen", "只要高企那块的数 别的科不用", "查数 高企"],
    ["zhou-ju", "把特派员那块的数据给我拉一下", "查数 特派员"],
    ["zhou-ju", "科普科报了哪些数", "查数 科普"],
    ["zhou-ju", "光要人才那块的数字 别的不看", "查数 人才"],
    ["lin-fen", "高企那一块的数给我调出来", "查数 高企"],
    ["zhou-ju", "只看專利那塊的數", "查数 专利"],
    ["lin-fen", "就要科普那块的数据 其他的先不管", "查数 科普"],
    ["zhou-ju", "研发那块的数字拉个单子给我", "查数 研发"],
    ["zhou-ju", "只要高企那快的数", "查数 高企"],
    ["lin-fen", "把成果转化那块的数据给我导一下", "查数 成果转化"],
    ["zhou-ju", "党建那边今年的数 单看一下", "查数 党建"],
  ])("%s: %s → %s", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });
  it.each([
    ["zhou-ju", "高企那块的数字核一下"],
    ["zhou-ju", "高企那块的数写错了 改一下"],
    ["zhou-ju", "第二部分的数字再核实一下"],
    ["zhou-ju", "科普那块写的数太多了 精简点"],
    ["zhou-ju", "高企那块的数往前放"],
  ])("an instruction about the draft's figures stays 重写: %s: %s", (who, text) => {
    expect(said(who, text)).toMatch(/^重写 /);
  });
  it("from staff it is the command they meant (which refuses them), never a rewrite", () => {
    expect(said("sun-tp", "只要特派员那块的数 其他科莫管")).toBe("查数 特派员");
  });
});

describe("what a colleague stored, asked with the region's what-word: 查看填报", () => {
  it.each([
    ["chen-kp", "徐芳那边存了些么事 给我也望一下", "查看填报 徐芳"],
    ["zhou-ju", "徐芳那边存了些么事", "查看填报 徐芳"],
    ["zhou-ju", "李明今年都存了么个", "查看填报 李明"],
    ["zhou-ju", "何婷存了些什么", "查看填报 何婷"],
    ["sun-tp", "徐芳那边存了些么事", "查看填报 徐芳"],
    ["lin-fen", "孙磊一年下来报了些么事", "查看填报 孙磊"],
    ["chen-kp", "孙磊那边报咖些么子 给我也看下", "查看填报 孙磊"],
    ["zhou-ju", "何婷报了么子", "查看填报 何婷"],
    ["lin-fen", "赵丽那头交了些啥子", "查看填报 赵丽"],
    ["lin-fen", "陳靜那邊報了些麼事", "查看填报 陈静"],
    ["zhou-ju", "孙磊这阵子报了些么子东西", "查看填报 孙磊"],
  ])("%s: %s → %s", (who, text, command) => {
    expect(said(who, text)).toBe(command);
  });
  it.each([
    ["zhou-ju", "徐芳那边存了两百斤种子"],
    ["lin-fen", "何婷存了多少钱"],
  ])("something stored that is no report is not asked after: %s: %s", (who, text) => {
    expect(said(who, text)).not.toMatch(/^查看填报/);
  });
});
