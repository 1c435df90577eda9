import { describe, expect, it } from "vitest";
import { withoutTypedAddress } from "../src/conversation/typed-address.js";
import { cleanInput } from "../src/conversation/guards.js";
import { galleryDraftInReview } from "./helpers/draft-in-review.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): the bot's name typed as text — 「@总结助手 第二部分的科普那段太啰嗦了」 — was kept
 * in what the bot read, and the rewrite instruction it offered read 「@总结助手，的科普那段太啰嗦了」.
 */
const { open } = appPerTest();

describe("the bot's name typed as text is not part of what is said", () => {
  it.each([
    ["@总结助手 第二部分太啰嗦了", "第二部分太啰嗦了"],
    ["＠总结助手，帮我看看报了啥", "帮我看看报了啥"],
    ["@机器人 确认", "确认"],
    ["@ 总结助手：今天下乡培训了30人", "今天下乡培训了30人"],
    ["今天下乡培训了30人 @总结助手", "今天下乡培训了30人"],
    ["@小助手 撤回2", "撤回2"],
  ])("「%s」 reads 「%s」", (said, read) => {
    expect(withoutTypedAddress(said)).toBe(read);
    expect(cleanInput(said)).toBe(read);
  });

  it.each([
    "@李明 你那个培训的数报一下",
    "发给总结助手的材料都算数吗",
    "邮箱是keji@zongjie.cn",
    "@总结助手们 都在吗",
  ])("「%s」 stays as it is", (said) => {
    expect(withoutTypedAddress(said)).toBe(said);
  });

  it("a leader's typed 「@总结助手 …」 rewrite instruction carries no bot name", async () => {
    const app = await galleryDraftInReview(open);
    const reply = await app.sayText("zhou-ju", "@总结助手 科普那段太啰嗦了 精简一下");
    expect(reply).not.toContain("总结助手");
    expect(reply).toContain("科普");
  });
});

describe("a part counted, then a section inside it", () => {
  it.each([
    ["第二部分的科普那段太啰嗦了", "（三）科普宣传与培训"],
    ["第一部分里的科普那块再精炼些", "（三）科普宣传与培训"],
    ["（二）的高企那部分写具体点", "（五）高新技术企业与创新平台"],
  ])("「%s」 rewrites the section it names", async (said, section) => {
    const app = await galleryDraftInReview(open);
    const reply = await app.sayText("zhou-ju", said);
    expect(reply).not.toContain("请确认是哪一部分");
    expect(reply).not.toContain("您说的是");
    expect(reply).toContain(section);
  });

  it("「第二部分太啰嗦了」 with no section still asks which part", async () => {
    const app = await galleryDraftInReview(open);
    expect(await app.sayText("zhou-ju", "第二部分太啰嗦了")).toContain("您说的是");
  });
});

describe("the part that speaks of something (b104-124's class)", () => {
  it.each([
    ["草稿里讲不足的那一段 我先过一眼", "查看草稿 问题"],
    ["写计划的那部分再具体点", "重写 计划 再具体点"],
    ["说问题的那块给我看看", "查看草稿 问题"],
  ])("「%s」 is 「%s」", async (said, command) => {
    const { classifyIntent } = await import("../src/conversation/classify-intent.js");
    const { intentContextFor } = await import("./helpers/intent-context-for.js");
    const app = await galleryDraftInReview(open);
    const got = classifyIntent(said, intentContextFor(app.app, "zhou-ju"));
    expect(got.kind === "command" ? got.text : got.kind).toBe(command);
  });
});
