import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Round forty-two (intent42): 「下半年计划再细一点」 said in June, with the half-year draft in front, was taken as the
 * draft of 2025下半年 (下半年 the first word of the arguments) and answered that there is none. A period word followed
 * by 计划/打算/安排 names the plan part of the draft in front; a year written out still names a draft.
 */
const { open } = appPerTest();
const JUNE = "2026-06-20T10:00:00+08:00";
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const text = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

async function halfYearDraft(t: TestApp): Promise<void> {
  await t.say("sun-tp", "上半年建成食用菌示范基地两个，带动农户三百二十户增收");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 2026上半年");
  await api(t).whenIdle();
}

describe("a period word before 计划/打算 names the plan part of the draft in front", () => {
  it.each([
    "退回 下半年 计划太空",
    "退回 下半年的计划太空 再细一点",
    "退回 下半年 工作打算 写具体",
  ])("%s sends back the half-year draft in front", async (said) => {
    const t = await open({ now: JUNE });
    await halfYearDraft(t);
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain("意见已记录");
    expect((await api(t).service.get({ year: 2026, half: 1 }))?.status).toBe("returned");
  });

  it("a year written out still names that period's draft", async () => {
    const t = await open({ now: JUNE });
    await halfYearDraft(t);
    const out = text(await t.say("zhou-ju", "退回 2025下半年 计划太空"));
    expect(out).not.toContain("意见已记录");
    expect((await api(t).service.get({ year: 2026, half: 1 }))?.status).not.toBe("returned");
  });
});
