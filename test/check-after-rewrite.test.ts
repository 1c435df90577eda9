import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * The pre-approval check speaks of the version shown: after 改写 of the problems or the plan, the
 * 「问题在计划中没有对应措施」 finding and the card's 「待核实 N 处」 follow the new text (third
 * new-user trial: problems rewritten away were still listed at 定稿, and the card said 待核实 2 处).
 */
const { open } = appPerTest();
const DEC = "2026-12-01T10:00:00+08:00";
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function draftWithOpenProblem(t: TestApp): Promise<void> {
  await t.say(
    "sun-tp",
    "今年建成食用菌示范基地两个，带动农户三百二十户增收。问题是部分村群众参与积极性不高。明年计划再新建示范基地两个",
  );
  await t.say("sun-tp", "全部确认");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
}

const planOpen = async (t: TestApp) =>
  (await api(t).service.get({ year: 2026 }))?.versions.at(-1)?.parts.find((p) => p.kind === "plan")
    ?.unanswered ?? [];

describe("the pre-approval check after a rewrite", () => {
  it("a problem rewritten away is no longer listed, and the card counts agree", async () => {
    const t = await open({ now: DEC });
    await draftWithOpenProblem(t);
    expect((await planOpen(t)).join()).toContain("积极性");
    // A problem the plan's 「再新建示范基地两个」 does address (a problem is paired with the measure
    // that acts on what it says is short, not with any plan sharing a word: 建设用地落实难 would stay open).
    await t.say("zhou-ju", "改写 问题 示范基地數量偏少");
    expect(await planOpen(t)).toEqual([]);
    const check = await t.sayText("zhou-ju", "可以了，定稿吧");
    expect(check).not.toContain("没有对应措施");
    expect(check).not.toContain("积极性");
    expect(check).not.toMatch(/三、工作计划[^\n]*待核实/);
  });

  it("a problem written in by hand that the plan does not answer is listed in its new words", async () => {
    const t = await open({ now: DEC });
    await draftWithOpenProblem(t);
    await t.say("zhou-ju", "改写 问题 项目申报材料质量不高，专业人员短缺");
    const open_ = await planOpen(t);
    expect(open_).toEqual(["项目申报材料质量不高，专业人员短缺"]);
    const pending = await t.sayText("zhou-ju", "待核实");
    expect(pending).toContain("项目申报材料质量不高");
    expect(pending).not.toContain("积极性");
  });

  it("a plan rewritten to answer the problem clears it", async () => {
    const t = await open({ now: DEC });
    await draftWithOpenProblem(t);
    await t.say("zhou-ju", "改写 计划 新建食用菌示范基地2个\n开展入户宣传，提高群众参与积极性");
    expect(await planOpen(t)).toEqual([]);
    expect(await t.sayText("zhou-ju", "待核实")).not.toContain("没有对应措施");
  });
});
