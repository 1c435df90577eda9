import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * With a year's draft and a half-year's both open, a review command whose first word names a period
 * acts on that period's draft (third new-user trial: 「退回 2026 问题写少了」 sent back the half-year
 * draft, with 「2026 问题写少了」 as the opinion). A period inside the opinion stays part of it.
 */
const { open } = appPerTest();
const DEC = "2026-12-01T10:00:00+08:00";
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const text = (rs: Reply[]) => rs.map((r) => r.text).join("\n");

async function twoDrafts(t: TestApp): Promise<void> {
  await t.say("sun-tp", "今年建成食用菌示范基地两个，带动农户三百二十户增收");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
  await t.say("zhou-ju", "生成总结 2026上半年");
  await api(t).whenIdle();
}

describe("a review command's first word may name the draft", () => {
  it("退回 2026 … sends back the year's draft with the opinion after the period", async () => {
    const t = await open({ now: DEC });
    await twoDrafts(t);
    const out = text(await t.say("zhou-ju", "退回 2026 问题写少了，再补充"));
    expect(out).toMatch(/2026年工作总结和2027年工作计划》v1/);
    expect(out).toContain("意见已记录：问题写少了，再补充");
    expect((await api(t).service.get({ year: 2026 }))?.status).toBe("returned");
    expect((await api(t).service.get({ year: 2026, half: 1 }))?.status).not.toBe("returned");
  });

  it("退回 2026上半年 … sends back the half-year's", async () => {
    const t = await open({ now: DEC });
    await twoDrafts(t);
    await t.say("zhou-ju", "退回 2026上半年 数据不全");
    expect((await api(t).service.get({ year: 2026, half: 1 }))?.status).toBe("returned");
    expect((await api(t).service.get({ year: 2026 }))?.status).not.toBe("returned");
  });

  it("a period inside the opinion is part of it, on the current draft", async () => {
    const t = await open({ now: DEC });
    await twoDrafts(t);
    const out = text(await t.say("zhou-ju", "退回 下半年的计划写得太空"));
    expect(out).toContain("意见已记录：下半年的计划写得太空");
  });

  it("对比 2026 on a draft with one version says so for that draft", async () => {
    const t = await open({ now: DEC });
    await twoDrafts(t);
    const out = text(await t.say("zhou-ju", "对比 2026"));
    expect(out).toContain("只有一个版本");
  });
});
