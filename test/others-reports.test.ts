import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/** A leader asks what one person (or section) reported: listed read-only; staff are refused. */
let t: TestApp | undefined;
const apps = appPerTest();

async function oneReport(): Promise<TestApp> {
  t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("li-rd", "本周走访县内规上企业8家");
  await t.say("li-rd", "确认");
  return t;
}

describe("查看填报", () => {
  it.each([
    "李明报了啥",
    "把李明那条给我看看",
    "查看填报 李明",
    "查看填报 研发",
  ])("「%s」 lists 李明's report for a leader", async (say) => {
    const app = await oneReport();
    const text = await app.sayText("zhou-ju", say);
    expect(text).toContain("走访县内规上企业8家");
    expect(text).toContain("已确认 1 条");
  });

  it("someone with nothing reported, or not on the roster, is said so", async () => {
    const app = await oneReport();
    expect(await app.sayText("zhou-ju", "赵丽报了没")).toContain("赵丽2025年还没有填报");
    expect(await app.sayText("zhou-ju", "查看填报 张三丰")).toContain("名册中没有「张三丰」");
  });

  it("staff cannot read others' reports, and nothing is stored", async () => {
    const app = await oneReport();
    const text = await app.sayText("chen-kp", "查看填报 李明");
    expect(text).toContain("只有局领导和办公室可以查看别人的填报");
    expect(text).toContain("我的填报");
    expect(await app.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(0);
  });
});
