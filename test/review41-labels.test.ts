import { describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";

/**
 * Review41: label41's light-verb rule (figure-label-filler.ts) took 整 after two characters as the spoken 整 and cut
 * the work counted: 合作社整合 became 合作社, 村資料整理 became 村資料. 整合、整理、整顿、整治、整改、整修 are the work.
 */
const stored = (text: string) =>
  findFigures(text).map((f) => `${f.figure.context}|${f.figure.counted ?? ""}`);

describe("整 of real work stays in the counted noun", () => {
  it.each([
    ["推动5家合作社整合", "推动|合作社整合"],
    ["指导6个合作社整顿", "指导|合作社整顿"],
    ["帮4个村資料整理", "帮村資料整理|村資料整理"],
    ["完成3个村整治", "完成|村整治"],
  ])("「%s」 stores %s", (text, want) => expect(stored(text)).toContain(want));

  it("the spoken 整 is still taken off", () => {
    expect(stored("一共整了三期农机手培训班")).toContain("|农机手培训班");
  });
});
