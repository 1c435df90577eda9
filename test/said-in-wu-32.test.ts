import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind70 (瓯南县, 浙南 speech), its dialogues, round thirty-one's leftovers and intent32's check batch
 * i32a (吴语-flavoured Mandarin) — docs/understanding.md 第三十二轮 intent32. Each class in other words than the corpus's,
 * the rules alone (no learned guess); lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard: said } = rulesReading(t);

describe("许 as 那 (浙南: 许个、许条)", () => {
  it.each([
    ["chen-kp", "许条帮我确认下", { pendingDrafts: 1 }, /^确认/],
    ["li-rd", "许两条都确认掉", { pendingDrafts: 2 }, /^全部确认/],
    ["he-gq", "许个不要了 数字报错了", { awaiting: "confirm", pendingDrafts: 1, justAsked: true }, /^撤回/],
  ] as const)("%s: 「%s」 is the draft pointed at", (who, text, ctx, want) => {
    expect(said(who, text, ctx)).toMatch(want);
  });

  it("「前头许条」 picks the first of the drafts listed, 「后面许个」 the last", () => {
    const ctx = { awaiting: "which-draft", pendingDrafts: 2, justAsked: true, draftNumbers: [7, 8] } as const;
    expect(said("li-rd", "前头许条", ctx)).toBe("number 7");
    expect(said("li-rd", "后面许个", ctx)).toBe("number 8");
  });

  it.each([
    // 许 of 也许、或许、允许 and 许个愿 is no pointer.
    ["chen-kp", "或许个把月以后才有结果"],
    ["li-rd", "许个愿 明年项目都批下来"],
  ])("%s: 「%s」 points at no draft", (who, text) => {
    expect(said(who, text, { pendingDrafts: 1 })).not.toMatch(/^(?:确认|撤回|全部确认)/);
  });
});

describe("a day of the month is no update number", () => {
  it.each([
    ["wang-ban", "督查反馈的5个问题已全部整改 整改台账11月28号交督查室"],
    ["xu-dj", "支部自查出的2条问题都改好了 情况12月2号报机关党委了"],
    ["wang-ban", "消防检查提的6处隐患整改完了 整改报告11月30号报县消防大队"],
  ])("%s: 「%s」 is a report, not an edit of the day's number", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    ["li-rd", "3号那条改一下", "修改 3"],
    ["li-rd", "12号那条写错了 应该是50人", "修改 12"],
  ])("%s: 「%s」 still names update %s", (who, text, want) => {
    expect(said(who, text)).toMatch(new RegExp(`^${want}`));
  });
});

describe("a check finished, nothing found", () => {
  it.each([
    ["wang-ban", "机关食堂卫生自查做好了 没发现啥大问题"],
    ["wang-ban", "档案室消防自查做完了，未发现明显隐患"],
    ["xu-dj", "支部党费收缴情况抽查做好了 没有发现什么问题"],
  ])("%s: 「%s」 is a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    ["li-rd", "作业做完了"],
    ["li-rd", "饭做好了"],
    // One's own check-up (体检、身体检查) done and fine: an errand of one's own, never work.
    ["li-rd", "上午体检做完了 没查出啥毛病 放心了"],
    ["he-gq", "身体检查做完了 没发现啥问题 踏实了"],
    ["chen-kp", "体检报告出来了 没发现什么问题"],
  ])("%s: 「%s」 is not stored", (who, text) => {
    expect(said(who, text)).not.toBe("report");
  });
});

describe("how often one will go, and nothing of what for", () => {
  it.each([
    ["li-rd", "下个礼拜还得再跑一趟"],
    ["sun-tp", "过两天还要再去一次"],
  ])("%s: 「%s」 is asked about, not stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it("「这礼拜跑了三趟石板村 合作社的账理清了」 (goings done, with the work) is a report", () => {
    expect(said("sun-tp", "这礼拜跑了三趟石板村 合作社的账理清了")).toBe("report");
  });
});

