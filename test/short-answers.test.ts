import { appPerTest } from "./helpers/app-per-test.js";
import { beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Every question the bot asks takes the everyday short answer: a yes (好的、行、嗯、可以、是的…) does
 * what was offered, a no (不用、算了、不…) leaves things as they are and says so, and a number answers
 * a numbered list as the list numbered it. One block per kind of question.
 */
const text = (rs: Reply[]) => rs.map((r) => [r.card?.title ?? "", r.text].join("\n")).join("\n");

describe("「要撤回 #N 吗？」 (asked after 「刚才发错了」)", () => {
  let t: TestApp | undefined;
  const apps = appPerTest();
  const setUp = async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "举办科普讲座3场，参与群众420人次");
    await t.say("chen-kp", "确认");
    const [ask] = await t.say("chen-kp", "刚才发错了");
    expect(ask?.card?.title).toBe("要撤回 #1 吗？");
  };
  const status = async () => (await t!.app.services.store.findBySeq("chen-kp", 1))?.status;

  it.each([
    "好的",
    "行",
    "嗯嗯",
    "可以",
    "是的",
    "对",
    "好滴👌",
    "OK",
  ])("「%s」 withdraws it", async (yes) => {
    await setUp();
    expect(text(await t!.say("chen-kp", yes))).toContain("已撤回 #1");
    expect(await status()).toBe("withdrawn");
  });

  it.each(["不用", "不用了", "算了", "不", "不撤了"])("「%s」 keeps it and says so", async (no) => {
    await setUp();
    expect(text(await t!.say("chen-kp", no))).toContain("没有撤回");
    expect(await status()).toBe("confirmed");
  });

  it("another request closes the question: a later 好的 withdraws nothing", async () => {
    await setUp();
    await t!.say("chen-kp", "我的填报");
    await t!.say("chen-kp", "好的");
    expect(await status()).toBe("confirmed");
  });
});

describe("「要撤回哪一条？」 and 「是哪一条？」 with a list", () => {
  let t: TestApp | undefined;
  const apps = appPerTest();
  const setUp = async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "举办科普讲座3场，参与群众420人次");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "开展科普进校园活动2次，覆盖学生300人");
    await t.say("chen-kp", "确认");
  };
  const statuses = async () =>
    (await t!.app.services.store.listUpdates({ author: "chen-kp" }))
      .sort((a, b) => a.seq - b.seq)
      .map((u) => u.status);

  it.each([
    "1",
    "#1",
    "1号",
    "第1条",
    "１",
  ])("listed #2 then #1: 「%s」 picks #1 (the number shown)", async (n) => {
    await setUp();
    const [ask] = await t!.say("chen-kp", "撤了吧");
    expect(ask?.card?.title).toBe("要撤回哪一条？");
    expect(text(await t!.say("chen-kp", n))).toContain("已撤回 #1");
    expect(await statuses()).toEqual(["withdrawn", "confirmed"]);
  });

  it("a number not on the list is no answer, and 「都不是」 changes nothing", async () => {
    await setUp();
    await t!.say("chen-kp", "撤了吧");
    await t!.say("chen-kp", "7");
    expect(text(await t!.say("chen-kp", "撤了吧"))).toContain("要撤回哪一条");
    expect(text(await t!.say("chen-kp", "都不是"))).toContain("没有做任何改动");
    expect(await statuses()).toEqual(["confirmed", "confirmed"]);
  });

  it("after a withdrawal, 「刚才那条撤了吧」 says it is already withdrawn (c31)", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("xu-dj", "组织党员学习党的二十届四中全会精神，参学党员23人");
    await t.say("xu-dj", "确认");
    await t.say("xu-dj", "删除 1");
    for (const said of ["刚才那条撤了吧", "上一条作废", "刚刚那个删了"]) {
      const reply = text(await t.say("xu-dj", said));
      expect(reply, said).toContain("#1 已经撤回了");
      expect(reply, said).not.toContain("还没有");
    }
  });
});

describe("questions on a leader's draft", () => {
  const apps = appPerTest();
  let t: TestApp;
  const api = () => t.app.services.features.drafting as DraftingApi;
  beforeEach(async () => {
    t = await apps.open({ now: "2026-12-15T10:00:00+08:00" });
    await t.say("li-rd", "本周走访县内规上企业8家，宣讲研发费用加计扣除政策，收集企业技术需求11条。");
    await t.say("li-rd", "确认");
    await t.say("zhao-zh", "帮助企业对接高校成果，签订技术合同3项，成交额120万元");
    await t.say("zhao-zh", "1");
    await t.say("zhao-zh", "确认");
    await t.say("zhou-ju", "出个初稿看看");
    await api().whenIdle();
  });

  it("「第二部分写短一点」 then 「1」 acts on the first part offered, 「2」 on the second (L4)", async () => {
    const ask = text(await t.say("zhou-ju", "第二部分写短一点"));
    expect(ask).toMatch(/1\.「二、存在的问题」还是2\.「（二）/);
    const one = text(await t.say("zhou-ju", "1"));
    expect(one).toContain("二、存在的问题");
    expect(one).not.toContain("（一）");
    await t.say("zhou-ju", "第二部分 再精炼些");
    const two = text(await t.say("zhou-ju", "第2个"));
    expect(two).toContain("（二）");
    expect(two).not.toContain("二、存在的问题");
  });

  it("「您是要定稿吗？」 then 「好的」 runs 定稿 (its check first), never the same question again (L6)", async () => {
    expect(text(await t.say("zhou-ju", "行，就这样吧"))).toContain("您是要定稿吗");
    const yes = text(await t.say("zhou-ju", "好的"));
    expect(yes).not.toContain("您是要定稿吗");
    // The check runs: it lists what it found (暂未定稿 + 仍要定稿), or finalises.
    expect(yes).toMatch(/暂未定稿|已定稿/);
  });

  it.each([
    "不用",
    "先不定",
    "算了",
  ])("「您是要定稿吗？」 then 「%s」 leaves the draft in review and says so", async (no) => {
    expect(text(await t.say("zhou-ju", "可以 就这么着吧"))).toContain("您是要定稿吗");
    expect(text(await t.say("zhou-ju", no))).toContain("没有定稿");
    expect((await api().service.current())?.status).toBe("draft");
  });
});
