import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead53's console trial: 赵丽 (成果转化、人才) is asked which of her two sections a report goes to and answers
 * 「不对 这个要放科普那边」; the reply was 「我没看出这是不是工作情况」. Now it says the section named is not among the
 * choices and the roster decides — nothing stored, nothing moved, the question still waiting.
 */
const { open } = appPerTest();

describe("a section not offered, named to the section question", () => {
  it.each(["不对 这个要放科普那边", "放科普那块吧", "算党建那边的"])("「%s」", async (said) => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    await t.sayText("zhao-zh", "这周去了柳河乡三个村 搞了两场种植技术培训 来了八十来个人");
    const reply = await t.sayText("zhao-zh", said);
    expect(reply).toContain("不是您可以填报的科室");
    expect(reply).toContain("科室由名册决定");
    expect(reply).not.toContain("我没看出这是不是工作情况");
    const mine = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(mine).toHaveLength(1);
    expect(mine[0]?.status).toBe("draft");
    // The question still stands: a number picks.
    expect(await t.sayText("zhao-zh", "2")).toMatch(/科技人才与创新环境/);
  });
});
