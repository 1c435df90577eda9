import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-one lead, on the console: 「别催我了 明天就交」 got 「这是您的行程安排，我没有记为填报。要在 12月7日 暂停填报
 * 提醒吗？」 — the day said was read as a day away, though it is the day the report will come. A promise to hand the report
 * in (明天就交、周一一定补上、下午给你报) after 别催 is no absence: nothing stored, no 请假 offered, no 行程 claimed.
 * Days away with 别催 (下周一到周三去省里培训 别催我、明天到后天请假 别催我了) stay an absence.
 * Tuesday 1 December 2026.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

const replyText = (replies: Awaited<ReturnType<Awaited<ReturnType<typeof open>>["say"]>>) =>
  replies.map((r) => `${r.text ?? ""}${r.card ? JSON.stringify(r.card) : ""}`).join("\n");

describe("a promise to hand in after 别催", () => {
  it.each([
    "别催我了 明天就交",
    "别催了 周一一定补上",
    "莫催了哈，下午就报",
    "不用提醒我了 明儿个就填",
    "甭催，今晚就发给你",
  ])("「%s」: nothing stored, no leave offered", async (said) => {
    const t = await open({ now: NOW });
    const replies = await t.say("li-rd", said);
    const text = replyText(replies);
    expect(text).not.toMatch(/请假|行程/);
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it.each([
    ["下周一到周三去省里培训 别催我", "2026-12-07"],
    ["明天到后天请假 别催我了", "2026-12-02"],
  ])("「%s」 is still an absence from %s", async (said, from) => {
    const t = await open({ now: NOW });
    const text = replyText(await t.say("li-rd", said));
    expect(text).toMatch(new RegExp(`请假.*${from}`));
  });
});
