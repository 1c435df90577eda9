import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { Reply } from "../src/conversation/types.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A period said in words (上半年、去年、下半年、前三季度、半年) reaches the leaders' commands with
 * that period, resolved on the message's local date; a period no summary is kept for is said
 * honestly in one line with the periods there are, never widened to the whole year (second
 * new-user trial: 「起草一下今年上半年的」 drafted the full year).
 */
const { open } = appPerTest();
const DEC = "2026-12-01T10:00:00+08:00";

const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;
const all = (rs: Reply[]) =>
  rs.map((r) => [r.text, ...(r.card?.buttons ?? []).map((b) => `[${b.command}]`)].join(" ")).join("\n");

async function drafts(t: TestApp): Promise<string[]> {
  await api(t).whenIdle();
  const keys: string[] = [];
  for (const p of [
    { year: 2025 },
    { year: 2026 },
    { year: 2026, half: 1 as const },
    { year: 2026, half: 2 as const },
  ])
    if (await api(t).service.get(p)) keys.push(`${p.year}${"half" in p ? `H${p.half}` : ""}`);
  return keys;
}

describe("a period said in words reaches 生成总结", () => {
  it.each([
    // The tester's lines.
    ["lin-fen", "起草一下今年上半年的", "2026H1"],
    ["lin-fen", "上半年的总结出一版", "2026H1"],
    // Own phrasings: colloquial, Traditional characters, typos, emoji.
    ["zhou-ju", "下半年的总结先弄一个出来我瞅瞅", "2026H2"],
    ["zhou-ju", "今年上半年總結給我出個初稿", "2026H1"],
    ["lin-fen", "去年那个总结 再起草一版👍", "2025"],
    ["zhou-ju", "把下半年的初搞出一下", "2026H2"],
    ["zhou-ju", "生成总结 上半年", "2026H1"],
    // Fresh lines tried after the first landing: a two-digit year said.
    ["zhou-ju", "把25年的总结再出一版", "2025"],
  ])("%s 「%s」 → a draft of %s and no other", async (who, text, want) => {
    const t = await open({ now: DEC });
    const out = all(await t.say(who, text));
    expect(await drafts(t)).toEqual([want]);
    expect(out).not.toMatch(/[?？]$/);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });

  it("下半年 said in March is last year's; 全年 in January is last year's, 今年 this year's", async () => {
    const t = await open({ now: "2027-03-10T09:00:00+08:00" });
    await t.say("zhou-ju", "下半年的总结出一版");
    expect(await drafts(t)).toEqual(["2026H2"]);
    t.setNow("2027-01-12T09:00:00+08:00");
    await t.say("lin-fen", "全年的总结起草一下");
    expect(await drafts(t)).toEqual(["2026", "2026H2"]);
    await t.say("lin-fen", "今年的总结起草一下");
    await api(t).whenIdle();
    expect(await api(t).service.get({ year: 2027 })).toBeDefined();
  });

  it.each([
    ["zhou-ju", "前三季度的总结能出个不", "季度"],
    ["lin-fen", "第四季度的总结弄一个", "季度"],
    ["zhou-ju", "一季度的总结写一个", "季度"],
    ["zhou-ju", "11月份的工作总结出一版", "月"],
  ])("%s 「%s」: no draft by %s — said in one line, with the periods there are as buttons", async (who, text, unit) => {
    const t = await open({ now: DEC });
    const [reply] = await t.say(who, text);
    expect(reply?.text).toContain(`没有按${unit}的`);
    expect(reply?.text).toContain("没有生成");
    expect(reply?.card?.buttons?.map((b) => b.command)).toEqual([
      "生成总结 2026",
      "生成总结 2026上半年",
      "生成总结 2026下半年",
    ]);
    expect(await drafts(t)).toEqual([]);
  });

  it("「半年」 alone asks which half; the button drafts that half", async () => {
    const t = await open({ now: DEC });
    const [reply] = await t.say("lin-fen", "搞个半年总结吧");
    expect(reply?.text).toMatch(/哪个半年/);
    const buttons = reply?.card?.buttons?.map((b) => b.command) ?? [];
    expect(buttons).toEqual(["生成总结 2026下半年", "生成总结 2026上半年"]);
    expect(await drafts(t)).toEqual([]);
    await t.say("lin-fen", buttons[1]!);
    expect(await drafts(t)).toEqual(["2026H1"]);
  });
});

describe("the other commands that take a period", () => {
  it("查看草稿 and 导出 act on the half said, not the latest draft", async () => {
    const t = await open({ now: DEC });
    await t.say("li-rd", "3月份帮5家企业申报了研发费用加计扣除，减免税额120万元");
    await t.say("li-rd", "确认");
    await t.say("zhou-ju", "生成总结 2026上半年");
    await api(t).whenIdle();
    await t.say("zhou-ju", "生成总结");
    expect(await drafts(t)).toEqual(["2026", "2026H1"]);
    // The full year is the latest draft; the half said is the one shown and exported.
    const shown = all(await t.say("zhou-ju", "上半年那版草稿发我看看"));
    expect(shown).toContain("2026年上半年");
    expect(shown).not.toContain("2026年工作总结和");
    const exported = all(await t.say("lin-fen", "把上半年的導出個word"));
    expect(exported).toContain("上半年");
    // A quarter to 导出: said, and nothing exported.
    const quarter = all(await t.say("zhou-ju", "前三季度的导出个word"));
    expect(quarter).toContain("没有按季度的草稿");
    expect(quarter).toContain("[导出 2026上半年 docx]");
  });

  it("staff saying it are refused and nothing is stored", async () => {
    const t = await open({ now: DEC });
    expect(await t.sayText("chen-kp", "上半年的总结出一版")).toContain("仅限局领导和办公室");
    expect(await drafts(t)).toEqual([]);
    expect(await t.app.services.store.listUpdates()).toEqual([]);
  });
});
