import { afterEach, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A leader whose 定稿 is held back by the pre-approval check and who then says 「好的」 (or 「确认」)
 * is told the truth: the draft is not finalised, and what to send to finalise it. Once it is
 * finalised, 「好的」 is only an acknowledgement again.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function checkedDraft(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策");
  await t.say("li-rd", "确认");
  await t.say("zhou-ju", "生成总结 2025");
  await (t.app.services.features.drafting as DraftingApi).whenIdle();
  // Most sections have no material: the check holds the approval back.
  expect(await t.sayText("zhou-ju", "定稿 2025")).toContain("暂未定稿");
  return t;
}

describe("「好的」 after the pre-approval check", () => {
  it("reminds that the draft is not finalised and how to finalise it, with the check's buttons", async () => {
    const app = await checkedDraft();
    const [reply] = await app.say("zhou-ju", "好的");
    expect(reply?.text).toContain("还没有定稿");
    expect(reply?.text).toContain("仍要定稿 2025");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual(
      expect.arrayContaining(["仍要定稿 2025", "待核实 2025"]),
    );
    const api = app.app.services.features.drafting as DraftingApi;
    expect((await api.service.get({ year: 2025 }))?.status).toBe("draft");

    // 「确认」 confirms no staff update here: the same truth.
    expect(await app.sayText("zhou-ju", "确认")).toMatch(/没有待确认的填报.*还没有定稿/su);
  });

  it("says nothing more once the draft is finalised", async () => {
    const app = await checkedDraft();
    expect(await app.sayText("zhou-ju", "仍要定稿 2025")).toContain("已定稿");
    const after = await app.sayText("zhou-ju", "好的");
    expect(after).not.toContain("定稿");
  });

  it("取消 ends the reminder and says the draft stays in review", async () => {
    const app = await checkedDraft();
    expect(await app.sayText("zhou-ju", "取消")).toContain("没有定稿");
    expect(await app.sayText("zhou-ju", "好的")).not.toContain("定稿");
  });
});
