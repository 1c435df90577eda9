import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * The sixth trial's staff-side classes, own phrasings written before the code (first sight in the
 * commit that added them, then after):
 * A. a figure corrected loosely (万 for 万元, 个 for 家, 人次 for 人; 上一条 when the latest has no
 *    such figure) finds its figure by unit and size; when nothing matches the bot says so, and a
 *    later bare 确认 does not silently save what the person said was wrong;
 * C. voice input without punctuation is cut at its section markers (高企那边… 项目这块…);
 * E. guided answers are cleaned: figures repeated from the work answer are not listed twice, a
 *    section name given as an answer sets the section and is never work text;
 * H. a bare 确认/好的/是的 on a 代报 card never files the colleague's work as the sender's own (since round 52 it is
 *    filed for the colleague: reportedFor, the colleague's section).
 */
const { open } = appPerTest();

const texts = async (t: TestApp, who: string) =>
  (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => ({ status: u.status, text: u.originalText, section: u.section }));

const RUN_ON =
  "今天去了县里的天成机械和宏达化工两家企业调研研发投入情况两家企业今年研发投入合计1860万元比去年增长了百分之十五左右";

describe("A. a loose figure correction finds its figure by unit and size", () => {
  const cases: Array<{ id: string; who: string; report: string; fix: string; was: string; now: string }> = [
    { id: "a1", who: "li-rd", report: RUN_ON, fix: "写错了 是1680万", was: "1860万元", now: "1680万元" },
    {
      id: "a2",
      who: "li-rd",
      report: RUN_ON,
      fix: "不对不对，应该是1680万",
      was: "1860万元",
      now: "1680万元",
    },
    { id: "a3", who: "li-rd", report: RUN_ON, fix: "打错了，1680万", was: "1860万元", now: "1680万元" },
    {
      id: "a4",
      who: "li-rd",
      report: RUN_ON,
      fix: "金额错了 是一千六百八十万",
      was: "1860万元",
      now: "一千六百八十万元",
    },
    { id: "a5", who: "li-rd", report: RUN_ON, fix: "寫錯了 是1680萬", was: "1860万元", now: "1680万元" },
    { id: "a6", who: "li-rd", report: RUN_ON, fix: "数字弄错了哈 1680", was: "1860万元", now: "1680万元" },
    {
      id: "a7",
      who: "zhao-zh",
      report: "成果转化这块今年促成技术合同成交额2350万 许可费80万",
      fix: "成交额应该是2530万元",
      was: "2350万",
      now: "2530万",
    },
    {
      id: "a8",
      who: "he-gq",
      report: "今年帮扶科技型企业12家完成入库评价",
      fix: "不对 是15个企业",
      was: "12家",
      now: "15",
    },
    {
      id: "a9",
      who: "chen-kp",
      report: "周六在科技馆办了亲子科普活动 来了三百多人",
      fix: "说错了 是350人次",
      was: "三百多人",
      now: "350人次",
    },
  ];
  it.each(cases)("$id 「$fix」 corrects $was", async (c) => {
    const t = await open();
    await t.say(c.who, c.report);
    const preview = await t.sayText(c.who, c.fix);
    expect(preview).toContain("修改预览");
    await t.say(c.who, "确认");
    const [u] = await texts(t, c.who);
    expect(u!.status).toBe("confirmed");
    expect(u!.text).toContain(c.now);
    expect(u!.text).not.toContain(c.was);
  });

  it("a10 上一条金额不对: the update with a money figure, not the latest without one", async () => {
    const t = await open();
    await t.say("zhao-zh", "成果转化那边今年登记技术合同12份，成交额2350万元");
    await t.say("zhao-zh", "确认");
    await t.say("zhao-zh", "参加了市里组织的知识产权培训");
    await t.say("zhao-zh", "确认");
    const reply = await t.sayText("zhao-zh", "上一条金额不对 应该是2530万元");
    expect(reply).toContain("#1");
    expect(reply).toContain("修改预览");
    await t.say("zhao-zh", "确认");
    const [first, second] = await texts(t, "zhao-zh");
    expect(first!.text).toContain("2530万元");
    expect(second!.text).toBe("参加了市里组织的知识产权培训");
  });

  it("a11 刚才那个钱数写错了 (万 said, 万元 stored) on a loose reference", async () => {
    const t = await open();
    await t.say("zhao-zh", "成果转化那边今年登记技术合同12份，成交额2350万元");
    await t.say("zhao-zh", "确认");
    await t.say("zhao-zh", "人才这块走访了两家企业了解用人需求");
    await t.say("zhao-zh", "确认");
    const reply = await t.sayText("zhao-zh", "刚才那个钱数写错了，是2530万");
    expect(reply).toContain("#1");
    expect(reply).toContain("修改预览");
  });

  it("a12 nothing matches: said so, and the next bare 确认 does not silently save", async () => {
    const t = await open();
    await t.say("sun-tp", "上周在柳河村办了食用菌种植培训 培训农民60人");
    const reply = await t.sayText("sun-tp", "写错了 是1680万");
    expect(reply).toMatch(/没有找到|没有.*数字/);
    const after = await t.sayText("sun-tp", "确认");
    expect(after).toMatch(/没有改|还没有改|没有改进去/);
    expect((await texts(t, "sun-tp"))[0]!.status).toBe("draft");
    // Told once, a second 确认 keeps it as it is.
    await t.say("sun-tp", "确认");
    expect((await texts(t, "sun-tp"))[0]!.status).toBe("confirmed");
  });

  it("a13 「不对」 then 「确认」: told the card was called wrong and nothing was changed", async () => {
    const t = await open();
    await t.say("li-rd", "组织专家对12个县级科技计划项目进行了中期检查");
    await t.say("li-rd", "不对");
    const after = await t.sayText("li-rd", "确认");
    expect(after).toMatch(/没有改/);
    expect((await texts(t, "li-rd"))[0]!.status).toBe("draft");
  });

  it("a15 全部确认 after a correction that was not made: the others confirmed, that one held and said", async () => {
    const t = await open();
    await t.say("li-rd", "审核研发费用补助申请11家");
    await t.say("li-rd", "组织专家评审项目6个");
    await t.say("li-rd", "写错了 是1680万");
    const reply = await t.sayText("li-rd", "全部确认");
    expect(reply).toContain("还没有改");
    expect((await texts(t, "li-rd")).map((u) => u.status)).toEqual(["confirmed", "draft"]);
    await t.say("li-rd", "确认");
    expect((await texts(t, "li-rd")).map((u) => u.status)).toEqual(["confirmed", "confirmed"]);
  });

  it("a14 several figures of the unit: asked which, and 确认 then says nothing was changed", async () => {
    const t = await open();
    await t.say("li-rd", "争取省级项目资金150万元，带动企业投入80万元");
    const which = await t.sayText("li-rd", "写错了 是160万");
    expect(which).toContain("哪一处");
    const after = await t.sayText("li-rd", "确认");
    expect(after).toMatch(/没有改/);
    expect((await texts(t, "li-rd"))[0]!.status).toBe("draft");
  });
});

describe("C. voice input is cut at its section markers", () => {
  const cases: Array<{ id: string; who: string; say: string; parts: Array<[string, string]> }> = [
    {
      id: "c1",
      who: "he-gq",
      say: "高企那边帮3家企业做了认定辅导 项目这块申报了省重点研发项目2个 争取资金150万",
      parts: [
        ["hitech", "认定辅导"],
        ["rd", "省重点研发项目"],
      ],
    },
    {
      id: "c2",
      who: "he-gq",
      say: "平台这块新增市级工程技术研究中心1个 研发投入那边帮8家企业归集研发费用",
      parts: [
        ["hitech", "工程技术研究中心"],
        ["rd", "归集研发费用"],
      ],
    },
    {
      id: "c3",
      who: "zhao-zh",
      say: "成果转化那边登记技术合同5份 人才方面引进博士2名",
      parts: [
        ["transfer", "技术合同"],
        ["talent", "博士"],
      ],
    },
    {
      id: "c4",
      who: "he-gq",
      say: "高企这块组织了一场政策宣讲会来了40多家企业项目上组织申报市级科技计划6项",
      parts: [
        ["hitech", "政策宣讲会"],
        ["rd", "市级科技计划"],
      ],
    },
  ];
  it.each(cases)("$id one draft per section", async (c) => {
    const t = await open();
    await t.say(c.who, c.say);
    const got = await texts(t, c.who);
    expect(got.map((u) => u.section)).toEqual(c.parts.map((p) => p[0]));
    for (const [i, [, words]] of c.parts.entries()) expect(got[i]!.text).toContain(words);
  });

  it("c5 前面是高企的后面是项目的: cut at the markers", async () => {
    const t = await open();
    // One marker only: not cut by itself, the section is asked.
    await t.say("he-gq", "高企那边帮3家企业做了认定辅导 另外申报了省重点研发项目2个");
    const before = await texts(t, "he-gq");
    if (before.length === 1) {
      await t.say("he-gq", "都有啊，前面是高企的后面是项目的");
      const got = await texts(t, "he-gq");
      expect(got.filter((u) => u.status !== "withdrawn").map((u) => u.section)).toEqual(["hitech", "rd"]);
    } else {
      expect(before.map((u) => u.section)).toEqual(["hitech", "rd"]);
    }
  });
});

describe("E. guided answers are cleaned", () => {
  it("e1 figures repeating the work answer are listed once", async () => {
    const t = await open();
    await t.say("he-gq", "你问我答吧 我说不太清楚");
    await t.say("he-gq", "今年新认定高新技术企业8家，入库科技型中小企业45家");
    await t.say("he-gq", "8家 45家");
    await t.say("he-gq", "有些企业研发费用归集不规范");
    const card = await t.sayText("he-gq", "明年争取高企突破60家");
    expect(card).toContain("请确认填报内容");
    const [u] = await texts(t, "he-gq");
    expect(u!.text).not.toMatch(/45家，8家/);
    expect(u!.text.match(/8家/g)?.length).toBe(1);
    const figures = (await t.app.services.store.listUpdates({ author: "he-gq" }))[0]!.figures;
    expect(figures.filter((f) => f.raw === "8家").length).toBe(1);
  });

  it("e2 a figures answer with words that repeat the work: listed once", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    await t.say("li-rd", "组织专家对12个县级科技计划项目进行了中期检查");
    await t.say("li-rd", "检查项目12个");
    await t.say("li-rd", "无");
    await t.say("li-rd", "无");
    const [u] = await texts(t, "li-rd");
    expect(u!.text.match(/12个/g)?.length).toBe(1);
  });

  it("e3 a section name as the first answer (one section): not work text, the question again", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    const again = await t.sayText("li-rd", "项目科");
    expect(again).toContain("1/4");
    await t.say("li-rd", "组织专家对12个县级科技计划项目进行了中期检查");
    await t.say("li-rd", "无");
    await t.say("li-rd", "无");
    await t.say("li-rd", "个别项目进度滞后");
    const [u] = await texts(t, "li-rd");
    expect(u!.text).not.toContain("项目科");
  });

  it("e4 a section name mid-way (two sections): sets the section, never text", async () => {
    const t = await open();
    await t.say("he-gq", "填报");
    await t.say("he-gq", "高企");
    const reply = await t.sayText("he-gq", "科室是项目科");
    expect(reply).toContain("科技项目与研发投入");
    await t.say("he-gq", "组织专家评审市级科技计划项目6个");
    await t.say("he-gq", "无");
    await t.say("he-gq", "无");
    await t.say("he-gq", "无");
    const [u] = await texts(t, "he-gq");
    expect(u!.section).toBe("rd");
    expect(u!.text).not.toMatch(/项目科/);
  });
});

