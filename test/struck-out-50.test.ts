import { describe, expect, it } from "vitest";
import { withoutStruckOut } from "../src/conversation/struck-out.js";
import { normalizeMessage } from "../src/transports/feishu/normalize-message.js";
import { parseFeishuEvent } from "../src/transports/feishu/parse.js";
import type { MessageBody } from "../src/transports/feishu/types.js";
import { messageEvent, TEST_FEISHU } from "./fakes/feishu-events.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty (lead, console trial): 「11月底组织了科技特派员培训 来了~~40~~ 45人」 made a card with the figures 「来了 40」
 * and 「~~ 45人」; a voice message written 「[语音 32秒]」 was asked 「您说的是哪件事？…要改或撤回哪条填报」. Struck-out words
 * are taken back (the Feishu composer makes them from ~~…~~, a post carries them as lineThrough), and a voice or video
 * placeholder with its length is answered as voice or video.
 */
const { open } = appPerTest();
const bodyOf = (ev: Record<string, unknown>): MessageBody => {
  const p = parseFeishuEvent(ev);
  if (p.type !== "message") throw new Error("not a message");
  return p.body;
};

describe("struck-out words are taken back", () => {
  it.each([
    ["来了~~40~~ 45人", "来了45人"],
    ["新栽~~六千~~七千五百株苗木", "新栽七千五百株苗木"],
    ["~~寒假~~ 暑假在村里办了科普夏令营", "暑假在村里办了科普夏令营"],
    ["走访企业12家（已编辑）", "走访企业12家"],
    ["~~全删了~~", "~~全删了~~"],
    ["没有删除线的话 原样", "没有删除线的话 原样"],
  ])("「%s」 reads 「%s」", (said, read) => {
    expect(withoutStruckOut(said)).toBe(read);
  });

  it("a report with a struck-out count shows only the count that stands", async () => {
    const t = await open();
    const reply = await t.sayText("sun-tp", "11月底组织了科技特派员培训 来了~~40~~ 45人");
    expect(reply).toMatch(/请确认/);
    expect(reply).toContain("45人");
    expect(reply).not.toContain("~~");
    expect(reply).not.toMatch(/40(?!\d)/);
  });

  it("a Feishu post's lineThrough text is written back as struck out", () => {
    const ev = messageEvent({
      openId: "ou_a",
      messageType: "post",
      content: {
        title: "",
        content: [
          [
            { tag: "text", text: "科普讲座来了" },
            { tag: "text", text: "200", style: ["lineThrough"] },
            { tag: "text", text: "260人", style: ["bold"] },
          ],
        ],
      },
    });
    const text = normalizeMessage(bodyOf(ev), TEST_FEISHU.botOpenId).text ?? "";
    expect(text).toBe("科普讲座来了~~200~~260人");
    expect(withoutStruckOut(text)).toBe("科普讲座来了260人");
  });
});

describe("voice and video placeholders with their length", () => {
  it.each([
    "[语音 32秒]",
    "【语音 8″】",
    "[视频] 00:47",
    "[语音]53秒",
  ])("「%s」 is answered as what it stands for and stores nothing", async (said) => {
    const t = await open();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toMatch(/语音|视频/);
    expect(reply).toMatch(/没有保存/);
    expect(reply).not.toContain("哪件事");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
  });
});
