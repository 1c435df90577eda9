import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 重写 of a part that is only a placeholder (no problem reported), offline: nothing there to rewrite — said as such,
 * no version made, nothing made up, the ways to fill it named. It was told 「没有按意见「存在的问题」改动」, the part's
 * own name read as an instruction not followed. With a model the placeholder part is still rewritten (leader-review,
 * in-context-corpus).
 */
const { open } = appPerTest();

describe("重写 a placeholder part offline", () => {
  it.each([
    "重写 二、存在的问题",
    "重写 问题部分写具体点",
    "问题那块重新写一下",
    "重写 问题 写短一点",
  ])("「%s」 says the part is a placeholder; no new version", async (said) => {
    const t = await open({ now: "2026-11-16T10:00:00+08:00" });
    await t.say("li-rd", "高企认定了12家，帮企业争取省级项目资金一百二十五万元");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2026");
    const api = t.app.services.features.drafting as DraftingApi;
    await api.whenIdle();
    const before = (await api.service.get({ year: 2026 }))?.versions.length;
    const reply = await t.sayText("zhou-ju", said);
    expect(reply).toContain("二、存在的问题现在只是占位语");
    expect(reply).toContain("改写 问题");
    expect(reply).not.toContain("没有按意见「存在的问题」");
    // An instruction given is still said not followed (as for any part offline).
    if (said.endsWith("写短一点")) expect(reply).toContain("没有按意见「写短一点」");
    expect((await api.service.get({ year: 2026 }))?.versions.length).toBe(before);
  });
});
