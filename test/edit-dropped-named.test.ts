import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「3号那个改的不算 还是用原来的」「4号那个改动先放弃吧」 with nothing waiting: the update's edit turned down, never the
 * update withdrawn — i23a-015 was run as 撤回 3 (「已撤回 #3」), b18-047 as a new 修改 of #4.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("an update's edit turned down with nothing waiting", () => {
  it.each([
    "1号那个改的不算 还是用原来的",
    "第一条的改动先放弃吧",
  ])("「%s」 withdraws nothing and keeps the update", async (said) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "举办科普讲座3场，听众260人次");
    await t.say("chen-kp", "确认");
    const out = text(await t.say("chen-kp", said));
    expect(out).not.toContain("已撤回");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).not.toBe("withdrawn");
  });

  // The original used back (粤 用返, 用回) or the old one (按老的来), after any clause on the edit (b62-111, i26a):
  // read as 放弃修改 of that update (there is no edit waiting), not as a new 修改 asking for its text.
  it.each([
    "1号嗰个改嘅唔算，用返原来嘅",
    "第一条改了以后不对 还是按老的来",
  ])("「%s」 drops the edit of #1, asking for no new text", async (said) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "举办科普讲座3场，听众260人次");
    await t.say("chen-kp", "确认");
    const out = text(await t.say("chen-kp", said));
    expect(out).toContain("没有待确认的修改");
    expect(out).not.toContain("修改内容");
  });
});
