import { afterEach, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The classes b11 and the second new-user trial showed, through the real engine and store, each
 * with new phrasings of the class (written for this test) beside the line that showed it.
 */
useTmpDirs();
let t: TestApp;
afterEach(async () => {
  await t?.app.close();
});

const mine = async (who: string) => t.app.services.store.listUpdates({ author: who });

describe("round seven: b11's classes", () => {
  it.each([
    ["chen-kp", "【转发】县科协：第二届青少年机器人大赛我局组织报名学校9所，参赛队伍26支"],
    ["chen-kp", "【转发】县融媒体：我局联合县科协开展科普进万家活动，发放资料3000余份"],
    ["chen-kp", "转发：市局简报 本局今年新认定省级科技型中小企业21家"],
  ])("a passage passed on that reports the bureau's own work with a count is a report: 「%s」 %s", async (who, text) => {
    t = await makeTestApp();
    expect(await t.sayText(who, text)).toContain("请确认填报内容");
    expect(await mine(who)).toHaveLength(1);
  });

  it.each([
    "【转发】县政府办：请各单位于12月20日前报送年度工作总结",
    "【转发】县科协：我县今年共评出科普示范村5个",
  ])("a notice passed on (asking of others, or no work of the bureau's own) stays unstored: 「%s」", async (text) => {
    t = await makeTestApp();
    expect(await t.sayText("xu-dj", text)).toContain("没有记为填报");
    expect(await mine("xu-dj")).toHaveLength(0);
  });

  it.each([
    "下周再提醒我吧，这两天忙死了",
    "下个礼拜再催我哈，这几天在迎检",
    "这周先别提醒了 这两天跑项目",
  ])("a reminder put off, with the reason beside it, is put off: 「%s」", async (text) => {
    t = await makeTestApp();
    expect(await t.sayText("li-rd", text)).toContain("本周不再提醒您");
    expect(await mine("li-rd")).toHaveLength(0);
  });

  it.each([
    ["lin-fen", "把科普那个科的填报拿来我看看", "科普宣传与培训"],
    ["zhou-ju", "高企那个科报了些啥", "高新技术企业与创新平台"],
    ["lin-fen", "把人才科的填报发我瞅瞅", "科技人才与创新环境"],
    // Round thirty-one: a time between the section and what it reported, and the office called by the first two
    // characters of the section's name (高新科) — both were 「这个问题我答不了」.
    ["zhou-ju", "科普今年报了啥", "科普宣传与培训"],
    ["lin-fen", "高新科今年报了些啥", "高新技术企业与创新平台"],
    ["zhou-ju", "成果科这个月报的东西给我看看", "成果转化与知识产权"],
  ])("a leader asking for one section's reports sees that section's: %s 「%s」", async (who, text, section) => {
    t = await makeTestApp();
    await t.say("chen-kp", "举办科普讲座3场，听众420人");
    await t.say("chen-kp", "确认");
    const reply = await t.sayText(who, text);
    expect(reply).toContain(`「${section}」`);
    if (section === "科普宣传与培训") expect(reply).toContain("举办科普讲座3场");
    // A part of the draft is still the draft's part, not the section's reports.
    expect(await t.sayText(who, "科普那块写的咋样")).not.toContain("年填报");
  });

  it("「第一条」「最后那条」 while drafts #4 #5 #6 are listed name a place in the list", async () => {
    t = await makeTestApp();
    for (const r of ["科普进社区5次", "组织培训2期", "发放科普资料300份"]) {
      await t.say("chen-kp", r);
      await t.say("chen-kp", "确认");
    }
    for (const r of ["科普大篷车下乡4次", "新建科普画廊2处", "召开科普志愿者座谈会1场"])
      await t.say("chen-kp", r);
    expect(await t.sayText("chen-kp", "确认")).toMatch(/#4[\s\S]*#5[\s\S]*#6/);
    expect(await t.sayText("chen-kp", "第一条")).toContain("#4");
    expect((await t.app.services.store.findBySeq("chen-kp", 4))?.status).toBe("confirmed");
    expect((await t.app.services.store.findBySeq("chen-kp", 5))?.status).toBe("draft");
    await t.say("chen-kp", "确认");
    expect(await t.sayText("chen-kp", "最后那条")).toContain("#6");
    expect((await t.app.services.store.findBySeq("chen-kp", 6))?.status).toBe("confirmed");
    expect((await t.app.services.store.findBySeq("chen-kp", 5))?.status).toBe("draft");
  });

  it("「后面那个」「前面那条」 of two listed drafts are the last and the first", async () => {
    t = await makeTestApp();
    for (const r of ["科普进社区5次", "发放科普资料300份"]) {
      await t.say("chen-kp", r);
      await t.say("chen-kp", "确认");
    }
    for (const r of ["科普大篷车下乡4次", "新建科普画廊2处"]) await t.say("chen-kp", r);
    expect(await t.sayText("chen-kp", "确认")).toMatch(/#3[\s\S]*#4/);
    expect(await t.sayText("chen-kp", "后面那个")).toContain("#4");
    expect((await t.app.services.store.findBySeq("chen-kp", 4))?.status).toBe("confirmed");
    expect((await t.app.services.store.findBySeq("chen-kp", 3))?.status).toBe("draft");
  });

  it.each([
    "下周三下午两点在四楼会议室开科务会",
    "明天上午十点半三楼开局务会",
  ])("a meeting at a time to come (hours in words too) is a notice, not stored: 「%s」", async (text) => {
    t = await makeTestApp();
    expect(await t.sayText("xu-dj", text)).toContain("没有记为填报");
    expect(await mine("xu-dj")).toHaveLength(0);
  });

  it.each([
    ["科普讲座进了两所小学，学生六百多人", "写错了 是七百多人", "七百多人"],
    ["帮助企业申报专利十二件", "不对 其实是十五件", "十五件"],
    ["特派员下乡覆盖二十多个村", "错了，是三十多个村", "三十多个村"],
  ])("a figure corrected in Chinese numerals is an edit of the card, not a no: 「%s」→「%s」", async (report, said, after) => {
    t = await makeTestApp();
    await t.say("chen-kp", report);
    const preview = await t.sayText("chen-kp", said);
    expect(preview).toContain("修改预览（#1）");
    expect(preview).toContain(after);
    // Saving the edit of a draft confirms it, and the reply says so.
    expect(await t.sayText("chen-kp", "行")).toMatch(/已保存修改并确认（#1.*将计入\d{4}年工作总结/);
    const [u] = await mine("chen-kp");
    expect(u!.normalizedText).toContain(after);
    expect(u!.status).toBe("confirmed");
  });

  it.each([
    ["我12月8号到12号去省里培训", "2025-12-08 至 2025-12-12"],
    ["本人12月15号到19号到省厅跟班学习", "2025-12-15 至 2025-12-19"],
    ["我12.22-12.24在市委党校参加轮训", "2025-12-22 至 2025-12-24"],
  ])("one's own training elsewhere for days to come is an absence: 「%s」 registers 请假 for its dates", async (text, dates) => {
    t = await makeTestApp({ now: "2025-12-01T10:00:00+08:00" });
    // Round eighteen (staff18): fixed days to come are registered at once, with how to undo it.
    const reply = await t.sayText("chen-kp", text);
    expect(reply).toContain(`已记录请假：${dates}`);
    expect(reply).toContain("取消请假");
    expect(await mine("chen-kp")).toHaveLength(0);
  });

  it("training done is still a report: 「上周去省里培训了…」", async () => {
    t = await makeTestApp({ now: "2025-12-01T10:00:00+08:00" });
    expect(await t.sayText("sun-tp", "我上周去省里参加特色种植培训了，带回技术资料20份")).toContain(
      "请确认填报内容",
    );
  });
});

describe("own check lines s7k", () => {
  // Round twelve: 休年假 said on days that can be worked out is leave asked for — registered (leave-request.ts).
  it("leave over weekdays said in so many words registers 请假 for them, not a guessed 下周提醒", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const reply = await t.sayText("he-gq", "我下个礼拜一到礼拜五休年假");
    expect(reply).toContain("已记录请假：2025-12-15 至 2025-12-19");
    expect(reply).not.toContain("下周再提醒您吗");
  });

  it.each([
    "解决了大棚漏水的问题 😂",
    "帮村里解决灌溉用水难题",
  ])("「解决…问题」 is work: 「%s」 shows its card", async (text) => {
    t = await makeTestApp();
    expect(await t.sayText("sun-tp", text)).toContain("请确认填报内容");
  });

  it("a note to oneself for an hour to come (记得带展板) is not stored", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", "明天上午9点去县一中搞科普讲座，记得带展板");
    expect(await mine("chen-kp")).toHaveLength(0);
  });

  it.each(["这周就别催我了", "本周也不用提醒我了"])("「%s」 puts the reminder off", async (text) => {
    t = await makeTestApp();
    expect(await t.sayText("li-rd", text)).toContain("本周不再提醒您");
  });

  it("「我的科室弄错了，应该是人才科」 is the 科室 command on 人才 (answered from the roster)", async () => {
    t = await makeTestApp();
    expect(await t.sayText("zhao-zh", "我的科室弄错了，应该是人才科")).toContain("科技人才与创新环境");
    // Someone whose roster has no such section is told so, truthfully.
    expect(await t.sayText("chen-kp", "我的科室弄错了，应该是人才科")).toContain("不是您可以填报的科室");
    expect(await mine("chen-kp")).toHaveLength(0);
  });
});

describe("second new-user trial (W5, row 6)", () => {
  it.each([
    "组织科普讲座三场",
    "开展科技政策宣讲4场",
    "组织专家讲座两场",
    "到县二中讲课一次，学生300人",
  ])("a short clear report with a verb and a count shows its card at once: 「%s」", async (text) => {
    t = await makeTestApp();
    const reply = await t.sayText("chen-kp", text);
    expect(reply).toContain("请确认填报内容");
    expect(reply).not.toContain("要记为工作填报吗");
  });

  it("what someone said is still news, not work: 「局长说下周要检查」 is not stored", async () => {
    t = await makeTestApp();
    await t.say("chen-kp", "局长说下周要检查");
    expect(await mine("chen-kp")).toHaveLength(0);
  });

  it.each([
    "能定稿了不",
    "总结能定了不",
    "这版可以定了没",
    "总结能过了不",
  ])("a leader asking whether it can be finalised gets what the check before 定稿 lists: 「%s」", async (text) => {
    t = await makeTestApp();
    await t.say("chen-kp", "举办科普讲座3场，听众420人");
    await t.say("chen-kp", "确认");
    await t.say("zhou-ju", "生成总结");
    const drafting = t.app.services.features.drafting as DraftingApi;
    await drafting.whenIdle();
    const reply = await t.sayText("zhou-ju", text);
    // The check's list, as for 「现在可以定稿没」; nothing finalised by a question.
    expect(reply).toContain("需要核实的内容");
    expect(reply).not.toContain("没有记为填报");
    expect(reply).not.toContain("已定稿");
    expect((await drafting.service.get({ year: 2025 }))?.status).toBe("draft");
  });
});
