import { describe, expect, it } from "vitest";
import { cardRows } from "./helpers/card-rows.js";

/**
 * Lead55's console trial: 「明年打算在两个乡镇建示范基地」 showed the row 「明年打算在 2个乡镇（目标）」 — the plan's modal
 * and its time, not what the count says. A plan's count of places is named by what is to be done there (as draft54's
 * 「开展果树修剪培训的村 5个」): 明年建示范基地的乡镇 2个; a time said stays, 打算/准备/计划 goes.
 */
describe("a plan's count of places on the card", () => {
  it.each([
    ["明年打算在两个乡镇建示范基地", "建示范基地的乡镇 2个", "打算"],
    ["下个月准备去5个合作社调研", "调研的合作社 5个", "准备"],
    ["计划在3个村新建科普e站", "新建科普e站的村 3个", "计划在"],
  ])("%s", (said, has, never) => {
    const rows = cardRows(said).join("|");
    expect(rows).toContain(has);
    expect(rows).not.toContain(never);
  });

  it("work done keeps its rows as they were", () => {
    expect(cardRows("特派员在5个村开展果树修剪培训").join("|")).toContain("开展果树修剪培训的村 5个");
  });
});