// Round 52 (proxy52, 代报): the work is filed for 孙磊 — author the sender, reportedFor 孙磊, 孙磊's section — never as
// the sender's own work in her own section.
describe("H. a yes on the 代孙磊填报 card never files the colleague's work as the sender's own", () => {
  const report = "帮孙磊报一下 他上周在柳河村办了食用菌种植培训 培训农民60人";
  it.each([
    "确认",
    "好的",
    "是的",
    "对 帮他报的",
    "嗯嗯",
    "确定",
  ])("h 「%s」 files it for 孙磊", async (yes) => {
    const t = await open();
    const asked = await t.sayText("chen-kp", report);
    expect(asked).toContain("代孙磊填报");
    const reply = await t.sayText("chen-kp", yes);
    const all = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(all.map((u) => [u.status, u.reportedFor, u.section])).toEqual([["confirmed", "sun-tp", "envoy"]]);
    expect(reply).toContain("孙磊");
  });

  it("h 记为填报 (the button) on the card records it as one's own", async () => {
    const t = await open();
    await t.say("chen-kp", report);
    await t.say("chen-kp", "记为填报");
    const all = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(all).toHaveLength(1);
    expect(all[0]!.reportedFor).toBeUndefined();
  });
});

/**
 * A second batch of the same classes, written after the fix above and run once before any change
 * (how the mechanism takes phrasings it was not made on).
 */
