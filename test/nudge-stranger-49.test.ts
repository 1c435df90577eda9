import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「催一下张三」 from a leader, 张三 not on the roster (a new hire not yet added, a name misspelt): found in round
 * forty-nine's console trial, where the bot answered 「收到，这条我没有记为填报」 as to small talk. The chase is read
 * with the name said, and the reply says the name is not on the roster — nobody is chased, nothing stored.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

describe("a leader chases someone not on the roster", () => {
  it.each([
    ["催一下张三", "张三"],
    ["提醒一下刘建军 让他把这周的报了", "刘建军"],
    ["杨帆还没报 催一下", "杨帆"],
  ])("「%s」 says 「%s」 is not on the roster and chases nobody", async (said, name) => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    const text = await t.sayText("zhou-ju", said);
    expect(text).toContain(`名册中没有「${name}」`);
    expect(t.sent.length).toBe(before);
    expect(await t.app.services.store.listUpdates({})).toHaveLength(0);
  });

  it.each([
    "催一下周报",
    "提醒一下高企那边",
    "催一下进度",
    "通知一下明天开会",
  ])("「%s」 names nobody: no not-on-the-roster reply", async (said) => {
    const t = await open({ now: NOW });
    expect(await t.sayText("zhou-ju", said)).not.toContain("名册中没有");
  });
});
