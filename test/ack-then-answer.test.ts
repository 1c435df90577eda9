import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 「好的」 with two drafts waiting is not taken as 确认: the bot lists them and asks which. What the
 * person says next answers that question — 「1和2都对」「都确认」「2」 — as it would after 「确认」.
 */
let t: TestApp | undefined;
const apps = appPerTest();

async function twoDrafts(): Promise<TestApp> {
  t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("li-rd", "本周走访县内规上企业8家");
  await t.say("li-rd", "组织研发费用加计扣除培训1场，参训财务人员45人");
  const [list] = await t.say("li-rd", "好的");
  expect(list?.card?.buttons?.map((b) => b.command)).toEqual(["确认 1", "确认 2", "全部确认"]);
  return t;
}

const statuses = async (app: TestApp) =>
  (await app.app.services.store.listUpdates({ author: "li-rd" }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => u.status);

describe("the answer after 「好的」 listed the drafts", () => {
  it.each(["1和2都对", "都确认"])("「%s」 confirms both", async (say) => {
    const app = await twoDrafts();
    expect(await app.sayText("li-rd", say)).toContain("已确认 2 条");
    expect(await statuses(app)).toEqual(["confirmed", "confirmed"]);
  });

  it("「2」 confirms only #2", async () => {
    const app = await twoDrafts();
    await app.say("li-rd", "2");
    expect(await statuses(app)).toEqual(["draft", "confirmed"]);
  });

  it("a new report after the list is a report, and nothing is confirmed by it", async () => {
    const app = await twoDrafts();
    await app.say("li-rd", "走访科技型中小企业3家");
    expect(await statuses(app)).toEqual(["draft", "draft", "draft"]);
  });
});
