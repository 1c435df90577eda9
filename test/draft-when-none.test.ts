import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A leader asking for the draft when there is none yet. A request for it, in any words (稿子呢、
 * 先出一版我看看、赶紧弄一个出来), is clear: drafting starts, and the reply says which period.
 * Only a bare question whether there is one (有稿子了吗、稿子出了没) gets the honest 「还没有草稿」
 * with the 生成总结 button — as does the literal command 查看草稿, which asks to look, not to write.
 * Own phrasings, written before the change (first sight: 0 of the 12 requests started a draft).
 */
const { open } = appPerTest();
const DEC = "2026-12-01T10:00:00+08:00";
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

describe("the draft asked for when there is none", () => {
  it.each([
    ["在吗 稿子呢？赶紧弄一个出来", "2026年"],
    ["总结咋还没有 先出一版我看看", "2026年"],
    ["稿子呢", "2026年"],
    ["稿子呢？？", "2026年"],
    ["咋还没出稿子 都几号了😤", "2026年"],
    ["总结稿发我看看", "2026年"],
    ["把今年的稿子拿来我瞧瞧", "2026年"],
    ["年终总结呢 快点", "2026年"],
    ["稿子給我看下", "2026年"],
    ["初稿呢，局里等着要", "2026年"],
    ["上半年那版发我看看", "2026年上半年"],
    ["喂 把全年的稿子发我看看", "2026年"],
  ])("「%s」 starts drafting (%s)", async (said, period) => {
    const t = await open({ now: DEC });
    const said_ = await t.sayText("zhou-ju", said);
    await api(t).whenIdle();
    const out = [said_, ...t.sent.map((s) => s.reply.text)].join("\n");
    expect(out).not.toContain("发送「生成总结」");
    expect(out).toContain(`${period}总结草稿`);
    expect(await api(t).service.list()).toHaveLength(1);
  });

  it.each([
    "有稿子了吗",
    "稿子出了没",
    "初稿好了没",
    "总结写到哪了",
    "草稿有没有啊",
    "查看草稿",
  ])("「%s」 is answered honestly: no draft yet, with the 生成总结 button", async (said) => {
    const t = await open({ now: DEC });
    const replies = await t.say("zhou-ju", said);
    await api(t).whenIdle();
    const out = [...replies, ...t.sent.map((s) => s.reply)].map((r) => r.text).join("\n");
    expect(out).toContain("还没有草稿");
    expect(replies.flatMap((r) => r.card?.buttons ?? []).map((b) => b.command)).toContain("生成总结");
    expect(await api(t).service.list()).toHaveLength(0);
  });
});
