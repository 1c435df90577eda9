import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";

/**
 * Rest wished to someone (console trial, round thirteen: 「辛苦了 早点休息」 was answered 「这是您的行程
 * 安排」 and 「今天早点休息」 registered a day's leave) is small talk: nothing stored, no leave; a day
 * off said of oneself still is leave.
 */
const t = appPerFile();

describe("a wish of rest", () => {
  it.each([
    "辛苦了 早点休息",
    "你也早点休息哈",
    "今天早点休息",
    "注意休息哦",
    "好好休息",
  ])("「%s」 is talk", async (say) => {
    const replies = await t.say("li-rd", say);
    const text = replies.map((r) => r.text ?? r.card?.title ?? "").join("\n");
    expect(text).not.toMatch(/请假|行程|记为工作填报/);
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("「我明天休息」 is still a day off registered", async () => {
    const replies = await t.say("chen-kp", "我明天休息");
    expect(replies.map((r) => r.text ?? "").join("\n")).toMatch(/已记录请假/);
  });
});
