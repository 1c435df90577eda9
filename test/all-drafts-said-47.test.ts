import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * To 「确认哪一条？」 with two drafts listed, all of them said the western-Mandarin way: 哈 before 都 (川北/川渝 哈都: all
 * of them) and 起 closing the keeping verb (存起、记起: 存上). Lines written for the test (巴中, 铜仁, 冀北, Cantonese, plain
 * Mandarin, Traditional); docs 第四十七轮 dlg47.
 */
const t = appPerFile({ now: "2026-12-16T10:00:00+08:00" });
const { heard } = rulesReading(t);
const which = (text: string) =>
  heard("chen-kp", text, {
    awaiting: "which-draft",
    pendingDrafts: 2,
    justAsked: true,
    draftNumbers: [1, 2],
  });

describe("all of the listed drafts, said with 哈都 or 存起", () => {
  it.each([
    "两条哈都存",
    "两条都存起",
    "两个哈都要",
    "哈都存起",
    "都存起",
    "都记起吧",
    "兩條哈都存",
    "两条都存",
    "俩都存上",
  ])("%s", (text) => {
    expect(which(text)).toBe("all");
  });
  it.each([
    ["第二条", "number 2"],
    ["2", "number 2"],
    ["两条哈都先莫存", "no"],
  ])("not all: %s", (text, want) => {
    expect(which(text)).toBe(want);
  });
});
