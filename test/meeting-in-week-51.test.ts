import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one (lead, console trial): 「下礼拜要去县里开会，那个科技特派员的材料还没弄完 头疼😂」 was offered 「要在 12月14日至
 * 12月18日 暂停填报提醒吗？」 and the 「嗯」 after it paused the reminders for the whole week. A meeting in a week said as a
 * whole is asked which day; a week of training or a trip keeps the week's offer.
 */
const { open } = appPerTest();
const monday = "2026-12-07T10:00:00+08:00";

describe("a meeting somewhere next week is no week away", () => {
  it.each([
    "下礼拜要去县里开会，那个科技特派员的材料还没弄完 头疼😂",
    "下周要去市里开个会 不在单位",
    "下个星期得去市局开会 到时候可能回消息慢",
  ])("「%s」 asks which day, and a 嗯 pauses nothing", async (said) => {
    const app = await open({ now: monday });
    const reply = await app.sayText("li-rd", said);
    expect(reply).not.toContain("12月14日至12月18日");
    expect(reply).toMatch(/具体是哪几天|哪天/);
    const after = await app.sayText("li-rd", "嗯");
    expect(after).not.toContain("已记录请假");
  });

  it.each([
    "下周一到周五去省里培训 别催我了",
    "下礼拜出差 不在单位",
    "下周我请假",
  ])("「%s」 keeps the week's offer", async (said) => {
    const app = await open({ now: monday });
    expect(await app.sayText("li-rd", said)).toMatch(/12月14日至12月18日|2026-12-14 至 2026-12-18/);
  });

  it("a meeting on a day said keeps that day's offer", async () => {
    const app = await open({ now: monday });
    expect(await app.sayText("li-rd", "下周三去市里开会 不在单位")).toContain("要在 12月16日 暂停填报提醒吗");
  });
});
