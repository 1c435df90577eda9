import { describe, expect, it } from "vitest";
import { kindsAndFigures } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan: 「走访慰问了台风受灾的困难户12户」 — the stricken named as people
 * (受灾的困难户、受灾群众、受灾的农户) are whom the work was done for, not a problem; 「后面还考了一次 平均分92分」
 * — 后面还 + a verb with 了 is more work done, not a plan. Sentences written for this test, not corpus lines.
 */
const read = (text: string) => kindsAndFigures(text, "2026-12-04");

describe("the stricken as whom work was for, and work said after 后面还", () => {
  it("stricken people after a verb of visiting or helping", () => {
    expect(read("上午跟镇里去看望了洪水受灾的贫困户9户 每户发了两床被子")).toEqual({
      kinds: ["done"],
      figures: ["9户:achieved", "两床:achieved"],
    });
    expect(read("村里受灾严重 有三十多户房子进水").kinds).toEqual(["problem"]);
  });
  it("后面还 + 了 is done, 后面还要 a plan", () => {
    expect(read("培训班结业了 来了40个人 后面还考了一次 平均85分")).toEqual({
      kinds: ["done"],
      figures: ["40个人:achieved", "85分:achieved"],
    });
    expect(read("后面还要再考一次").kinds).toEqual(["plan"]);
  });
});
