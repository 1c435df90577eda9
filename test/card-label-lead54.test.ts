import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figure-scan.js";

/**
 * Lead54's console trial, after draft54: 「特派员在 5个村开展果树修剪培训 来了90多个农户」 showed 「村开展果树修剪培训参加农户 90多个」 —
 * the previous figure's noun (村) and the verb of holding kept in the event's name; 「今天上午场培训参加人数60 下午场40」 showed
 * 「场培训参加人数 60」 — 上午 taken off as a time word though 上午场 is the session. Rows as a table would have them.
 */
const rows = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));

describe("card rows of people who came and of sessions (domain/figure-label.ts)", () => {
  it.each([
    ["特派员在 5个村开展果树修剪培训 来了90多个农户", "果树修剪培训参加农户 90多个"],
    ["在3个镇举办电商直播培训 来了120多个村民", "电商直播培训参加村民 120多"],
    ["去了4个社区搞防诈骗讲座 来了两百来个居民", "防诈骗讲座参加居民"],
  ])("「%s」 has 「%s」", (text, want) => {
    const got = rows(text);
    expect(got.some((r) => r.includes(want))).toBe(true);
    expect(got.join(" ")).not.toMatch(/[村镇区]开展|[村镇区]举办|[村镇区]搞/u);
  });

  it.each([
    ["今天上午场培训参加人数60 下午场40", "上午场培训参加人数 60"],
    ["上午场讲座来了80人，下午场来了50人", "上午场讲座"],
  ])("「%s」 keeps the session: 「%s」", (text, want) => {
    expect(rows(text).join(" ")).toContain(want);
  });

  it("a time word before other words still goes: 「今天上午走访企业8家」", () => {
    expect(rows("今天上午走访企业8家").join(" ")).not.toContain("上午");
  });
});
