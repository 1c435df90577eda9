import { afterEach, describe, expect, it } from "vitest";
import { planEdit } from "../src/conversation/edit-update.js";
import { composeReminder } from "../src/reminders/compose-reminder.js";
import { remindersFeature } from "../src/reminders/feature.js";
import { runRemindCli } from "../src/reminders/remind-cli.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The cases of issue 10 that a new user met, through the real engine and store: what is not a
 * report is never stored, drafts are never confirmed by guesswork, edits are edits, and the
 * history reads as people read it.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

const R1 = "本周走访县内12家规上工业企业，讲解研发费用加计扣除政策。";
const R2 = "指导企业完成一季度研发费用填报，共21家。";

describe("intent before extraction", () => {
  it("「删除 2」 withdraws #2 and is not stored; the next 「好的」 confirms nothing", async () => {
    t = await makeTestApp();
    await t.say("li-rd", R1);
    await t.say("li-rd", "确认");
    await t.say("li-rd", R2);
    await t.say("li-rd", "确认");
    expect(await t.sayText("li-rd", "删除 2")).toContain("已撤回 #2");
    const store = t.app.services.store;
    expect(await store.listUpdates({ author: "li-rd" })).toHaveLength(2);
    expect(await t.sayText("li-rd", "好的")).not.toMatch(/已确认|请确认/);
    expect((await store.findBySeq("li-rd", 2))?.status).toBe("withdrawn");
    expect(await store.listUpdates({ author: "li-rd" })).toHaveLength(2);
  });

  it("while a section is asked: 撤销 acts, 好的/谢谢 are answered, a bare section name chooses, 确认一下 is no update", async () => {
    t = await makeTestApp();
    const store = t.app.services.store;
    await t.say("zhao-zh", "本月走访企业6家，收集需求18条。");
    const ok = await t.sayText("zhao-zh", "好的");
    expect(ok).toContain("还在等您选择科室");
    expect(await t.sayText("zhao-zh", "谢谢")).toContain("不客气");
    expect(await t.sayText("zhao-zh", "确认一下")).toContain("请先选择");
    expect(await t.sayText("zhao-zh", "科技人才与创新环境")).toContain("请确认填报内容（#1）");
    expect(await store.listUpdates()).toHaveLength(1);
    expect((await store.findBySeq("zhao-zh", 1))?.section).toBe("talent");
    await t.say("zhao-zh", "本月走访企业3家。");
    expect(await t.sayText("zhao-zh", "撤销 2")).toContain("已撤回 #2");
    expect(await store.listUpdates()).toHaveLength(2);
  });

  it("small talk is answered and never stored; an unclear line is asked about with buttons", async () => {
    t = await makeTestApp();
    for (const s of ["谢谢", "收到", "在吗", "？", "👍", "好的", "哈哈哈", "这周还要报吗？"]) {
      const [r] = await t.say("chen-kp", s);
      expect(r?.text, s).toBeTruthy();
    }
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
    const [ask] = await t.say("chen-kp", "今天下乡");
    expect(ask?.card?.title).toContain("要记为工作填报吗");
    expect(ask?.card?.buttons?.map((b) => b.command)).toEqual(["记为填报", "不用记"]);
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
    expect(await t.sayText("chen-kp", "是的")).toContain("请确认填报内容（#1）");
    expect((await t.app.services.store.findBySeq("chen-kp", 1))?.originalText).toBe("今天下乡");
  });

  it("a line the rules would store but the learned second opinion doubts is asked about, not stored", async () => {
    t = await makeTestApp();
    const [ask] = await t.say("li-rd", "领导让我明天陪同检查");
    expect(ask?.card?.title).toContain("要记为工作填报吗");
    expect(await t.app.services.store.listUpdates()).toHaveLength(0);
    expect(await t.sayText("li-rd", "记为填报")).toContain("请确认填报内容（#1）");
  });

  it("「刚才撤掉的那条再弄回来」 is 恢复 with no number: the withdrawn updates as buttons, nothing changed", async () => {
    t = await makeTestApp();
    await t.say("li-rd", R1);
    await t.say("li-rd", "确认");
    await t.say("li-rd", R2);
    await t.say("li-rd", "确认");
    await t.say("li-rd", "撤回 2");
    const [r] = await t.say("li-rd", "刚才撤掉的那条再弄回来");
    expect(r?.card?.buttons?.map((b) => b.command)).toEqual(["恢复 2"]);
    expect((await t.app.services.store.findBySeq("li-rd", 2))?.status).toBe("withdrawn");
  });

  it("one withdraw policy: a named update is withdrawn at once; 刚才那条 never falls back to an older one; 发错了 asks", async () => {
    t = await makeTestApp();
    await t.say("li-rd", R1);
    await t.say("li-rd", "确认");
    await t.say("li-rd", R2);
    await t.say("li-rd", "确认");
    expect(await t.sayText("li-rd", "刚刚那个发错了，删掉")).toMatch(/您说的是 #2.*已撤回 #2/);
    expect(await t.sayText("li-rd", "刚才那条撤了吧")).toContain("#2 已经撤回了");
    const store = t.app.services.store;
    expect((await store.findBySeq("li-rd", 1))?.status).toBe("confirmed");
    const [ask] = await t.say("li-rd", "刚才发错了");
    expect(ask?.card?.title).toBe("要撤回 #1 吗？");
    expect(ask?.card?.buttons?.map((b) => b.command)).toEqual(["撤回 1", "不撤回 1"]);
    expect(await t.sayText("li-rd", "不撤回 1")).toContain("#1 没有撤回");
    expect((await store.findBySeq("li-rd", 1))?.status).toBe("confirmed");
  });

  it("everyday words reach the commands: 看看我报了啥, 咋报, 我报了哪些", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", "开展科普进校园活动3场，覆盖学生860人。");
    expect(await t.sayText("chen-kp", "看看我报了啥")).toContain("#1");
    expect(await t.sayText("chen-kp", "咋报")).toContain("【怎么填报】");
    expect(await t.sayText("chen-kp", "我报了哪些")).toContain("待确认");
    expect(await t.app.services.store.listUpdates()).toHaveLength(1);
  });

  it("帮助 lists the everyday synonyms", async () => {
    t = await makeTestApp();
    const help = await t.sayText("li-rd", "帮助");
    for (const w of ["删掉", "作废", "改一下", "看看我报了啥", "咋报", "确认一下"]) expect(help).toContain(w);
  });
});

