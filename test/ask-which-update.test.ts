import { afterEach, describe, expect, it } from "vitest";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * 撤回/修改/恢复 with no number and nothing on screen: the bot changes nothing and lists the
 * person's latest updates the verb can act on, newest first, one button each.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function twoConfirmed(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策");
  await t.say("li-rd", "确认");
  await t.say("li-rd", "组织研发费用加计扣除培训1场，参训财务人员45人");
  await t.say("li-rd", "确认");
  return t;
}

describe("a request on an update that names none", () => {
  it("撤回 lists the latest updates with buttons and withdraws nothing", async () => {
    const app = await twoConfirmed();
    const [reply] = await app.say("li-rd", "撤回");
    expect(reply?.card?.title).toBe("要撤回哪一条？");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(["撤回 2", "撤回 1"]);
    const all = await app.app.services.store.listUpdates({ author: "li-rd" });
    expect(all.map((u) => u.status)).toEqual(["confirmed", "confirmed"]);
    // The button acts on the one it names.
    expect(await app.sayText("li-rd", "撤回 1")).toContain("已撤回 #1");
  });

  it("恢复 lists only withdrawn updates; with none it says so", async () => {
    const app = await twoConfirmed();
    expect(await app.sayText("li-rd", "恢复")).toContain("没有已撤回的填报");
    await app.say("li-rd", "撤回 2");
    const [reply] = await app.say("li-rd", "恢复");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(["恢复 2"]);
  });

  it("another person's updates are never offered", async () => {
    const app = await twoConfirmed();
    expect(await app.sayText("zhao-zh", "撤回")).toContain("没有可以撤回的内容");
  });

  it("全部确认 while the only draft waits for its section says so, not that nothing waits", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const [ask] = await t.say("zhao-zh", "走访企业3家，了解需求");
    expect(ask?.card?.title ?? ask?.text).toContain("属于哪个科室");
    const text = await t.sayText("zhao-zh", "全部确认");
    expect(text).toContain("还在等您选择科室");
    expect(text).not.toContain("当前没有待确认");
  });
});
