import { describe, expect, it } from "vitest";
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
      expect(api.service.get({ year: 1900 })).toBeUndefined();
      expect(api.service.current()).toBeUndefined();
      expect(await t.sayText("zhou-ju", "定稿")).not.toMatch(/已定稿/);
      await t.say("zhou-ju", "生成总结 2026");
      await api.whenIdle();
      expect(t.sent.map((s) => s.reply.text).join("\n")).toContain("已开始生成2026年总结草稿");
      expect(api.service.get({ year: 2026 })).toBeDefined();
    } finally {
      await api.whenIdle();
      await t.app.close();
    }
  });
});