describe("pending drafts are never lost or silently confirmed", () => {
  it("with two drafts, 「确认」 lists them with buttons and 全部确认; 「好的」 confirms neither", async () => {
    t = await makeTestApp();
    const store = t.app.services.store;
    await t.say("li-rd", R1);
    await t.say("li-rd", R2);
    const [list] = await t.say("li-rd", "确认");
    expect(list?.card?.title).toContain("2 条填报还没有确认");
    expect(list?.card?.buttons?.map((b) => b.command)).toEqual(["确认 1", "确认 2", "全部确认"]);
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(0);
    expect(await t.sayText("li-rd", "2")).toContain("已确认保存（#2");
    await t.say("li-rd", "开展研发投入统计培训1场，企业38家参加。");
    const [ok] = await t.say("li-rd", "好的");
    expect(ok?.card?.title).toContain("2 条填报还没有确认");
    expect(await store.listUpdates({ status: "confirmed" })).toHaveLength(1);
    expect(await t.sayText("li-rd", "全部确认")).toContain("已确认 2 条：#1");
    expect(await store.listUpdates({ status: "draft" })).toHaveLength(0);
  });

  it("「好的」 long after the card asks instead of confirming", async () => {
    t = await makeTestApp({ now: "2025-03-14T10:00:00+08:00" });
    await t.say("li-rd", R1);
    t.setNow("2025-03-16T10:00:00+08:00");
    const [r] = await t.say("li-rd", "好的");
    expect(r?.card?.title).toContain("#1 还没有确认");
    expect((await t.app.services.store.findBySeq("li-rd", 1))?.status).toBe("draft");
    expect(await t.sayText("li-rd", "确认")).toContain("已确认保存（#1");
  });

  it("the weekly reminder names unconfirmed drafts", async () => {
    t = await makeTestApp({ now: "2025-11-21T16:05:00+08:00", features: [remindersFeature] });
    await t.say("sun-tp", "选派特派员到6个村开展技术培训，培训农户130人。");
    await t.say("sun-tp", "新建食用菌示范基地1个，带动农户37户。");
    await runRemindCli(t.app, {}, () => {});
    const sun = t.sent.find((s) => s.personId === "sun-tp")?.reply;
    expect(sun?.text).toContain("2 条填报还没有确认（#1、#2）");
    expect(sun?.card?.buttons?.map((b) => b.label)).toContain("确认草稿");
    const chen = t.sent.find((s) => s.personId === "chen-kp")?.reply;
    expect(chen?.text).not.toContain("还没有确认");
  });

  it("composeReminder without drafts has no draft line or button", () => {
    const person = { id: "x", name: "张三", role: "staff" as const, sections: [], feishu: {} };
    const r = composeReminder(person, [], "2025-W47", [], { year: 2025, month: 11, day: 21 });
    expect(r.text).not.toContain("没有确认");
    expect(r.card?.buttons).toHaveLength(2);
  });
});

