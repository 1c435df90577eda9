import { describe, expect, it } from "vitest";
import { startFakeOpenAI } from "./fakes/fake-openai.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/** The smaller faults of issue 9, through the engine. */
useTmpDirs();

describe("drafting periods are bounded to sensible years", () => {
  it("「生成总结 1900」 creates no draft (none becomes current for 定稿); next year is allowed", async () => {
    const t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const api = t.app.services.features.drafting as DraftingApi;
    try {
      expect(await t.sayText("zhou-ju", "生成总结 1900")).toContain(
        "1900年不在可以起草的范围内（2000年至2026年）",
      );
      expect(await t.sayText("zhou-ju", "生成2027年总结")).toContain("不在可以起草的范围内");
      await api.whenIdle();
      expect(await api.service.get({ year: 1900 })).toBeUndefined();
      expect(await api.service.current()).toBeUndefined();
      expect(await t.sayText("zhou-ju", "定稿")).not.toMatch(/已定稿/);
      await t.say("zhou-ju", "生成总结 2026");
      await api.whenIdle();
      expect(t.sent.map((s) => s.reply.text).join("\n")).toContain("已开始生成2026年总结草稿");
      expect(await api.service.get({ year: 2026 })).toBeDefined();
    } finally {
      await api.whenIdle();
      await t.app.close();
    }
  });
});

describe("model faults are told in words a leader understands", () => {
  it("a gateway's HTML page instead of the API: the draft says so, with no programmer's message", async () => {
    const fake = await startFakeOpenAI();
    fake.setDefault({
      kind: "raw",
      status: 200,
      contentType: "text/html",
      body: "<html><body>请先登录</body></html>",
    });
    const t = await makeTestApp({
      now: "2025-12-10T10:00:00+08:00",
      env: {
        OPENAI_BASE_URL: fake.url,
        OPENAI_API_KEY: "sk-test",
        LLM_MAX_RETRIES: "0",
        LLM_TIMEOUT_MS: "2000",
      },
    });
    const api = t.app.services.features.drafting as DraftingApi;
    try {
      await t.say("li-rd", "完成3个科技项目的中期检查，拨付资金120万元");
      await t.say("li-rd", "确认");
      await t.say("zhou-ju", "生成总结 2025");
      await api.whenIdle();
      const told = t.sent.map((s) => s.reply.text).join("\n");
      expect(fake.requests.length).toBeGreaterThan(0);
      expect(told).toContain("返回的不是正常的接口数据");
      expect(told).toContain("OPENAI_BASE_URL");
      expect(told).not.toMatch(/Cannot read|undefined|TypeError/);
    } finally {
      await api.whenIdle();
      await t.app.close();
      await fake.close();
    }
  });
});
