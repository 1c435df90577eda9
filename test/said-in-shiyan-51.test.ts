import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind104 (丹郧县, 湖北十堰) and by intent51's check batch i51a, read by the rules alone (no learned
 * guess): docs/understanding.md 第五十一轮 intent51. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("which listed draft: a place in the list or when sent, then what it was about (which-draft-answer.ts)", () => {
  const listed = {
    awaiting: "which-draft",
    justAsked: true,
    pendingDrafts: 2,
    draftNumbers: [6, 7],
  } as const;
  it.each([
    ["前面那个玉米的", 6],
    ["前边那条 奶牛的", 6],
    ["上面那个", 6],
    ["上头那条 水稻的", 6],
    ["下面那条 水稻的", 7],
    ["后头那个 黑木耳的", 7],
    ["晚报的那条 黑木耳的", 7],
    ["后发的那个 大豆的", 7],
    ["先發的那條 玉米的", 6],
  ])("%s → #%i", (text, n) => {
    expect(heard("sun-tp", text, listed)).toBe(`number ${n}`);
  });
  it.each([
    "前面那个不要",
    "上面那条先别存",
    "后边那个删了吧",
    "下面那个再改改",
  ])("not a pick with a topic: %s", (text) => {
    expect(heard("sun-tp", text, listed)).not.toMatch(/^number/);
  });
});

describe("the weekly report itself put off to next week (next-week-report.ts)", () => {
  it.each([
    "这两天迎检 忙得团团转 周报挪到下礼拜 到时候提醒我",
    "周报推到下周吧",
    "周报就挪到下个星期 到时候叫我",
  ])("%s", (text) => {
    expect(heard("wang-ban", text)).toBe("下周提醒");
  });
  it.each([
    "周报推到下周五交行不行",
    "周报挪到下周 要不要跟局长说一声",
  ])("not put off (asked, a day named): %s", (text) => {
    expect(heard("wang-ban", text)).not.toBe("下周提醒");
  });
});

describe("a 小结 of months from one to another is the summary of that period (summary-brief-said.ts)", () => {
  it.each([
    ["七月到十二月单独出个小结", "生成总结 下半年"],
    ["7-12月的情况 出个小结", "生成总结 下半年"],
    ["一月到六月 弄个小結", "生成总结 上半年"],
  ])("%s → %s", (text, want) => {
    expect(heard("lin-fen", text)).toBe(want);
  });
  it.each([
    "七月到十二月的培训小结写好了",
    "三月到五月搞的调研小结 发群里了",
  ])("a piece of work's 小结: %s", (text) => {
    expect(heard("lin-fen", text)).not.toMatch(/生成总结/);
  });
});

describe("an office's news of the county's work, forwarded with its count, is a report (not-own-work.ts)", () => {
  it.each([
    "转发 市林草局：今年全市造林四万亩 比去年多两成",
    "转发 县农业农村局：高标准农田第二批资金下来了 一共三百二十万",
    "【转发】县水利局：库区清漂今年打捞了一千二百吨",
  ])("%s", (text) => {
    expect(heard("lin-fen", text)).toBe("report");
  });
  it.each([
    "转发 县政府办：关于做好2026年度目标考核工作的通知",
    "转发 市科技局：请各单位于12月20日前报送年度统计数据",
    "转发 县农业农村局：明年计划新建高标准农田两万亩",
  ])("a notice or a plan stays one: %s", (text) => {
    expect(heard("lin-fen", text)).not.toBe("report");
  });
});

describe("啵 closing the question whether the update just sent was stored (stored-asked.ts)", () => {
  it.each(["刚才那条记上了啵", "上午报的那个存上了啵", "刚发的那条存进去了啵"])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("我的填报");
  });
  it.each(["刚才那条改了啵", "记上了啵 那我走了 明天再报两条"])("not asked of one just sent: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("我的填报");
  });
});

describe("the figure found to match agrees to the card or the change (answer-words.ts)", () => {
  it.each([
    ["对上了", "confirm"],
    ["六十亩 这下对上了", "confirm"],
    ["三十八户 对上了", "edit-confirm"],
    ["数都对上号了", "edit-confirm"],
    ["對得上", "confirm"],
  ] as const)("%s (%s)", (text, awaiting) => {
    expect(heard("sun-tp", text, { awaiting, justAsked: true, pendingDrafts: 1 })).toBe("yes");
  });
  it.each(["对不上", "还是对不上 差两户"])("not matched: %s", (text) => {
    expect(heard("sun-tp", text, { awaiting: "confirm", justAsked: true, pendingDrafts: 1 })).not.toBe("yes");
  });
});

describe("only fillers, a pointing one among them, is cut off — asked what is meant (vague-message.ts)", () => {
  it.each(["嗯嗯 那个 嗯", "那个 那个 嗯", "呃呃 然后 那个", "嗯 就是说"])("%s", (text) => {
    expect(heard("zhao-zh", text)).toBe("unclear");
  });
  it.each(["嗯嗯", "嗯嗯 好", "嗯 那个 今天在观山村教了十户种香菇"])("not fillers only: %s", (text) => {
    expect(heard("zhao-zh", text)).not.toBe("unclear");
  });
});

describe("called away by illness or a hospital gives the guided questions up (guided-put-off.ts)", () => {
  const guided = { awaiting: "guided", justAsked: true, pendingDrafts: 0 } as const;
  it.each([
    "孩子发烧了 得去医院 回来再整",
    "娃病了 要去趟医院 回头再填",
    "老人住院了 我得赶过去 回来再报",
  ])("%s", (text) => {
    expect(heard("chen-kp", text, guided)).toBe("取消");
  });
  it.each(["等会再报 要开会了", "我先去开个会 回来再填"])("back in a while leaves them open: %s", (text) => {
    expect(heard("chen-kp", text, guided)).not.toBe("取消");
  });
});

describe("an update's edit called by how much it was (改的那一下、那一处) turned down is 放弃修改 (edit-dropped.ts)", () => {
  it.each([
    ["2号改的那一下不要了 还是原先的", "放弃修改 2"],
    ["第4条改的那一处不算 还是用原来的", "放弃修改 4"],
    ["5号改的这一下作废", "放弃修改 5"],
  ])("%s → %s", (text, want) => {
    expect(heard("li-rd", text)).toBe(want);
  });
  it("the update itself dropped stays a withdrawal: 3号那一下不要了", () => {
    expect(heard("li-rd", "3号那一下不要了")).not.toMatch(/放弃修改/);
  });
});

describe("有冇得/有没得/有莫得人报 asks whether anyone reported the matter (material-question.ts)", () => {
  it.each(["黑木耳今年产量有冇得人报", "奶牛存栏有没得人报过", "大豆产量有莫得人报过"])("%s", (text) => {
    expect(heard("lin-fen", text)).toMatch(/^查数/);
  });
  it.each(["有冇得人报 这周的周报", "今年的总结有没得人报"])("not a matter's figure: %s", (text) => {
    expect(heard("lin-fen", text)).not.toMatch(/^查数/);
  });
});
