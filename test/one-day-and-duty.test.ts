import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";

/**
 * One's own whole day away on a fixed day is leave, registered with the way to undo it said; a day's
 * errand (no whole day said) is still asked. One's own duty day ahead, told, is talk: nothing stored, nothing asked.
 */
const apps = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

describe("one whole day away", () => {
  it.each([
    ["明天出差一天", "2026-12-02"],
    ["后天一整天在市里开会 不在单位", "2026-12-03"],
    ["明天要去州里开一天会，报不了", "2026-12-02"],
  ])("「%s」 registers leave on %s and says how to undo it", async (say, day) => {
    const t = await apps.open({ now: NOW });
    const text = await t.sayText("li-rd", say);
    expect(text).toContain(`已记录请假：${day} 至 ${day}`);
    expect(text).toContain("取消请假");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(0);
  });

  it("a day's errand with no whole day said is still asked, not registered", async () => {
    const t = await apps.open({ now: NOW });
    const text = await t.sayText("he-gq", "明天去省厅汇报 不在单位");
    expect(text).not.toContain("已记录请假");
    expect(text).toContain("暂停填报提醒吗");
  });
});

describe("a duty day told", () => {
  it.each([
    "这周六我值班 在单位守着",
    "明天我值班 晚上在局里守着",
  ])("「%s」 is answered, stored nowhere, with no 记为填报 asked", async (say) => {
    const t = await apps.open({ now: NOW });
    const replies = await t.say("he-gq", say);
    const text = replies.map((r) => r.text).join("\n");
    expect(text).toContain("没有记为填报");
    expect(JSON.stringify(replies)).not.toContain("记为填报」");
    expect(await t.app.services.store.listUpdates({ author: "he-gq" })).toHaveLength(0);
  });

  it("duty done with its count is still a report", async () => {
    const t = await apps.open({ now: NOW });
    const text = await t.sayText("wang-ban", "国庆值班3天 接处来电15个");
    expect(text).not.toContain("没有记为填报");
  });
});
