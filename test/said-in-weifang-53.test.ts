import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind106 (鸢河县, 山东潍坊), read by the rules alone (no learned guess): docs/understanding.md
 * 第五十三轮 intent53. The lines are written for the test — 冀鲁、胶辽、中原、西南、客家、东北 and Traditional characters — not
 * taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("a half-year said from its first month on (七月往后半年、7月以后那半年) with a 小结 of it is 生成总结 of that half", () => {
  it.each([
    ["七月往后半年 另起一份小结", "生成总结 下半年"],
    ["今年往后 另起一份总结", "生成总结 今年"],
    ["7月以后那半年 单独出个小结", "生成总结 下半年"],
    ["七月份之后的半年 也弄个小结出来", "生成总结 下半年"],
    ["一月往后半年 先出个小结", "生成总结 上半年"],
  ])("%s", (text, want) => {
    expect(heard("zhou-ju", text)).toBe(want);
  });
  it.each(["七月往后半年 培训小结写好了", "七月往后半年 咱县新认定高企五家"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/^生成总结/u);
  });
});

describe("whether one is still needed in on a day (这周日俺还用来吗、礼拜六我还要来不) is 上班吗 (workday-asked.ts)", () => {
  it.each([
    ["这周日俺还用来吗", /^上班吗/u],
    ["礼拜六我还要来不", /^上班吗 (?:周六|礼拜六)/u],
    ["元旦那天俺用不用来", /^上班吗/u],
    ["這個週六我還用來嗎", /^上班吗/u],
  ])("%s", (text, want) => {
    expect(heard("wang-ban", text)).toMatch(want);
  });
  it.each([
    "这周日俺来局里加了个班 把档案理完了",
    "周六那个会 专家还来不",
    "这个机子周日还用来测土吗",
    "检查组明天是不是要来",
  ])("not: %s", (text) => {
    expect(heard("wang-ban", text)).not.toMatch(/^上班吗/u);
  });
});

describe("to 要记为工作填报吗: the yes and why — the section's key work this year (这是俺们科今年的重点) (answer-more-words.ts)", () => {
  const asked = { awaiting: "report-or-not" as const, justAsked: true, pendingDrafts: 0 };
  it.each([
    "得记 这是俺们科今年的重点",
    "要记 这是我们科的重点工作",
    "算 这是咱们站全年的重点任务",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, asked)).toBe("yes");
  });
  it.each(["不用记 这不是俺们科的重点", "这是俺们科今年的重点吗"])("not: %s", (text) => {
    expect(heard("sun-tp", text, asked)).not.toBe("yes");
  });
});

describe("to an edit's preview: the figure now the same as its source (这回数跟表上一样了) agrees (answer-words.ts AGREES)", () => {
  const preview = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    "这回数跟表上一样了",
    "现在金额和合同上一致了",
    "这下人数跟台账对上了",
    "數跟表上一樣了",
  ])("%s", (text) => {
    expect(heard("li-rd", text, preview)).toBe("yes");
  });
  it.each(["数跟表上还是不一样", "跟表上一样吗"])("not: %s", (text) => {
    expect(heard("li-rd", text, preview)).not.toBe("yes");
  });
});

describe("to the section question: who did or has the matter (系/是…做的、…负责的), then the section named (section-answer.ts)", () => {
  const asked = { awaiting: "section" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    ["sun-tp", "系科技特派员下乡做的 放特派员", "section"],
    ["sun-tp", "这是老刘他们下乡搞的 归特派员", "section"],
    ["he-gq", "是高企那边的人帮着弄的 算高企", "section"],
  ])("%s: %s", (who, text, want) => {
    expect(heard(who, text, asked)).toBe(want);
  });
  it.each([["sun-tp", "今天在岗村教了三十户 放特派员"]])("not: %s: %s", (who, text) => {
    expect(heard(who, text, asked)).not.toBe("section");
  });
});

describe("to a guided question: 今日 (today) and 唔 (not) give the questions up the same (guided-put-off.ts)", () => {
  const guided = { awaiting: "guided" as const, justAsked: true, pendingDrafts: 0 };
  it.each(["领导喊我去开会 今日先唔填了", "今日唔填了", "村里叫我过去 今日先不报了"])("%s", (text) => {
    expect(heard("sun-tp", text, guided)).toBe("取消");
  });
  it.each(["今日在岗村教果农剪秋梢", "今日唔系好忙 去了两个村"])("not: %s", (text) => {
    expect(heard("sun-tp", text, guided)).not.toBe("取消");
  });
});

describe("whether the update just sent was kept, the screen still spinning after it (一直转圈) (stored-asked.ts)", () => {
  it.each([
    "刚才那条黄瓜苗的 到底存进去没有 俺这边一直转圈",
    "上午发的那条油茶的 存上没有 我这手机老在转圈圈",
    "上午发的那条 存上没 页面一直加载不出来",
  ])("%s", (text) => {
    expect(heard("sun-tp", text)).toBe("我的填报");
  });
  it.each(["今天在岗村转圈 看了二十户"])("not: %s", (text) => {
    expect(heard("sun-tp", text)).not.toBe("我的填报");
  });
});

describe("a leader's 定这一稿 with who presses for it said last (县里催着要) (approval-request.ts)", () => {
  it.each([
    ["还有没核的也不管了 就定这一稿 市里催着要", "仍要定稿"],
    ["没核完的不管了 定这一版 领导等着用", "仍要定稿"],
  ])("%s", (text, want) => {
    expect(heard("zhou-ju", text)).toBe(want);
  });
  it.each(["这一稿能定了吗 县里催着要"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/定稿/u);
  });
});

describe("a figure asked and whether anyone reported it up (有没有人报上来) is 查数 (material-question.ts)", () => {
  it.each(["种苗这块今年总共育了多少 有没有人报上来", "脐橙今年一共卖了多少 有人报上来没"])("%s", (text) => {
    expect(heard("lin-fen", text)).toMatch(/^查数/u);
  });
});

describe("while the new text is asked for: 撤销修改 beside a no drops the edit (answer-more-words.ts NO_EDIT)", () => {
  const asked = { awaiting: "edit-text" as const, justAsked: true, pendingDrafts: 1 };
  it.each(["这个不改了 撤销修改", "算了 放弃修改吧"])("%s", (text) => {
    expect(heard("li-rd", text, asked)).toBe("取消");
  });
  it.each(["撤销修改的那条 改成三十户"])("not: %s", (text) => {
    expect(heard("li-rd", text, asked)).not.toBe("取消");
  });
});

describe("which of two listed drafts: the two counted first (两条里头、这两个当中) is no number 2 chosen (which-draft-answer.ts)", () => {
  const which = { awaiting: "which-draft" as const, justAsked: true, pendingDrafts: 2, draftNumbers: [2, 3] };
  it.each([
    ["两条里头晚发的那条", "number 3"],
    ["这两个当中后发的那个", "number 3"],
    ["两个里头最早发的那条", "number 2"],
  ])("%s", (text, want) => {
    expect(heard("sun-tp", text, which)).toBe(want);
  });
  it.each([["两条都要", "all"]])("not: %s", (text, want) => {
    expect(heard("sun-tp", text, which)).toBe(want);
  });
});
