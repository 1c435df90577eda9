import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial36, found on the console: 「今年帮企业申报高新技术企业12家，已经通过认定的有9家」 was drafted 「…13家，已通过认定的
 * 有9家」, and 「12月18日前要把全年科普工作台账整理好报给市科协」 「…整理好报给市科协」 — both as said. Two classes:
 * - a part of the count just said, told as 「…的有 + count」 right after a clause ending in a count: 其中 + the count +
 *   what sets it apart (其中9家已通过认定);
 * - done and sent up (整理好报给…): 整理完毕并报送; 报给/交给 an office above (市、县、省、上级…) is 报送.
 */
const written = (t: string) => cleanChat(t, "2026-12-05");

describe("a part of a count, and sending up, as a document writes them", () => {
  it.each([
    [
      "今年帮企业申报高新技术企业13家，已经通过认定的有9家",
      "帮助13家企业申报高新技术企业，其中9家已通过认定",
    ],
    ["培训农民200人，拿到证书的有150人", "培训农民200人，其中150人拿到证书"],
    ["走访企业20家，有问题的有3家", "走访企业20家，其中3家有问题"],
    ["12月18日前要把全年科普工作台账整理好报给市科协", "整理完毕并报送市科协"],
    ["统计报表汇总好交给上级主管部门", "汇总完毕并报送上级主管部门"],
  ])("「%s」 → 「%s」", (text, want) => {
    const got = written(text);
    expect(got).toContain(want);
    expect(got).not.toMatch(/的有\d|好报给|好交给/u);
  });

  it.each([
    ["他说的有道理", "他说的有道理"],
    // No count just said: 的有 is left.
    ["参加培训的有50人", "参加培训的有50人"],
    // Handed to people, not sent up.
    ["资料都送给村民了", "送给村民"],
  ])("unchanged: 「%s」 keeps 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });
});