describe("a trip asked among colleagues", () => {
  it.each([
    ["he-gq", "你们昨天下去跑了几家企业啊"],
    ["chen-kp", "大家上午去了几个村"],
    ["li-rd", "老王 你明天去县里开会吗 带上我"],
  ])("%s: 「%s」 is talk", (who, text) => {
    expect(said(who, text)).toBe("smalltalk");
  });

  it.each([
    // A leader asking the team the material's count, and one's own trip ahead, are not talk.
    ["zhou-ju", "你们今年一共走访了多少户", /^查数/],
    ["li-rd", "我明天去市里开会", /^unclear$/],
  ] as const)("%s: 「%s」 is not talk", (who, text, want) => {
    expect(said(who, text)).toMatch(want);
  });
});

describe("edits said short, deadlines of other matters, an office name several sections share", () => {
  it.each([
    ["li-rd", "改2 来了六十几个人", "修改 2 来了六十几个人"],
    ["chen-kp", "改 3：资料发了500份", "修改 3 资料发了500份"],
  ])("%s: 「%s」 is %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it.each([
    ["he-gq", "科技型中小企业评价啥时候截止"],
    ["chen-kp", "创新大赛报名最晚几号"],
  ])("%s: 「%s」 is asked about (unclear), never the rules' help or stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it("「科技科今年报了些啥」 from a leader asks for the reports of an office several sections start with", () => {
    expect(said("zhou-ju", "科技科今年报了些啥")).toBe("查看填报 科技科");
  });
});

describe("i32b's classes: 咯 after a word of place, 好多 in a relayed question", () => {
  it("「上头咯条」 picks the first of the drafts listed", () => {
    const ctx = { awaiting: "which-draft", pendingDrafts: 2, justAsked: true, draftNumbers: [4, 6] } as const;
    expect(said("sun-tp", "上头咯条", ctx)).toBe("number 4");
  });

  it.each([
    ["he-gq", "主任叫我问下 专利今年授权了好多件"],
    ["xu-dj", "书记让我问问 今年发展了好多个党员啊"],
  ])("%s: 「%s」 asks the count, never stores it", (who, text) => {
    expect(said(who, text)).toMatch(/^查数/);
  });

  it("「今年专利授权了好多件」 told, with no question relayed, is not asked as a count", () => {
    expect(said("zhao-zh", "今年专利授权了好多件")).not.toMatch(/^查数/);
  });
});

const { open } = appPerTest();

describe("what the bot answers", () => {
  it("asks which section an office name shared by several means, with a button each", async () => {
    const a = await open();
    const text = await a.sayText("zhou-ju", "科技科报了啥");
    expect(text).toContain("哪个科室");
    for (const name of ["科技项目与研发投入", "科技特派员与乡村振兴", "科技人才与创新环境"])
      expect(text).toContain(name);
  });

  it("says plainly it does not know another matter's deadline", async () => {
    const a = await open();
    const text = await a.sayText("li-rd", "项目申报材料啥时候截止啊");
    expect(text).toContain("截止时间我这里查不到");
    expect(text).not.toMatch(/我看不出|没有硬性的截止时间：随时发给我/);
  });

  it.each([
    "明天去乡里开会",
    "下午到村里开个会",
  ])("「%s」 (a meeting down in the county) offers no leave", async (line) => {
    const a = await open();
    const text = await a.sayText("li-rd", line);
    expect(text).not.toMatch(/请假|暂停填报提醒/);
  });

  it("「改1 …」 edits #1 and stores nothing new", async () => {
    const a = await open();
    await a.sayText("li-rd", "上午开了研发费用加计扣除政策宣讲会 来了60人");
    await a.sayText("li-rd", "确认");
    const text = await a.sayText("li-rd", "改1 来了85人");
    expect(text).toContain("85人");
    expect(text).not.toContain("#2");
  });
});
