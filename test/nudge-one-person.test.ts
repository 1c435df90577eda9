import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「小何还没报 催一下」「提醒下孙磊 让他把这周的报了」: a leader chasing one colleague — found in a console trial, where
 * 「何婷还没报 催一下」 chased all seven and 「提醒下何婷 让她报一下」 listed her reports instead. 催报 with a name
 * (reminders/nudge-target.ts) reminds that one person only; who has reported or is on leave is said so, not chased.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");
const NOW = "2026-12-01T10:00:00+08:00";

describe("a leader chases one colleague", () => {
  it.each([
    ["小何还没报 催一下", "he-gq", "何婷"],
    ["何婷还没报 催一下", "he-gq", "何婷"],
    ["提醒下孙磊 让他把这周的报了", "sun-tp", "孙磊"],
    ["把老孙催一催", "sun-tp", "孙磊"],
    ["催报 李明", "li-rd", "李明"],
    ["王主任那边督促一下 这周的还没交", "wang-ban", "王志强"],
  ])("「%s」 reminds %s only", async (said, id, name) => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    const out = text(await t.say("zhou-ju", said));
    expect(t.sent.slice(before).map((s) => s.personId)).toEqual([id]);
    expect(out).toContain(`已提醒本周还没填报的 1 人：${name}`);
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });

  it("one who has reported, or is on leave, is not chased and the reply says why", async () => {
    const t = await open({ now: NOW });
    await t.say("chen-kp", "今年科普讲座办了46场，受众1.2万人次");
    await t.say("chen-kp", "确认");
    await t.say("sun-tp", "请假 12月1日至12月4日");
    const before = t.sent.length;
    const reported = text(await t.say("zhou-ju", "催一下陈静"));
    const away = text(await t.say("zhou-ju", "小孙还没报 催一下"));
    expect(t.sent.length).toBe(before);
    expect(reported).toMatch(/陈静本周已填报[^。]*没有提醒/);
    expect(away).toMatch(/孙磊请假中[^。]*没有提醒/);
  });

  it("chased a moment ago: asked again for that one person, and the button chases only them", async () => {
    const t = await open({ now: NOW });
    await t.say("zhou-ju", "催一下何婷");
    const before = t.sent.length;
    const replies = await t.say("zhou-ju", "小何还没报 催一下");
    expect(t.sent.length).toBe(before);
    expect(text(replies)).toContain("何婷");
    expect(text(replies)).toContain("刚提醒过");
    expect(text(replies)).not.toContain("李明");
    const again = replies.flatMap((r) => r.card?.buttons ?? []).find((b) => b.label === "再提醒一次");
    expect(again?.command).toBe("催报 何婷 再提醒");
    await t.say("zhou-ju", again!.command);
    expect(t.sent.slice(before).map((s) => s.personId)).toEqual(["he-gq"]);
  });

  it("a name not on the roster is said back; a notice for a colleague is no chase", async () => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    expect(text(await t.say("zhou-ju", "催报 张三丰"))).toContain("名册中没有「张三丰」");
    await t.say("zhou-ju", "通知何婷明天来开会");
    expect(t.sent.length).toBe(before);
  });
});

describe("a colleague named as the one who chases, or what staff pass on", () => {
  it("「让王主任催一下没报的」 chases everyone missing, not 王志强 alone", async () => {
    const t = await open({ now: NOW });
    const before = t.sent.length;
    await t.say("zhou-ju", "让王主任催一下没报的");
    expect(t.sent.slice(before).length).toBeGreaterThan(1);
  });

  it("staff naming a colleague short (「王主任让我看看我报的东西」) are not refused as asking for his reports", async () => {
    const t = await open({ now: NOW });
    const reply = await t.sayText("li-rd", "王主任让我看看我报的东西");
    expect(reply).not.toContain("只有局领导和办公室可以查看别人的填报");
  });
});
