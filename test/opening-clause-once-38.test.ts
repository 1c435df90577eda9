import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { joinedAtEdge } from "../src/drafting/choose-headlines.js";
import { draftOffline } from "../src/drafting/draft-offline.js";
import { groupMaterial } from "../src/drafting/gather-material.js";
import { importRows } from "../src/import/import-updates.js";
import { memoryStore } from "./fixtures/drafting/memory-store.js";

/**
 * Trial38, class 1: the offline opening quoted two headline clauses of one message that share the clause between
 * them — 「帮助企业兑付科技创新券，共42家」 and 「共42家，金额160多万元」 — and printed 「共42家，共42家」. Clauses of
 * one update that overlap at their edges are said once, as the run they make together.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));

async function opening(rows: Array<[string, string, string, string]>) {
  const store = memoryStore();
  await importRows(
    store,
    org,
    rows.map(([author, section, date, text], i) => ({ row: i + 1, author, section, date, text })),
    new Date("2026-12-05T00:00:00Z"),
  );
  return (
    draftOffline(org, groupMaterial(org, { year: 2026 }, store.updates)).parts[0]?.paragraphs.join("") ?? ""
  );
}

/** A clause said twice in a row (「共42家，共42家」). */
const TWICE = /(?:^|[，。；])([^，。；]{2,}?)，\1(?=[，。；])/u;

describe("a clause shared by two headlines of one message is said once", () => {
  it.each([
    [
      "li-rd",
      "rd",
      "今年帮企业兑付科技创新券，一共42家，金额160多万",
      "兑付科技创新券，共42家，金额160多万元",
    ],
    [
      "zhao-zh",
      "transfer",
      "全年技术合同登记，总共56份，成交额3100多万",
      "技术合同登记，总共56份，成交额3100多万元",
    ],
    ["sun-tp", "envoy", "帮合作社对接专家，一共牵线18对，带动增收300多万元", "共牵线18对，带动增收300多万元"],
  ])("%s: 「%s」", async (who, section, text, want) => {
    const got = await opening([[who, section, "2026-09-02", text]]);
    expect(got).toContain(want);
    expect(got).not.toMatch(TWICE);
  });

  it("three people at once: each message said once", async () => {
    const got = await opening([
      ["li-rd", "rd", "2026-06-02", "今年帮企业兑付科技创新券，一共42家，金额160多万"],
      ["zhao-zh", "transfer", "2026-09-02", "全年技术合同登记，总共56份，成交额3100多万"],
      ["chen-kp", "popsci", "2026-10-10", "全年开展科普讲座32场，群众参加5000多人次"],
    ]);
    expect(got).not.toMatch(TWICE);
    expect(got.match(/42家/gu)?.length).toBe(1);
    expect(got.match(/56份/gu)?.length).toBe(1);
  });

  it.each([
    ["甲，乙", "乙，丙", "甲，乙，丙"],
    ["乙，丙", "甲，乙", "甲，乙，丙"],
    ["兑付创新券，共42家", "共42家，金额160多万元", "兑付创新券，共42家，金额160多万元"],
  ])("joinedAtEdge(「%s」, 「%s」) = 「%s」", (a, b, want) => {
    expect(joinedAtEdge(a, b)).toBe(want);
  });

  it("clauses that do not touch, or a run over 40 characters, are not joined", () => {
    expect(joinedAtEdge("甲，乙", "丙，丁")).toBeUndefined();
    expect(joinedAtEdge("开展科普讲座32场", "群众参加5000多人次")).toBeUndefined();
    const long = "一二三四五六七八九十一二三四五六七八九十";
    expect(joinedAtEdge(`${long}，共42家`, `共42家，${long}`)).toBeUndefined();
  });
});
