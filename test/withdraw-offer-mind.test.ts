import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A change of mind in answer to 「要撤回 #1 吗？」 answers the offer as meant, in the state the offer made: keeping it
 * (「算了 还是恢复」「算了不撤了」「还是留着吧」) is the offer's no, taking it (「算了 还是撤了吧」) its yes. Found in
 * console trials: 「算了 还是恢复」 was told 「您没有已撤回的填报」, 「算了 还是撤了吧」 「当前没有进行中的操作」.
 */
const apps = appPerTest();

async function offered(opening: string): Promise<TestApp> {
  const t = await apps.open({ now: "2026-11-03T10:00:00+08:00" });
  await t.say("chen-kp", "组织科技活动周广场宣传，1500名群众参与");
  await t.say("chen-kp", "确认");
  expect(await t.sayText("chen-kp", opening)).toContain("要撤回 #1 吗？");
  return t;
}

async function statusOf(t: TestApp): Promise<string> {
  const mine = await t.sayText("chen-kp", "我的填报");
  return /#1 \S+ \S+【(.+?)】/.exec(mine)?.[1] ?? mine;
}

const KEEPS = [
  "算了 还是恢复",
  "算了不撤了",
  "还是留着吧",
  "哎算了 留着",
  "莫撤咯 留到起",
  "想了下 還是保留吧",
];
const TAKES = ["算了 还是撤了吧", "想了想还是删了吧", "算咯 还是删咯吧", "嗯 还是撤吧 不要了"];

describe("a change of mind to 「要撤回 #1 吗？」", () => {
  it.each(KEEPS)("「%s」 keeps #1, said so", async (said) => {
    const t = await offered("刚才发错了");
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("#1 没有撤回");
    expect(reply).not.toMatch(/没有已撤回|没有记为填报|当前没有进行中/);
    expect(await statusOf(t)).toBe("已确认");
  });

  it.each(TAKES)("「%s」 withdraws #1, as offered", async (said) => {
    const t = await offered("刚才发错了");
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("已撤回 #1");
    expect(await statusOf(t)).toBe("已撤回");
  });

  it("the offer made by 「那条撤了吧」 is answered the same way", async () => {
    const t = await offered("那条撤了吧");
    expect(await t.sayText("chen-kp", "算了 还是恢复")).toContain("#1 没有撤回");
    expect(await statusOf(t)).toBe("已确认");
  });
});
