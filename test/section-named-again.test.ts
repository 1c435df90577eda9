import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A section named while a card waits (「算党建的」「综合那块」): the card comes back with a line that says
 * what happened — moved, or already there and nothing changed — never the same card shown in silence.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ now: "2026-12-03T09:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

describe("a section named while the card waits", () => {
  it("already the card's section: said so, nothing changed", async () => {
    expect(await t.sayText("wang-ban", "今天组织全局干部学习了四中全会精神，30多人参加")).toContain(
      "党建与作风建设",
    );
    const reply = await t.sayText("wang-ban", "算党建的");
    expect(reply).toContain("没有改动");
    expect(reply).toContain("请确认填报内容（#1）");
  });

  it("another of the person's sections: said that it moved", async () => {
    await t.sayText("wang-ban", "今天组织全局干部学习了四中全会精神，30多人参加");
    const reply = await t.sayText("wang-ban", "这条算综合管理的");
    expect(reply).toContain("已把 #1 改到「综合管理与安全生产」");
    const [u] = await t.app.services.store.listUpdates({ author: "wang-ban" });
    expect(u?.section).not.toBe("party");
  });
});
