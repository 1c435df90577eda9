import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A leader's request with something around it — a greeting or a sigh in front, 麻烦/能不能 as its
 * manner, 咋还没 as its impatience, a voice run-on — is carried out as the bare request would be,
 * with the year's draft and an approved half-year draft on the desk (fifth new-user trial, class 6:
 * 「在吗 稿子呢」 got 「收到，这条我没有记为填报」; 「（二）这块没问题 通过吧」 was taken as 定稿;
 * 「开头就这样，锁定吧」 was lost while a which-part question waited; 「半年的也弄一个」 did not ask
 * which half). Nothing is stored from a leader's line.
 */
const { open } = appPerTest();
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const text = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const YEAR = "2026年工作总结和2027年工作计划";

/** June: material and the half-year draft, approved; December: the year's draft. */
async function desk(): Promise<TestApp> {
  const t = await open({ now: "2026-06-29T10:00:00+08:00" });
  await t.say("sun-tp", "建成食用菌示范基地两个，带动农户三百二十户增收");
  await t.say("sun-tp", "确认");
  await t.say("zhou-ju", "生成总结 2026上半年");
  await api(t).whenIdle();
  await t.say("zhou-ju", "仍要定稿 2026上半年");
  t.setNow("2026-12-01T10:00:00+08:00");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
  return t;
}

const versions = async (t: TestApp) => (await api(t).service.get({ year: 2026 }))?.versions.length;
const partStatus = async (t: TestApp, key: string) =>
  (await api(t).service.get({ year: 2026 }))?.versions.at(-1)?.parts.find((p) => p.key === key)?.status;

describe("a leader's request with extras around it", () => {
  it.each([
    "在吗 稿子呢？赶紧弄一个出来",
    "在吗 稿子呢",
    "咋还没出稿子 都几号了😤",
    "喂喂 把全年的稿子发我看看",
  ])("「%s」 shows the year's draft, making no new version", async (said) => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain(YEAR);
    expect(out).not.toContain("没有记为填报");
    expect(await versions(t)).toBe(1);
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });

  it.each([
    ["麻烦把问题那部分发我看一下", "存在的问题"],
    ["唉 又要开会 先把开头那段给我瞅瞅", "开头"],
  ])("「%s」 shows that part, rewriting nothing", async (said, part) => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain(part);
    expect(out).not.toMatch(/离线模式无法|重写/);
    expect(await versions(t)).toBe(1);
  });

  it("「能不能跟上一版对比一下」 compares, rather than explaining how to", async () => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", "能不能跟上一版对比一下 看看改了啥"));
    expect(out).toContain("只有一个版本");
  });

  it("「好的我知道了那你把定稿前要核实的地方列给我看看」 lists what stands before 定稿", async () => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", "好的我知道了那你把定稿前要核实的地方列给我看看"));
    expect(out).not.toMatch(/记为填报|没有记为/);
    expect(out).toMatch(/需要核实/);
  });

  it("「（二）这块没问题 通过吧」 passes that part, never the whole draft", async () => {
    const t = await desk();
    await t.say("zhou-ju", "（四）这块没问题 通过吧");
    expect(await partStatus(t, "section:envoy")).toBe("approved");
    expect((await api(t).service.get({ year: 2026 }))?.status).toBe("draft");
  });

  it("「开头就这样，锁定吧」 while a which-part question waits locks the part it names", async () => {
    const t = await desk();
    expect(text(await t.say("zhou-ju", "第二部分可以了"))).toMatch(/二、|（二）/);
    await t.say("zhou-ju", "开头就这样，锁定吧");
    expect(await partStatus(t, "opening")).toBe("locked");
  });

  it("「半年的也弄一个」 asks which half, making nothing", async () => {
    const t = await desk();
    const out = text(await t.say("lin-fen", "半年的也弄一个"));
    expect(out).toMatch(/哪个半年/);
    expect(await api(t).service.get({ year: 2026, half: 2 })).toBeUndefined();
  });

  it("「前三季度的呢」 gets the honest answer: only the year and its halves", async () => {
    const t = await desk();
    expect(text(await t.say("lin-fen", "前三季度的呢"))).toMatch(/全年或半年/);
  });
});

describe("b14's leader classes, in own words", () => {
  it.each([
    "照这稿定下来",
    "就照现在这样定吧，不改了",
    "行 就按这个版本定了吧",
  ])("「%s」 runs 定稿 (its check first), never asks whether 定稿 was meant", async (said) => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", said));
    expect(out).not.toContain("您是想");
    expect(out).toContain(YEAR);
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });

  it.each([
    ["不行 退给办公室 数据再核一遍", "数据再核一遍"],
    ["退给起草的同志吧，亮点不突出", "亮点不突出"],
  ])("「%s」 sends the year's draft back with the comment", async (said, comment) => {
    const t = await desk();
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain(comment);
    const d = await api(t).service.get({ year: 2026 });
    expect(d?.status).toBe("returned");
    expect(d?.comment).toContain(comment);
  });

  it("「半年总结要交了 上半年的弄一稿」 takes the period said in full (上半年), not the bare 半年", async () => {
    const t = await desk();
    const out = text(await t.say("lin-fen", "半年总结要交了 上半年的弄一稿"));
    expect(out).toContain("上半年");
    expect(out).not.toMatch(/哪个半年/);
  });
});
