import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Asking about one's own leave (round twenty-six's console trial): 「我请了几天假来着」 was told 「这是您的行程安排」 and
 * offered 请假 again, 「我请假了吗」 answered 「有什么需要帮忙的？」 — the leave already set was never shown. Such a
 * question lists it (请假 with no dates); someone else's leave, or a new request with its day, is not read so. A new
 * leave overlapping an earlier one says that the earlier one was replaced.
 */
const { open } = appPerTest();

describe("one's own leave asked about", () => {
  it.each([
    "我请了几天假来着",
    "我的请假",
    "我啥时候请的假",
    "我请假了吗",
    "请假记上了没？",
    "我请假到几号",
    "俺的假期安排呢",
  ])("「%s」 lists the leave set", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.say("sun-tp", "请假 12-04 至 12-08");
    const out = await t.sayText("sun-tp", said);
    expect(out).toContain("已设置的请假：2026-12-04 至 2026-12-08");
    expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
  });

  it.each([
    "小刘请假了吗",
    "我周五请假",
    "局长请了几天假",
  ])("「%s」 is not read as asking about one's own leave", async (said) => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.say("sun-tp", "请假 12-07 至 12-08");
    expect(await t.sayText("sun-tp", said)).not.toContain("已设置的请假");
  });

  it("a new leave overlapping the one set says the earlier one was replaced", async () => {
    const t = await open({ now: "2026-12-02T10:00:00+08:00" });
    await t.say("sun-tp", "请假 12-04 至 12-08");
    const out = await t.sayText("sun-tp", "请假 12-04");
    expect(out).toContain("已记录请假：2026-12-04 至 2026-12-04");
    expect(out).toContain("原来的请假（2026-12-04 至 2026-12-08）");
    expect(await t.sayText("sun-tp", "请假 12-04")).not.toContain("原来的请假");
  });
});
