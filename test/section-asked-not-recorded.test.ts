import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Console trial (round 29): 王志强 holds two sections; the bot asked which one a message was for and he
 * answered 「不记」 — the reply was 「#1 已保留为草稿，还在等您选择科室」: the draft he did not want stayed, still
 * asking. While the section is asked, 「不记」「别记了」「这个不要了」 withdraw the draft, said so; a section named
 * is still the answer.
 */
const { open } = appPerTest();
const NOW = "2026-12-04T10:00:00+08:00";
const TEXT = "这周公车的加油费超预算了 下个月得省着点";

describe("not to be recorded, said while the section is asked", () => {
  for (const said of ["不记", "不记了", "别记了", "这个不要了", "不要这条", "算了不记了", "不报了"]) {
    it(`「${said}」 withdraws the draft`, async () => {
      const t = await open({ now: NOW });
      expect(await t.sayText("wang-ban", TEXT)).toContain("属于哪个科室");
      const reply = await t.sayText("wang-ban", said);
      expect(reply).toContain("已撤回 #1");
      expect(reply).not.toContain("还在等您选择科室");
      expect((await t.app.services.store.findBySeq("wang-ban", 1))?.status).toBe("withdrawn");
    });
  }

  it("a section named is still the answer", async () => {
    const t = await open({ now: NOW });
    await t.sayText("wang-ban", TEXT);
    const reply = await t.sayText("wang-ban", "综合");
    expect(reply).toContain("请确认填报内容（#1）");
    expect((await t.app.services.store.findBySeq("wang-ban", 1))?.status).toBe("draft");
  });
});
