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
});
