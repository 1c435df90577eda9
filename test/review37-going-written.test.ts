import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Review of rounds 35–36 (docs/understanding.md 第三十七轮 review37): going-written.ts writes 去 + a place as 赴, and
 * took 前 before 去 for a deadline (月底前去…) always — 「专家前去城关镇」「带队前去县工业园」 became 「前赴…」, which is
 * no written word. 前去 is a written verb of going already and stays; a deadline's 前 still gets 赴.
 */
describe("前去 stays, a deadline's 前 + 去 is 赴", () => {
  it.each([
    ["组织专家前去城关镇开展培训", "前去城关镇"],
    ["带队前去县工业园走访", "前去县工业园"],
  ])("「%s」", (said, kept) => {
    const out = cleanChat(said, "2026-05-01");
    expect(out).not.toContain("前赴");
    expect(out).toContain(kept);
  });
  it.each(["月底前去城关镇开展培训", "国庆节前去石桥村慰问"])("「%s」 still 赴", (said) => {
    expect(cleanChat(said, "2026-05-01")).toMatch(/前赴/);
  });
});
