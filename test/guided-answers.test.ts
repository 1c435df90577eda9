import { describe, expect, it } from "vitest";
import { answerContent, isBareCount, saysNothing } from "../src/conversation/guided-answers.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { type Conversation, runGuided } from "./helpers/guided-script.js";

/**
 * The guided questions (填报) answered the way people answer them: evasions (「没啥数」「再说吧」
 * 「都挺顺的」) record nothing; a bare count (「四次吧」) belongs to the work just described, or the
 * bot asks which; a two-section person who answers the section question with work keeps it as the
 * first answer; commands and small talk mid-flow act and ask the question again.
 *
 * Written before the code was changed (first sight: see the commit message), in our own words
 * plus the second new-user trial's lines (c20, W4) as regression checks. Each conversation is a
 * list of checks; `GUIDED_SCORE=1` prints how many hold.
 */
const { open } = appPerTest();

const CONVERSATIONS: Conversation[] = [
  {
    name: "trial c20: 「四次吧，党员参学率百分之九十八」 and 「再说吧」",
    who: "xu-dj",
    turns: [
      { say: "填报", reply: /1\/4/ },
      { say: "组织开展主题党日活动，学习二十大精神", reply: /2\/4/ },
      { say: "四次吧，党员参学率百分之九十八", reply: /3\/4/ },
      { say: "没有", reply: /4\/4/ },
      { say: "再说吧", reply: /请确认/ },
    ],
    end: {
      count: 1,
      items: ["主题党日"],
      figureWith: [
        ["四次", "主题党日"],
        ["百分之九十八", "主题党日"],
      ],
      problems: [],
      plans: [],
      nowhere: ["再说", "四次吧"],
    },
  },
  {
    name: "trial: 「没啥数」 to the figures question is no problem",
    who: "sun-tp",
    turns: [
      { say: "填报" },
      { say: "下乡给合作社讲了两回食用菌种植技术", reply: /2\/4/ },
      { say: "没啥数", reply: /3\/4/ },
      { say: "农户住得分散 召集起来不方便", reply: /4\/4/ },
      { say: "明年到时候再看吧", reply: /请确认/ },
    ],
    end: { count: 1, problems: ["分散"], plans: [], nowhere: ["没啥数", "再看"] },
  },
  {
    name: "trial: a two-section person answers the section question with work",
    who: "he-gq",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      {
        say: "主要是跑了几个企业吧",
        not: /要记为工作填报吗/,
        reply: /科室|2\/4/,
        ifAsked: { when: /科室[\s\S]*[？?]|回复序号/, say: "高企那块" },
      },
      { say: "具体数也没统计 大概七八家", reply: /3\/4/ },
      { say: "问题就是企业不太配合", reply: /4\/4/ },
      { say: "下一步继续跟进吧", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "hitech",
      items: ["跑了几个企业"],
      figureWith: [["七八家", "跑了几个企业"]],
      problems: ["企业不太配合"],
      plans: ["继续跟进"],
      nowhere: ["没统计"],
    },
  },
  {
    name: "the section inferred from clear work content",
    who: "zhao-zh",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      { say: "帮企业申请发明专利，还搞了一场知识产权培训", reply: /成果转化与知识产权[\s\S]*2\/4/ },
      { say: "专利12件 培训来了60多人", reply: /3\/4/ },
      { say: "企业积极性不太高", reply: /4\/4/ },
      { say: "明年继续开展专利导航服务", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "transfer",
      figureWith: [
        ["12件", "专利"],
        ["60多人", "培训"],
      ],
      problems: ["积极性"],
      plans: ["专利导航"],
    },
  },
  {
    name: "numbers only, then 跳过 / 下一个",
    who: "li-rd",
    turns: [
      { say: "我要填报" },
      { say: "组织研发费用加计扣除政策培训", reply: /2\/4/ },
      { say: "3场 120人", reply: /3\/4/ },
      { say: "跳过", reply: /4\/4/ },
      { say: "下一个", reply: /请确认/ },
    ],
    end: {
      count: 1,
      items: ["加计扣除"],
      figureWith: [
        ["3场", "加计扣除"],
        ["120人", "加计扣除"],
      ],
      problems: [],
      plans: [],
      nowhere: ["跳过", "下一个"],
    },
  },
  {
    name: "a bare count with two pieces of work: the bot asks which",
    who: "chen-kp",
    turns: [
      { say: "填报" },
      { say: "1.科普进社区宣讲 2.科普大篷车下乡", reply: /2\/4/ },
      { say: "五场", reply: /哪/, not: /3\/4/ },
      { say: "第一个", reply: /3\/4/ },
      { say: "没了", reply: /4\/4/ },
      { say: "就这些", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureWith: [["五场", "进社区"]],
      problems: [],
      plans: [],
      nowhere: ["就这些", "没了", "第一个"],
    },
  },
  {
    name: "labelled figures, 「都挺顺的」 and 「暂时没想好」",
    who: "wang-ban",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      { say: "办公室", reply: /1\/4/ },
      { say: "组织开展安全生产大检查", reply: /2\/4/ },
      { say: "检查单位23家，整改隐患41处", reply: /3\/4/ },
      { say: "都挺顺的", reply: /4\/4/ },
      { say: "暂时没想好", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "office",
      figureLabel: [
        ["23家", "检查单位"],
        ["41处", "隐患"],
      ],
      problems: [],
      plans: [],
      nowhere: ["挺顺", "没想好"],
    },
  },
  {
    name: "small talk mid-flow gets a short reply and the question again",
    who: "xu-dj",
    turns: [
      { say: "填报" },
      { say: "在吗", reply: /1\/4/ },
      { say: "开展党风廉政警示教育", reply: /2\/4/ },
      { say: "谢谢哈", reply: /2\/4/ },
      { say: "两次", reply: /3\/4/ },
      { say: "还行吧", reply: /4\/4/ },
      { say: "没啥打算", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureWith: [["两次", "警示教育"]],
      problems: [],
      plans: [],
      nowhere: ["谢谢", "在吗", "还行"],
    },
  },
  {
    name: "我的填报 and 撤回 mid-flow act; 算了不报了 leaves",
    who: "chen-kp",
    before: ["今天开展科普讲座三场，来了两百多人", "确认"],
    turns: [
      { say: "填报", reply: /1\/4/ },
      { say: "我的填报", reply: /#1[\s\S]*(1\/4|逐项填报)/ },
      { say: "撤回 1", reply: /已撤回/ },
      { say: "算了不报了", reply: /退出/ },
    ],
    end: { count: 0, idle: true },
  },
  {
    name: "退出 at the problems question stores nothing",
    who: "sun-tp",
    turns: [
      { say: "填报" },
      { say: "举办农民实用技术培训", reply: /2\/4/ },
      { say: "300人", reply: /3\/4/ },
      { say: "退出", reply: /退出|没有保存/ },
    ],
    end: { count: 0, idle: true },
  },
  {
    name: "the section inferred; the figures answer adds to the work",
    who: "he-gq",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      { say: "帮三家企业申报高新技术企业认定", reply: /高新技术企业与创新平台[\s\S]*2\/4/ },
      { say: "认定通过两家", reply: /3\/4/ },
      { say: "就是企业材料准备得慢", reply: /4\/4/ },
      { say: "到时候看吧", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "hitech",
      figureWith: [["两家", "高新技术企业"]],
      problems: ["材料准备得慢"],
      plans: [],
      nowhere: ["到时候"],
    },
  },
  {
    name: "work and a figure in the figures answer; 「没啥大问题，就是…」",
    who: "zhao-zh",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      { say: "人才那块", reply: /1\/4/ },
      { say: "组织专家服务企业", reply: /2\/4/ },
      { say: "另外还举办了人才政策宣讲会2场", reply: /3\/4/ },
      { say: "没啥大问题，就是年轻人才留不住", reply: /4\/4/ },
      { say: "明年争取引进博士2名", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "talent",
      items: ["专家服务企业", "宣讲会2场"],
      problems: ["人才留不住"],
      plans: ["引进博士"],
      nowhere: ["没啥大问题"],
    },
  },
  {
    name: "跳过, 下一个, 没了",
    who: "chen-kp",
    turns: [
      { say: "填报" },
      { say: "组织青少年科技创新大赛", reply: /2\/4/ },
      { say: "跳过", reply: /3\/4/ },
      { say: "下一个", reply: /4\/4/ },
      { say: "没了", reply: /请确认/ },
    ],
    end: { count: 1, items: ["科技创新大赛"], problems: [], plans: [], nowhere: ["下一个", "跳过"] },
  },
  {
    name: "evasions: 记不清了 / 说不上来 / 看领导安排吧",
    who: "li-rd",
    turns: [
      { say: "填报" },
      { say: "跟踪省级科技项目的进度，催了几家单位报材料", reply: /2\/4/ },
      { say: "记不清了 回头再补吧", reply: /3\/4/ },
      { say: "说不上来", reply: /4\/4/ },
      { say: "看领导安排吧", reply: /请确认/ },
    ],
    end: { count: 1, problems: [], plans: [], nowhere: ["记不清", "说不上来", "领导安排"] },
  },
  {
    name: "Traditional characters and emoji",
    who: "chen-kp",
    turns: [
      { say: "填报" },
      { say: "組織科普講座進校園😊", reply: /2\/4/ },
      { say: "三場，學生五百多人", reply: /3\/4/ },
      { say: "沒有", reply: /4\/4/ },
      { say: "還沒想好", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureWith: [
        ["三场", "科普讲座"],
        ["五百多人", "科普讲座"],
      ],
      problems: [],
      plans: [],
      nowhere: ["没想好"],
    },
  },
  {
    name: "a plan answer with an evasion in front keeps the plan only",
    who: "sun-tp",
    turns: [
      { say: "填报" },
      { say: "给特派员办了一期轮训班", reply: /2\/4/ },
      { say: "参训特派员42名", reply: /3\/4/ },
      { say: "没遇到啥问题", reply: /4\/4/ },
      { say: "明年再说吧，反正继续抓特派员培训", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureLabel: [["42名", "特派员"]],
      problems: [],
      plans: ["继续抓特派员培训"],
      nowhere: ["再说"],
    },
  },
  {
    name: "a section question answered with unclear work: asked again in one line",
    who: "zhao-zh",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      { say: "写了几个材料 开了几个会", not: /要记为工作填报吗/, reply: /科室/ },
      { say: "人才", reply: /2\/4/ },
      { say: "无", reply: /3\/4/ },
      { say: "无", reply: /4\/4/ },
      { say: "无", reply: /请确认/ },
    ],
    end: { count: 1, section: "talent", items: ["材料"], problems: [], plans: [] },
  },
];

/**
 * A second batch, written after the first landing and scored untouched against it (first sight
 * in the commit message), so what was built is measured on phrasing it was not fixed for.
 */
const CHECK2: Conversation[] = [
  {
    name: "2a: 「看明年经费情况吧」 is no plan",
    who: "sun-tp",
    turns: [
      { say: "填报" },
      { say: "带着专家去了柳河乡、石桥镇，现场指导大棚蔬菜", reply: /2\/4/ },
      { say: "两个乡镇 指导农户八十多户", reply: /3\/4/ },
      { say: "专家有点少 跑不过来", reply: /4\/4/ },
      { say: "看明年经费情况吧", reply: /请确认/ },
    ],
    end: { count: 1, figureWith: [["八十多户", "大棚蔬菜"]], problems: ["专家有点少"], plans: [] },
  },
  {
    name: "2b: 「😂没数」 and 「啥问题都没有」",
    who: "chen-kp",
    turns: [
      { say: "填报" },
      { say: "搞了个科普日活动", reply: /2\/4/ },
      { say: "😂没数", reply: /3\/4/ },
      { say: "啥问题都没有", reply: /4\/4/ },
      { say: "年底前把科普资料发完", reply: /请确认/ },
    ],
    end: { count: 1, problems: [], plans: ["科普资料发完"], nowhere: ["没数", "啥问题"] },
  },
  {
    name: "2c: a two-section person, work first, 「11家吧」",
    who: "he-gq",
    turns: [
      { say: "填报", reply: /先选择科室/ },
      {
        say: "研发费用归集辅导，去了好几家企业",
        reply: /科室|2\/4/,
        not: /要记为工作填报吗/,
        ifAsked: { when: /回复序号/, say: "项目" },
      },
      { say: "11家吧", reply: /3\/4/ },
      { say: "企业财务人员换得勤", reply: /4\/4/ },
      { say: "没想法", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "rd",
      figureWith: [["11家", "研发费用"]],
      problems: ["财务人员"],
      plans: [],
      nowhere: ["没想法"],
    },
  },
  {
    name: "2d: Traditional answers, 「下月再看」",
    who: "wang-ban",
    turns: [
      { say: "填报" },
      { say: "党建", reply: /1\/4/ },
      { say: "开了两次支部会，还有一次党课", reply: /2\/4/ },
      { say: "參加黨員36人次", reply: /3\/4/ },
      { say: "無", reply: /4\/4/ },
      { say: "下月再看", reply: /请确认/ },
    ],
    end: { count: 1, section: "party", figureLabel: [["36人次", "党员"]], problems: [], plans: [] },
  },
  {
    name: "2e: 「验收了9个」, 「嗯 没啥」, a real plan",
    who: "li-rd",
    turns: [
      { say: "填报" },
      { say: "省级科技项目验收", reply: /2\/4/ },
      { say: "验收了9个", reply: /3\/4/ },
      { say: "嗯 没啥", reply: /4\/4/ },
      { say: "明年争取再申报3个省级项目", reply: /请确认/ },
    ],
    end: { count: 1, items: ["项目验收"], problems: [], plans: ["申报3个省级项目"], nowhere: ["没啥"] },
  },
  {
    name: "2f: labelled figures, 「好像没有」「先这样吧」",
    who: "zhao-zh",
    turns: [
      { say: "填报" },
      { say: "1", reply: /1\/4/ },
      { say: "科技成果登记", reply: /2\/4/ },
      { say: "登记成果15项，技术合同成交额2300万元", reply: /3\/4/ },
      { say: "好像没有", reply: /4\/4/ },
      { say: "先这样吧", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureLabel: [
        ["15项", "成果"],
        ["2300万元", "技术合同"],
      ],
      problems: [],
      plans: [],
      nowhere: ["好像没有", "先这样"],
    },
  },
  {
    name: "2g: 「收到」 to the first question, 「三回」「还好」「等上级通知」",
    who: "xu-dj",
    turns: [
      { say: "填报" },
      { say: "收到", reply: /1\/4/ },
      { say: "组织党员志愿服务", reply: /2\/4/ },
      { say: "三回", reply: /3\/4/ },
      { say: "还好", reply: /4\/4/ },
      { say: "等上级通知", reply: /请确认/ },
    ],
    // 回 is no figure unit of the extraction: the count stays with its work in the item's text.
    end: { count: 1, items: ["志愿服务，三回"], problems: [], plans: [], nowhere: ["上级通知"] },
  },
  {
    name: "2h: 「大概两百来人吧」, 我的填报 mid-flow",
    who: "sun-tp",
    before: ["开展科技特派员服务3次", "确认"],
    turns: [
      { say: "填报" },
      { say: "特派员培训", reply: /2\/4/ },
      { say: "大概两百来人吧", reply: /3\/4/ },
      { say: "我的填报", reply: /#1[\s\S]*3\/4/ },
      { say: "下乡的车不够用", reply: /4\/4/ },
      { say: "明年打算多配两辆车", reply: /请确认/ },
    ],
    end: {
      count: 1,
      figureWith: [["两百来人", "特派员培训"]],
      problems: ["车不够用"],
      plans: ["多配两辆车"],
    },
  },
  {
    name: "2i: 「不填了」 leaves",
    who: "he-gq",
    turns: [{ say: "填报" }, { say: "2", reply: /1\/4/ }, { say: "不填了", reply: /退出|没有保存/ }],
    end: { count: 0, idle: true },
  },
  {
    name: "2j: the section inferred from 人才公寓",
    who: "zhao-zh",
    turns: [
      { say: "填报" },
      { say: "这周主要在弄人才公寓分配的事", reply: /科技人才与创新环境[\s\S]*2\/4/ },
      { say: "分了20套", reply: /3\/4/ },
      { say: "没啥", reply: /4\/4/ },
      { say: "没了", reply: /请确认/ },
    ],
    end: {
      count: 1,
      section: "talent",
      figureWith: [["20套", "人才公寓"]],
      problems: [],
      plans: [],
      nowhere: ["没啥", "没了"],
    },
  },
];

const tally = { ok: 0, all: 0 };

describe("guided answers as people give them", () => {
  it.each([...CONVERSATIONS, ...CHECK2].map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    const checks = await runGuided(t, c);
    tally.ok += checks.filter((x) => x.ok).length;
    tally.all += checks.length;
    if (process.env.GUIDED_SCORE)
      console.log(`${c.name}: ${checks.filter((x) => x.ok).length}/${checks.length}`);
    expect(checks.filter((x) => !x.ok).map((x) => x.what)).toEqual([]);
  });

  it("counts the answers written", () => {
    const answers = [...CONVERSATIONS, ...CHECK2]
      .flatMap((c) => c.turns)
      .filter((t) => !/^(?:填报|我要填报)$/.test(t.say));
    expect(answers.length).toBeGreaterThanOrEqual(25);
    if (process.env.GUIDED_SCORE)
      console.log(`checks passing: ${tally.ok}/${tally.all}; answers: ${answers.length}`);
  });
});

describe("what an answer says", () => {
  it.each([
    "没啥数",
    "具体数字也没统计",
    "記不清了",
    "再说吧",
    "到时候再看",
    "明年再说吧～",
    "暂时没想好",
    "还没考虑好",
    "看领导安排吧",
    "等通知吧",
    "都挺顺的",
    "还行吧",
    "没遇到啥问题",
    "下一个",
    "就这些了",
    "没了哈",
    "跳过",
    "说不上来",
    "好像没有",
    "啥问题都没有😂",
    "先这样吧",
    "下月再看",
    "看明年经费情况吧",
    // Round nine: dialect none (没得、莫得、啥子) and figures to be asked for later.
    "没得啥子问题",
    "莫得困难",
    "啥子问题都没得",
    "冇得",
    "具体数字得问问村会计",
    "人数回头找小王要一下",
    "经费数等财务那边核完再报",
    "回头问下老刘",
    "金额晚点再补",
    "说不清",
    "就那样",
    "老样子",
  ])("「%s」 says nothing", (s) => expect(saysNothing(s)).toBe(true));
  it.each([
    "好的",
    "行",
    "没有经费",
    "企业不知道怎么申报",
    "再考虑引进两名博士",
    "人手不够",
    "四次",
    "没得到上级资金支持",
    "回头问下企业的技术需求",
    "人数回头统计是52人",
    "下月找财务对接报账",
  ])("「%s」 is no evasion", (s) => expect(saysNothing(s)).toBe(false));
  it.each(["四次吧", "3场", "大概七八家", "一共八场", "120人", "三場"])("「%s」 is a bare count", (s) =>
    expect(isBareCount(s)).toBe(true));
  it.each([
    "党员参学率百分之九十八",
    "认定通过两家",
    "专利12件",
    "学生五百多人",
    "没啥数",
  ])("「%s」 counts something it names", (s) => expect(isBareCount(s)).toBe(false));
  it("keeps the content of an answer that opens with an evasion", () => {
    expect(answerContent("没啥大问题，就是年轻人才留不住")).toEqual([["年轻人才留不住"]]);
    expect(answerContent("明年再说吧，反正继续抓特派员培训")).toEqual([["继续抓特派员培训"]]);
    expect(answerContent("记不清了 回头再补吧")).toEqual([]);
  });
});

describe("the which-item question", () => {
  it("「合计」 puts the count on the pieces of work together; 「跳过」 leaves it out", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "填报");
    await t.say("chen-kp", "一是科普进社区，二是科普大篷车下乡");
    expect(await t.sayText("chen-kp", "一共八场")).toMatch(/是哪一项/);
    expect(await t.sayText("chen-kp", "啥意思")).toMatch(/没看懂是哪一项[\s\S]*是哪一项/);
    expect(await t.sayText("chen-kp", "合计")).toMatch(/3\/4/);
    await t.say("chen-kp", "无");
    await t.say("chen-kp", "无");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.items.map((i) => i.text)).toEqual(["科普进社区、科普大篷车下乡，一共八场"]);
    expect(u?.figures[0]?.context).toBe("科普进社区、科普大篷车下乡");

    await t.say("chen-kp", "填报");
    await t.say("chen-kp", "1.下乡宣讲 2.校园科普");
    await t.say("chen-kp", "六场");
    expect(await t.sayText("chen-kp", "跳过")).toMatch(/3\/4/);
    await t.say("chen-kp", "无");
    await t.say("chen-kp", "无");
    const later = (await t.app.services.store.listUpdates({ author: "chen-kp" })).find((x) => x.seq === 2);
    expect(later?.items.map((i) => i.text)).toEqual(["下乡宣讲", "校园科普"]);
    expect(later?.figures).toEqual([]);
  });

  it("a 「第2项」 button answers it", async () => {
    const t = await open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("chen-kp", "填报");
    await t.say("chen-kp", "1.下乡宣讲 2.校园科普");
    const asked = await t.say("chen-kp", "六场");
    const button = asked.flatMap((r) => r.card?.buttons ?? []).find((b) => b.label === "第2项");
    expect(button).toBeDefined();
    expect(await t.sayText("chen-kp", button!.command)).toMatch(/3\/4/);
    await t.say("chen-kp", "无");
    await t.say("chen-kp", "无");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.items.map((i) => i.text)).toEqual(["下乡宣讲", "校园科普，六场"]);
  });
});
