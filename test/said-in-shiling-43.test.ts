import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind91 (浉岭县, 豫南信阳) and i43a (黔东南), read by the rules alone (no learned guess):
 * docs/understanding.md 第四十三轮 intent43. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const nothing = { awaiting: "nothing" as const, justAsked: false };

describe("a colleague's own update passed on, with work done and its count, is work (not-own-work.ts)", () => {
  it.each([
    ["zhou-ju", "转发 孙磊：今年油茶低改新做了六百亩 带动农户九十多户"],
    ["lin-fen", "转发 赵丽：这个月登记技术合同11份 成交额八百多万"],
    ["zhou-ju", "【转发】老孙：上礼拜在茶棚村教了修剪 来了四十几个人"],
    ["lin-fen", "转发 陈静：科普大篷车今年下乡跑了26趟"],
    ["zhou-ju", "转发 何主任：帮三家企业报了高企 材料都交上去了"],
    ["lin-fen", "轉發 李明：研發中心今年新建了兩個 都驗收了"],
    ["zhou-ju", "转发 小徐：支部昨日过了主题党日 十五个党员都到咗"],
    ["wang-ban", "转发 王工：机房的空调换了3台 已经装好了"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("report");
  });
  it.each([
    ["wang-ban", "转发 市科技局：关于开展2026年度科技统计调查的通知"],
    ["zhou-ju", "转发 孙磊：明天九点在三楼开会 请各科室准时参加"],
    ["lin-fen", "转发 县政府办：今年已完成目标考核的12项 请各单位于周五前报送材料"],
    ["zhou-ju", "转发 孙磊：下礼拜打算去5个村看茶园"],
    ["lin-fen", "转发 东岗镇：今年茶园冻害面积3000亩"],
    ["wang-ban", "转发 办公室群：周五前每人交2张证件照"],
  ])("from an office, asking, or ahead, it is no report: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).not.toBe("report");
  });
});

describe("one's own work not moved this week: 活路 (西南) for the work, 科里的事 / 办公室的活 taken whole, 没推 (week-nothing.ts, week-own-area.ts)", () => {
  it.each([
    ["he-gq", "这个礼拜一直陪省里的督查组跑 自己的活路一点都没动"],
    ["li-rd", "这周天天开会 手上的活路一样没整"],
    ["xu-dj", "这周在党校学习 科里的事没推"],
    ["wang-ban", "这礼拜光弄年终考核了 办公室的活没推"],
    ["sun-tp", "這禮拜一直在省裡培訓 科裡的事沒推"],
    ["xu-dj", "回复 总结助手：「本周工作还没填报」 这周在党校学习 科里的事没推"],
    ["chen-kp", "这星期都在迎检 我们科的事没推"],
  ])("%s: %s", (who, text) => {
    // 王志强 reports for the office and 党建: the office named, only it is marked (week-nothing-named.ts, round 46).
    expect(heard(who, text, nothing)).toBe(
      who === "wang-ban" ? "本周无进展 综合管理与安全生产" : "本周无进展",
    );
  });
  it.each([
    ["chen-kp", "科里的事没推完 这周还得加班"],
    ["he-gq", "这周高企认定的事没推 卡在市里"],
    ["li-rd", "上礼拜科里的事没推 这礼拜跑了三家企业"],
  ])("not done yet, a matter stalled, or another week: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).not.toBe("本周无进展");
  });
});

describe("why it counts, with 活路 for work (answer-more-words.ts)", () => {
  const reportOrNot = { awaiting: "report-or-not" as const, justAsked: true };
  it.each([
    ["chen-kp", "算 是局里派的活路"],
    ["sun-tp", "算 是单位的活路"],
    ["li-rd", "是 科里安排整的活路"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, reportOrNot)).toBe("yes");
  });
  it.each([
    ["chen-kp", "不算 是我屋头的活路"],
    ["sun-tp", "不是单位的活路"],
  ])("not: %s: %s", (who, text) => {
    expect(heard(who, text, reportOrNot)).not.toBe("yes");
  });
});

describe("the change approved: 对劲 (中原: right) and 这一改 before it (intent-lexicon.ts YES)", () => {
  const editConfirm = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["这一改对劲了", "这么一改对头了", "這一改對勁了", "这回改得对劲了", "改的对劲"])("%s", (text) => {
    expect(heard("sun-tp", text, editConfirm)).toBe("yes");
  });
  it.each(["不对劲 再改改", "还是不对劲", "这一改 数又错了", "这一改还是不对"])("not: %s", (text) => {
    expect(heard("sun-tp", text, editConfirm)).not.toBe("yes");
  });
});

describe("the guided questions given up after a reason, or with 这 before it (guided-put-off.ts)", () => {
  const guided = { awaiting: "guided" as const, justAsked: true };
  it.each([
    "领导喊俺过去 这先不填了",
    "这先不填了",
    "主任叫我 先不报了",
    "局长喊我 今天不写了",
    "來客人了 這先不填了",
  ])("%s", (text) => {
    expect(heard("chen-kp", text, guided)).toBe("取消");
  });
  it.each([
    "来了四十户 先不讲了",
    "农户说这先不弄了 等开春",
    "在茶棚村教修剪",
  ])("an answer stays one: %s", (text) => {
    expect(heard("chen-kp", text, guided)).not.toBe("取消");
  });
});

describe("the findings set aside there, then 定稿 (approval-request.ts INSIST)", () => {
  it.each([
    "没核实的先搁那儿 直接定稿",
    "核实的那几处先搁一边 定稿",
    "核实的先放那儿 定了吧",
    "待核实的先放一边 直接定稿",
  ])("%s", (text) => {
    expect(heard("zhou-ju", text, nothing)).toMatch(/^仍要定稿/);
  });
  it.each(["稿子先搁那儿 我明天看", "定稿"])("not: %s", (text) => {
    expect(heard("zhou-ju", text, nothing)).not.toMatch(/^仍要定稿/);
  });
});

describe("a word of address before whether a day is worked (workday-asked.ts)", () => {
  it.each([
    ["老表 礼拜六是不是得来局里补班", /^上班吗 /],
    ["老庚 这礼拜六要不要去单位", /^上班吗 /],
    ["兄弟，周六上班不", /^上班吗 /],
    ["老铁 元旦放几天", /^上班吗 元旦/],
    ["请问 这周日要补班吗", /^上班吗 /],
  ])("%s", (text, want) => {
    expect(heard("sun-tp", text, nothing)).toMatch(want);
  });
  it.each([
    "老張 礼拜六要不要来局里",
    "老王礼拜六上班吗",
    "老表 我礼拜六补班",
  ])("someone else, or said, is no question of one's day: %s", (text) => {
    expect(heard("sun-tp", text, nothing)).not.toMatch(/^上班吗/);
  });
});

describe("头稿 is the first version, as 头一稿 is (leader-request.ts versionsOf)", () => {
  it.each([
    ["把头稿跟第三稿对比一下 看改了哪样", "对比 1 3"],
    ["头稿和二稿比一比", "对比 1 2"],
    ["頭稿跟第四稿對比一下", "对比 1 4"],
  ])("%s", (text, want) => {
    expect(heard("zhou-ju", text, nothing)).toBe(want);
  });
  it("头版 (the front page) is no version", () => {
    expect(heard("zhou-ju", "把头版跟第三稿对比一下", nothing)).not.toBe("对比 1 3");
  });
});
