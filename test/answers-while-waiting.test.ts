import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round twenty-one (dlg21): answers while the bot waits, said the way people say them across writers
 * (docs/understanding.md 第二十一轮 dlg21).
 */
const { open } = appPerTest();
const NOW = "2026-12-02T16:00:00+08:00";

describe("words missed, added right after the card (少写了 + the words)", () => {
  for (const said of ["少写了 再加一句 会上还定了明年的学习计划", "少写了一句 会上还定了明年的学习计划"])
    it(`「${said}」 after the card was confirmed adds to that update, never a new one`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("xu-dj", "支部上午开了支委会 研究年底党员民主评议");
      await t.sayText("xu-dj", "对的");
      const reply = await t.sayText("xu-dj", said);
      expect(reply).toContain("修改预览（#1）");
      expect(await t.app.services.store.findBySeq("xu-dj", 2)).toBeUndefined();
      await t.sayText("xu-dj", "好 就这样");
      expect((await t.app.services.store.findBySeq("xu-dj", 1))?.normalizedText).toContain("学习计划");
    });

  it("「少写了，是4处」 still corrects the figure (a new value), never appends it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("wang-ban", "完成安全生产检查，发现隐患3处");
    await t.sayText("wang-ban", "综合");
    await t.sayText("wang-ban", "没问题");
    const reply = await t.sayText("wang-ban", "少写了，是4处");
    expect(reply).not.toContain("补充");
  });
});
