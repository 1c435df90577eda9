import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Console trial, round 52: 徐芳's 「我上周是不是没报」 got 「这个问题我答不了」. Whether one reported in a period, asked
 * (是不是没报、是不是忘了填、是不是还没交), is answered from one's own updates of that period. Work told with what is not
 * done (还没交材料的企业有3家) and a leader's question about others stay what they were.
 */
const { open } = appPerTest();

describe("whether one reported in a period, asked", () => {
  it.each([
    ["我上周是不是没报", "上周"],
    ["上个礼拜我是不是忘了填哦", "上周"],
    ["我这个月是不是还没交啊", "本月"],
  ])("「%s」 answers from %s's updates", async (said, period) => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    const reply = await t.sayText("xu-dj", said);
    expect(reply).toContain(period);
    expect(reply).toContain("没有填报记录");
    expect(reply).not.toContain("答不了");
    expect(await t.app.services.store.listUpdates({ author: "xu-dj" })).toHaveLength(0);
  });

  it("an update of that period is listed", async () => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    await t.say("xu-dj", "组织支部党员学习1次 参加21人");
    await t.say("xu-dj", "确认");
    const reply = await t.sayText("xu-dj", "我这周是不是没报");
    expect(reply).toContain("#1");
  });

  it("work told with what is not handed in stays a report", async () => {
    const t = await open({ now: "2026-12-09T10:00:00+08:00" });
    const reply = await t.sayText("xu-dj", "党费收缴完成了 还没交的党员有2名");
    expect(reply).toContain("请确认填报内容");
  });
});
