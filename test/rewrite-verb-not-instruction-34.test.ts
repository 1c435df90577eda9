import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { renderForConsole } from "../src/transports/console/render-text.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「计划那部分重写一下 要写具体时间」: the offline reply said 「没有做到「重写一下」「要写具体时间」」 — the verb of rewriting
 * was read into the instruction, and the reply listed it as an instruction not carried out. The verb is the command; the
 * instruction is what follows it. Phrasings other than the console's.
 */
const { open } = appPerTest();

describe("the verb of rewriting is no part of the instruction (round thirty-four)", () => {
  it.each([
    ["开头那部分重写一下 突出亮点", "突出亮点", "重写一下"],
    ["问题那部分重新写下，写得具体些", "写得具体些", "重新写下"],
  ])("「%s」", async (said, instruction, verb) => {
    const t = await open({ now: "2026-12-04T16:40:00+08:00" });
    await t.say("chen-kp", "今天在实验小学办了科普讲座 学生120人参加");
    await t.say("chen-kp", "确认");
    await t.say("zhou-ju", "生成总结");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    const reply = (await t.say("zhou-ju", said)).map(renderForConsole).join("\n");
    expect(reply).toContain(instruction);
    expect(reply).not.toContain(`「${verb}`);
  });
});