describe("edits are edits", () => {
  const POPSCI = "组织科技活动周广场宣传，1500名群众参与，发放科普资料1.2万余份。获奖总数12项。";

  it("a fragment is added, shown old beside new, and 撤回 on the preview drops the edit, not the update", async () => {
    t = await makeTestApp();
    const store = t.app.services.store;
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    const [preview] = await t.say("chen-kp", "修改 1 获奖总数比去年增加35%");
    expect(preview?.card?.title).toBe("修改预览（#1）");
    expect(preview?.card?.blocks[0]).toContain(POPSCI);
    expect(preview?.card?.blocks[1]).toBe(`**修改后**\n${POPSCI}获奖总数比去年增加35%`);
    expect(preview?.card?.buttons?.map((b) => b.command)).toEqual(["确认 1", "放弃修改 1", "改为替换 1"]);
    expect(await t.sayText("chen-kp", "撤回 1")).toContain("已放弃这次修改，#1 保持原样");
    const u = (await store.findBySeq("chen-kp", 1))!;
    expect(u.status).toBe("confirmed");
    expect(u.originalText).toBe(POPSCI);
  });

  it("confirming the fragment keeps the whole text; 改为替换 replaces when asked", async () => {
    t = await makeTestApp();
    const store = t.app.services.store;
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "修改 1 获奖总数比去年增加35%");
    expect(await t.sayText("chen-kp", "确认")).toContain("已保存修改（#1");
    expect((await store.findBySeq("chen-kp", 1))?.originalText).toBe(`${POPSCI}获奖总数比去年增加35%`);
    await t.say("chen-kp", "修改 1 只办了一场宣传活动，参与群众800人。");
    const replaced = await t.sayText("chen-kp", "改为替换 1");
    expect(replaced).toContain("确认后用新内容替换 #1");
    await t.say("chen-kp", "确认");
    expect((await store.findBySeq("chen-kp", 1))?.originalText).toBe("只办了一场宣传活动，参与群众800人。");
  });

  it("「1500改成1600」 changes just that figure", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", POPSCI);
    await t.say("chen-kp", "确认");
    const text = await t.sayText("chen-kp", "修改 1 1500改成1600");
    expect(text).toContain("只把「1500」改成「1600」");
    await t.say("chen-kp", "确认");
    expect((await t.app.services.store.findBySeq("chen-kp", 1))?.originalText).toBe(
      POPSCI.replace("1500", "1600"),
    );
  });

  it("planEdit: revised versions replace, fragments append, substitutions substitute", () => {
    const old = "组织培训3期，参训200人次，发放资料500份。";
    expect(planEdit(old, "组织线上线下培训4期，参训260人次，发放资料500份。").how).toBe("replace");
    // The whole text again with only figures changed: those changes, each named in the preview.
    expect(planEdit(old, "组织培训4期，参训260人次，发放资料500份。")).toMatchObject({
      how: "substitute",
      changes: [
        { from: "3期", to: "4期" },
        { from: "200人次", to: "260人次" },
      ],
    });
    expect(planEdit(old, "另有线上培训1期").how).toBe("append");
    expect(planEdit(old, "把200改为260")).toMatchObject({
      how: "substitute",
      text: old.replace("200", "260"),
    });
    expect(planEdit(old, "300改成400").how).toBe("append"); // 300 is not in the text: nothing is guessed
  });

  it("planEdit: a named figure with a new value changes that figure only", () => {
    const old = "今年共组织申报省级科技计划项目12项，获批5项，争取资金300余万元";
    expect(planEdit(old, "获批是6项")).toMatchObject({
      how: "substitute",
      from: "5项",
      to: "6项",
      text: old.replace("获批5项", "获批6项"),
    });
    expect(planEdit(old, "争取资金应为320余万元").text).toBe(old.replace("300余万元", "320余万元"));
    // Words that name no figure of the text, or a unit that differs: nothing is guessed.
    expect(planEdit(old, "验收是6项").how).toBe("append");
    expect(planEdit(old, "获批是6个").how).toBe("append");
  });

  it("「第一条数字写错了，获批是6项」 edits #1 in place instead of storing a new update", async () => {
    t = await makeTestApp();
    await t.say("li-rd", "今年共组织申报省级科技计划项目12项，获批5项，争取资金300余万元");
    await t.say("li-rd", "确认");
    const preview = await t.say("li-rd", "第一条数字写错了，获批是6项");
    expect(preview.map((r) => r.text).join("\n")).toContain("只把「5项」改成「6项」");
    await t.say("li-rd", "确认");
    const all = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(all).toHaveLength(1);
    expect(all[0]?.originalText).toContain("获批6项");
  });

  it("查看 shows the history in Chinese, in the configured time zone, with the text before the edit", async () => {
    t = await makeTestApp({ now: "2025-03-14T23:30:00+08:00" });
    await t.say("zhao-zh", "本月走访企业6家，收集需求18条。");
    await t.say("zhao-zh", "2");
    await t.say("zhao-zh", "确认");
    await t.say("zhao-zh", "修改 1 本月走访企业7家，收集需求18条。");
    await t.say("zhao-zh", "确认");
    const view = await t.sayText("zhao-zh", "查看 1");
    expect(view).toContain("2025-03-14 23:30 提交");
    expect(view).toContain("更改科室（成果转化与知识产权 → 科技人才与创新环境）");
    expect(view).toContain("2025-03-14 23:30 修改");
    expect(view).toContain("修改前：本月走访企业6家，收集需求18条。");
    expect(view).not.toMatch(/created|section-changed|confirmed|transfer|T\d\d:/);
  });

  it("查看 keeps every line of a several-line earlier text indented under its 修改 entry", async () => {
    t = await makeTestApp({ now: "2025-03-14T10:30:00+08:00" });
    // Guided filling keeps problems and plans on lines of their own (存在问题：…、下一步计划：…).
    for (const said of ["填报", "本月走访企业6家", "有两家说融资难", "下一步准备办一场银企对接会", "没了"])
      await t.say("li-rd", said);
    await t.say("li-rd", "确认");
    await t.say("li-rd", "修改 1 企业7家");
    await t.say("li-rd", "确认");
    const view = await t.sayText("li-rd", "查看 1");
    const at = view.split("\n").findIndex((l) => l.includes("修改前："));
    const after = view.split("\n").slice(at + 1, at + 3);
    expect(after.length).toBe(2);
    // The earlier text's later lines (问题、计划) sit indented under 修改前, never at the left edge like an entry.
    for (const l of after.filter((x) => /存在问题|下一步计划/u.test(x)))
      expect(l).toMatch(/^[│\s　]*　{2,}/u);
    expect(after.some((l) => /存在问题|下一步计划/u.test(l))).toBe(true);
  });

  it("我的填报 takes the year from the configured time zone", async () => {
    t = await makeTestApp({ now: "2026-01-01T00:30:00+08:00" }); // still 2025 in UTC
    await t.say("li-rd", R1);
    expect(await t.sayText("li-rd", "我的填报")).toContain("2026年填报 1 条");
  });
});
