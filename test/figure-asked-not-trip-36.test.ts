import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 多少 asks a trip's count only of colleagues named (你昨天下乡跑了多少个村): a leader's 「今年特派员下乡多少人次」 asks the
 * material's figure — 查数, never talk about a trip (intent36 let 多少 ask any trip, and 多少人次 read as seats counted).
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said } = rulesReading(t);

describe("a figure asked with 多少 beside a trip word", () => {
  it.each([
    "今年特派员下乡多少人次",
    "特派员下乡服务一共多少人",
    "科普下乡今年搞了多少场",
  ])("「%s」 from a leader is 查数", (text) => {
    expect(said("zhou-ju", text)).toMatch(/^查数/u);
  });
  it("asked of a colleague it is still talk", () => {
    expect(said("li-rd", "你昨天下乡跑了多少个村")).toBe("smalltalk");
  });
});
