import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Requests and questions of blind78 / i36a said loosely (docs/understanding.md 第三十六轮 intent36), in other words:
 * what is left to check asked with 哪几 (哪几条、哪几个), a reason after an export's format, 拉个表 as an export, and
 * how many a colleague covered asked with 多少 — talk, not 查数.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("what is left to check, asked with 哪几", () => {
  it("is 待核实", () => {
    expect(said("zhou-ju", "边几条数要核对吓")).toBe("待核实");
  });
});

describe("导出 and why it is wanted", () => {
  it.each([
    "导出word 拿去开会",
    "导个word 我要打印出来",
  ])("「%s」 is 导出 docx, the reason no argument", (text) => {
    expect(said("zhou-ju", text)).toBe("导出 docx");
  });
  it("a period after the format stays", () => {
    expect(said("zhou-ju", "导出word 2025上半年")).toBe("导出 docx 2025上半年");
  });
  it("拉个表 with its format is an export", () => {
    expect(said("lin-fen", "填报拉个表格 csv")).toMatch(/^导出 csv/);
  });
});

describe("how many a colleague covered, asked with 多少", () => {
  it("is talk among colleagues, not 查数", () => {
    expect(said("zhao-zh", "你昨天下村跑了多少户")).toBe("smalltalk");
  });
});
