import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 查数 with 个 and a noun (「讲了几个班」「多少个娃」「来了几个人」): the noun says what is counted — a count in that
 * measure (俩班) or of that noun (八十来个娃), people for 几个人 — not any count in 个 (round twenty-two, fig22).
 */
const apps = appPerTest();

describe("查数 几个 + noun", () => {
  it("finds the classes for 几个班, the children for 多少个娃 and 几个人", async () => {
    const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
    await t.say("chen-kp", "今天去城关二小讲了堂防溺水课 四年级俩班 八十来个娃");
    await t.say("chen-kp", "确认");
    const classes = await t.sayText("zhou-ju", "防溺水课讲了几个班");
    expect(classes).toContain("俩班");
    expect(classes).not.toContain("八十来个");
    const children = await t.sayText("zhou-ju", "防溺水课多少个娃");
    expect(children).toContain("八十来个");
    expect(children).not.toContain("俩班");
    expect(await t.sayText("zhou-ju", "防溺水来了几个人")).toContain("八十来个");
  });
});

describe("查数 with the verb of the work said (派了、走访了、跑了)", () => {
  it("names the matter without the verb, and still finds the figure", async () => {
    const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
    await t.say("sun-tp", "今年选派科技特派员42名，培训农民3000人次");
    await t.say("sun-tp", "确认");
    const sent = await t.sayText("zhou-ju", "特派员派了多少人");
    expect(sent).toContain("「特派员」");
    expect(sent).toContain("42名");
    expect(sent).not.toContain("3000人次");
  });
});
