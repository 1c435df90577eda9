import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 查数 in a unit of its own (人次、场次、期、家、名/人): the answer is the figures in that unit when any match —
 * 人 and 名 are one unit, 人次 is not 人 — and when none does, it says so and shows the nearest as such, never
 * as the answer. Found in console trials: 「今年特派员下乡多少人次」 listed 选派科技特派员32名 beside 下乡服务430人次.
 */
const apps = appPerTest();

async function material(): Promise<TestApp> {
  const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
  await t.say("sun-tp", "今年选派科技特派员32名，下乡服务430人次");
  await t.say("sun-tp", "确认");
  await t.say("sun-tp", "举办特派员培训班2期，现场观摩3场");
  await t.say("sun-tp", "确认");
  return t;
}

describe("查数 in the unit asked", () => {
  it("多少人次 lists the 人次 only, in other words too", async () => {
    const t = await material();
    for (const asked of [
      "今年特派员下乡多少人次",
      "特派员下乡服务有多少人次",
      "特派员下乡服务人次查一下",
      "今年特派员下乡服务嘞人次是几多？",
    ]) {
      const text = await t.sayText("zhou-ju", asked);
      expect(text, asked).toContain("430人次");
      expect(text, asked).not.toContain("32名");
      expect(text, asked).not.toContain("没有按");
    }
  });

  it("多少人、几个人、几名 list the people (名), not the 人次", async () => {
    const t = await material();
    for (const asked of [
      "特派员派了多少人",
      "今年选派特派员几名",
      "特派员一共派了几个人",
      "特派员人数查一下",
    ]) {
      const text = await t.sayText("zhou-ju", asked);
      expect(text, asked).toContain("32名");
      expect(text, asked).not.toContain("430人次");
    }
  });

  it("几期 lists the 期, 几场 the 场", async () => {
    const t = await material();
    const terms = await t.sayText("zhou-ju", "特派员培训班办了几期");
    expect(terms).toContain("2期");
    expect(terms).not.toContain("3场");
    const shows = await t.sayText("zhou-ju", "特派员观摩搞了几场");
    expect(shows).toContain("3场");
    expect(shows).not.toContain("2期");
  });

  it("nothing in the unit asked: said so, the nearest shown as not that unit", async () => {
    const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
    await t.say("sun-tp", "今年选派科技特派员32名，下乡服务430人次");
    await t.say("sun-tp", "确认");
    const text = await t.sayText("zhou-ju", "特派员下乡服务了几场");
    expect(text).toContain("没有按「场」报的数");
    expect(text).toContain("430人次");
    expect(text).not.toContain("报过这些数");
    await t.say("chen-kp", "组织科技活动周广场宣传，1500名群众参与");
    await t.say("chen-kp", "确认");
    const visits = await t.sayText("lin-fen", "科技活动周来了多少人次");
    expect(visits).toContain("没有按「人次」报的数");
    expect(visits).toContain("1500名");
  });
});
