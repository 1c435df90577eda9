import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { smartAnswer } from "./fixtures/drafting/smart-responder.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「算了 先不弄了」 from a leader while the draft they asked for is being generated (found trying the console as a
 * new leader, round thirty-one): it got 「当前没有进行中的操作」 though a generation was running. Said truly now:
 * it runs on to its end, the draft waits in review, nothing is approved.
 */
const { open } = appPerTest();
let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  fake.setDefault((r) => ({ kind: "slow", delayMs: 800, answer: smartAnswer(r) }));
});
afterAll(() => fake.close());

const text = (rs: Array<{ text?: string }>) => rs.map((r) => r.text ?? "").join("\n");

describe("cancel while a draft is generated", () => {
  it("says the generation runs on, and the plain answer once it is done", async () => {
    const t = await open({
      now: "2025-12-10T10:00:00+08:00",
      env: {
        OPENAI_BASE_URL: fake.url,
        OPENAI_API_KEY: "sk-test",
        LLM_MODEL: "qwen-plus",
        LLM_EXTRACT: "off",
      },
    });
    await t.say("li-rd", "今年组织申报省级科技计划项目12项，立项5项");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2025");
    for (const cancel of ["算了 先不弄了", "取消", "不弄了 算了吧"]) {
      const out = text(await t.say("zhou-ju", cancel));
      expect(out).toContain("v1 已经在生成");
      expect(out).not.toContain("当前没有进行中的操作");
    }
    // Staff have no generation of theirs: the plain answer.
    expect(text(await t.say("li-rd", "算了"))).toContain("当前没有进行中的操作");
    await (t.app.services.features.drafting as DraftingApi).whenIdle();
    expect(text(await t.say("zhou-ju", "算了"))).toContain("当前没有进行中的操作");
    const draft = await (t.app.services.features.drafting as DraftingApi).service.get({ year: 2025 });
    expect(draft?.status).not.toBe("approved");
    expect(draft?.versions).toHaveLength(1);
  });
});
