import { describe, expect, it } from "vitest";
import { saysNothing } from "../src/conversation/guided-answers.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): in guided filling, 「差不多就这些」 to 「3/4 遇到了什么问题或困难？」 was stored as a
 * problem on the card. A hedge before 就这些/没了 (差不多、大概、基本上、也) still says nothing more.
 */
const { open } = appPerTest();

describe("nothing more, said with a hedge", () => {
  it.each([
    "差不多就这些",
    "大概就这些了",
    "基本上没了",
    "也没有别的了",
    "基本上没遇到啥问题",
    "大致就这样",
  ])("「%s」 says nothing", (said) => {
    expect(saysNothing(said)).toBe(true);
  });

  it.each(["差不多三十户", "大概缺两个技术员", "基本上没有经费"])("「%s」 is an answer", (said) => {
    expect(saysNothing(said)).toBe(false);
  });

  it("the card holds no problem 「差不多就这些」", async () => {
    const app = await open({ now: "2026-12-07T10:00:00+08:00" });
    await app.say("sun-tp", "填报");
    await app.say("sun-tp", "组织科技特派员进村服务");
    await app.say("sun-tp", "服务了8个村");
    await app.say("sun-tp", "差不多就这些");
    const card = await app.sayText("sun-tp", "无");
    expect(card).toContain("服务了8个村");
    expect(card).not.toContain("差不多就这些");
    expect(card).not.toContain("问题与困难");
  });
});
