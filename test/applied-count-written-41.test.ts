import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Round forty-one lead, on the console: the offline draft wrote 「高新技术企业全年共报了12家」 — 报了 with a count is how
 * staff say an application went in; a document writes 申报 (the card's label already said 高新技术企业申报 12家).
 * Words that are written already (申报了、上报了、汇报了、填报了) and 报 that is no application (报了警、报了名 without a
 * count, 周报了) stay.
 */
const DAY = "2026-12-01";

describe("报了 with a count is written 申报", () => {
  it.each([
    ["高企今年共报了12家", "申报12家"],
    ["科技型中小企业报了三十几家", "申报30余家"],
    ["省级项目报了3个，批了1个", "申报3"],
    ["专利这块报了约20件", "申报约20件"],
  ])("「%s」 → %s", (said, want) => {
    const out = cleanChat(said, DAY);
    expect(out).toContain(want);
    expect(out).not.toContain("报了");
  });

  it.each([
    ["上报了5份材料", "上报5份材料"],
    ["向县政府汇报了2次", "汇报"],
    ["填报了12家企业的数据", "填报12家"],
  ])("「%s」 keeps its written verb", (said, want) => {
    const out = cleanChat(said, DAY);
    expect(out).toContain(want);
    expect(out).not.toContain("申报");
  });

  it("报 with no count is left", () => {
    expect(cleanChat("群众报了警，我们到场处置", DAY)).not.toContain("申报");
    expect(cleanChat("培训班报了名的都通知到了", DAY)).not.toContain("申报");
  });
});
