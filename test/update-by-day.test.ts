import { describe, expect, it } from "vitest";
import { findRef } from "../src/conversation/correction-request.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * An update named by the day it was sent — 「前儿个发的那个人数不对」「周一报的那条写错了」「礼拜一报的那条写错哒」 — picks
 * that day's update, or asks which when that day has none or several; it never edits today's. 周一/礼拜X/星期X, 上礼拜X,
 * 前儿个 and 昨儿个 were not read as days: the edit went to the latest update, today's (dlg28, i28c; found in round 27).
 */
describe("an update named by its day", () => {
  it.each([
    ["周一发的那个人数写错了", "recent:wd1"],
    ["礼拜三报的那条", "recent:wd3"],
    ["星期天那条", "recent:wd7"],
    ["上礼拜五报的那条删了", "recent:lwd5"],
    ["前儿个发的那个人数不对", "recent:daybefore"],
    ["昨儿个那条人数搞错了", "recent:yesterday"],
    ["上周报的那条", "recent:lastweek"],
  ])("「%s」 names %s", (said, code) => {
    expect(findRef(said)?.code).toBe(code);
  });

  const { open } = appPerTest();
  /** Monday 11-30 (60人), Wednesday 12-02 (200人), Friday 12-04 today (50人), all confirmed. */
  async function week() {
    const t = await open({ now: "2026-11-30T10:00:00+08:00" });
    const day = async (at: string, text: string) => {
      t.setNow(at);
      await t.sayText("陈静", text);
      await t.sayText("陈静", "确认");
    };
    await day("2026-11-30T10:00:00+08:00", "组织科普志愿者进社区宣传 参加群众60人");
    await day("2026-12-02T10:00:00+08:00", "在夷陵中学办了场科普讲座 学生来了200人");
    await day("2026-12-04T10:00:00+08:00", "在社区搞了场防溺水宣传 来了50人");
    t.setNow("2026-12-04T16:00:00+08:00");
    return t;
  }

  it.each([
    ["周一发的那个人数写错了 是80人", "#1"],
    ["礼拜一报的那条写错哒 是80人", "#1"],
    ["前儿个发的那个人数不对 是210人", "#2"],
    ["星期三报的那条人数不对 是210人", "#2"],
  ])("「%s」 edits %s, not today's", async (said, which) => {
    const t = await week();
    const reply = await t.sayText("陈静", said);
    expect(reply).toContain(`修改预览（${which}）`);
    expect(reply).not.toContain("修改预览（#3）");
  });

  it.each([
    "昨儿个那条人数搞错了 是70人",
    "星期四发的那条 人数不对 是55人",
    "上礼拜五报的那条删了",
  ])("「%s」 (nothing sent that day) asks which and changes nothing", async (said) => {
    const t = await week();
    const reply = await t.sayText("陈静", said);
    expect(reply).toContain("没有填报记录");
    expect(reply).toContain("是下面哪一条");
    const mine = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(mine.map((u) => `${u.status} ${u.normalizedText}`)).toEqual([
      "confirmed 组织科普志愿者进社区宣传 参加群众60人",
      "confirmed 在夷陵中学办了场科普讲座 学生来了200人",
      "confirmed 在社区搞了场防溺水宣传 来了50人",
    ]);
  });
});
