import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A leader's everyday questions get a leader's answer — the draft, the reporting, a greeting that
 * says what leaders do here — never the staff 「直接发给我工作情况」 reply (third new-user trial:
 * 「稿子呢？」「哪些科室还没材料」「在吗」). A leader with no section of their own stores nothing
 * from a stray line: asked first, with the offer to record it for a section.
 */
const { open } = appPerTest();
const DEC = "2026-12-01T10:00:00+08:00";
const STAFF_REPLY = /直接发给我工作情况|没看出这是不是工作/;
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function withMaterial(t: TestApp): Promise<void> {
  await t.say("sun-tp", "今年建成食用菌示范基地两个，带动农户三百二十户增收");
  await t.say("sun-tp", "确认");
}

const stored = async (t: TestApp, who: string) =>
  (await t.app.services.store.listUpdates({ author: who })).length;

describe("leaders' colloquial requests", () => {
  it.each([
    "稿子呢？",
    "稿子出了没",
    "总结稿弄好没有啊",
    "年终总结写到哪了",
    "稿子咋样了😅",
    "总结写得怎么样了，能看了吗",
    "初稿好了没",
  ])("「%s」 shows the draft", async (said) => {
    const t = await open({ now: DEC });
    await withMaterial(t);
    await t.say("zhou-ju", "生成总结 2026");
    await api(t).whenIdle();
    const out = await t.sayText("lin-fen", said);
    expect(out).toContain("2026年工作总结和2027年工作计划");
    expect(out).not.toMatch(STAFF_REPLY);
    expect(await stored(t, "lin-fen")).toBe(0);
  });

  it("「稿子出了没」 with no draft yet says so, with 生成总结", async () => {
    const t = await open({ now: DEC });
    const out = await t.sayText("zhou-ju", "稿子出了没");
    expect(out).toContain("还没有草稿");
  });

  it.each([
    ["哪些科室还没材料", "本周"],
    ["缺哪些科室的", "本周"],
    ["现在啥进度", "本周"],
    ["今年的材料收得差不多了吧", "本周"],
    ["把上周的汇总给我看看", "上周"],
    ["上周大家报了些啥", "上周"],
  ])("「%s」 shows the reporting (%s)", async (said, week) => {
    const t = await open({ now: DEC });
    await withMaterial(t);
    const out = await t.sayText("lin-fen", said);
    expect(out).toContain(`${week === "本周" ? "本周截至目前" : "上周"}填报情况`);
    expect(await stored(t, "lin-fen")).toBe(0);
  });

  it.each(["在吗", "在不在？"])("a leader's 「%s」 is answered with what leaders do here", async (said) => {
    const t = await open({ now: DEC });
    const out = await t.sayText("zhou-ju", said);
    expect(out).not.toMatch(STAFF_REPLY);
    expect(out).toMatch(/进度|查看草稿/);
  });

  it("a staff member's 「在吗」 still gets the reporting help", async () => {
    const t = await open({ now: DEC });
    expect(await t.sayText("chen-kp", "在吗")).toContain("直接发给我工作情况");
  });
});

describe("a leader with no section of their own", () => {
  it("a stray line of work is asked about, not stored; 「记为填报」 then records it", async () => {
    const t = await open({ now: DEC });
    const out = await t.sayText("lin-fen", "今天陪同市领导调研了星创天地");
    expect(out).toContain("没有所属科室");
    expect(out).toContain("记为填报");
    expect(await stored(t, "lin-fen")).toBe(0);
    await t.say("lin-fen", "记为填报");
    expect(await stored(t, "lin-fen")).toBe(1);
  });

  it("a second line of a two-line 改写 sent apart is not filed as a report", async () => {
    const t = await open({ now: DEC });
    await t.say("zhou-ju", "二是企业参与成果转化对接的主动性不强。");
    expect(await stored(t, "zhou-ju")).toBe(0);
  });
});