describe("second batch (written after the fix)", () => {
  const fixes: Array<{ id: string; who: string; report: string; fix: string; was: string; now: string }> = [
    {
      id: "b1",
      who: "li-rd",
      report: RUN_ON,
      fix: "额 1860那个不对 是1680",
      was: "1860万元",
      now: "1680万元",
    },
    {
      id: "b2",
      who: "li-rd",
      report: "争取省级项目资金150万元，带动企业投入80万元",
      fix: "资金应该是三百万",
      was: "150万元",
      now: "三百万元",
    },
    {
      id: "b3",
      who: "sun-tp",
      report: "在柳河村办食用菌种植培训，培训农民60人，发放资料200份",
      fix: "人数错了 应该是65",
      was: "60人",
      now: "65人",
    },
    {
      id: "b4",
      who: "he-gq",
      report: "今年新认定高新技术企业8家，入库科技型中小企业45家",
      fix: "錯了，應該是46家",
      was: "45家",
      now: "46家",
    },
  ];
  it.each(fixes)("$id 「$fix」", async (c) => {
    const t = await open();
    await t.say(c.who, c.report);
    expect(await t.sayText(c.who, c.fix)).toContain("修改预览");
    await t.say(c.who, "确认");
    const [u] = await texts(t, c.who);
    expect(u!.text).toContain(c.now);
    expect(u!.text).not.toContain(c.was);
  });

  it("b5 上条的人数不对 on an earlier update with people", async () => {
    const t = await open();
    await t.say("chen-kp", "在县实验小学办科普讲座，听众600人");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "给二中送去科普挂图一批");
    await t.say("chen-kp", "确认");
    const reply = await t.sayText("chen-kp", "上条的人数不对，是650人次");
    expect(reply).toContain("#1");
    expect(reply).toContain("修改预览");
  });

  it("b6 刚刚那条 钱写错了 1680万 (no 是)", async () => {
    const t = await open();
    await t.say("li-rd", RUN_ON);
    await t.say("li-rd", "确认");
    const reply = await t.sayText("li-rd", "刚刚那条 钱写错了 1680万");
    expect(reply).toContain("修改预览");
    expect(reply).toContain("1680万元");
  });

  it.each([
    ["b7", "zhao-zh", "知识产权这边帮企业申请专利12件 人才上面组织了一场招聘会", ["transfer", "talent"]],
    ["b8", "he-gq", "创新平台那块新认定省级众创空间1家 研发这块指导企业新建研发机构3家", ["hitech", "rd"]],
  ] as const)("%s cut at markers", async (_id, who, say, sections) => {
    const t = await open();
    await t.say(who, say);
    expect((await texts(t, who)).map((u) => u.section)).toEqual([...sections]);
  });

  it("b9 guided: 「12家」 after 「帮企业申报高企12家」 listed once", async () => {
    const t = await open();
    await t.say("he-gq", "填报");
    await t.say("he-gq", "高企");
    await t.say("he-gq", "帮企业申报高企12家");
    await t.say("he-gq", "12家");
    await t.say("he-gq", "无");
    await t.say("he-gq", "无");
    const [u] = await texts(t, "he-gq");
    expect(u!.text.match(/12家/g)?.length).toBe(1);
  });

  it("b10 guided: 「我是项目科的」 as the first answer is no work text", async () => {
    const t = await open();
    await t.say("li-rd", "填报");
    await t.say("li-rd", "我是项目科的");
    await t.say("li-rd", "审核项目结题材料7份");
    await t.say("li-rd", "无");
    await t.say("li-rd", "无");
    await t.say("li-rd", "无");
    const [u] = await texts(t, "li-rd");
    expect(u!.text).not.toContain("项目科");
  });

  it.each([
    ["替老孙报下 他今天去石桥村看了大棚 30亩", "对的"],
    ["这个是小孙让我帮他报的：柳河村食用菌培训60人", "确认"],
  ])("b11 「%s」 → 「%s」 is filed for 孙磊 (代报, round 52)", async (report, yes) => {
    const t = await open();
    await t.say("chen-kp", report);
    await t.say("chen-kp", yes);
    const all = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(all.map((u) => [u.reportedFor, u.section])).toEqual([["sun-tp", "envoy"]]);
  });
});
