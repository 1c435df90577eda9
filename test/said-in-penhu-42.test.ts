import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind89 (湓湖县, 赣北九江) and left by intent42 (i42b, blind90), read by the rules alone (no learned
 * guess): docs/understanding.md 第四十二轮 intent42b. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
const nothing = { awaiting: "nothing" as const, justAsked: false };
const card = { awaiting: "confirm" as const, justAsked: true, pendingDrafts: 1 };
const reportOrNot = { awaiting: "report-or-not" as const, justAsked: true };

describe("the week's reports counted, with a measure word or 的 (material-question.ts, leader-request.ts)", () => {
  it.each([
    ["lin-fen", "这礼拜各科交上来几份了"],
    ["zhou-ju", "各科这周的报上来多少了"],
    ["lin-fen", "这周各个科室交了几份了"],
    ["zhou-ju", "本周报上来几份了"],
    ["lin-fen", "這禮拜各科交上來幾份了"],
    ["zhou-ju", "这个礼拜大伙交上来几篇了？"],
    ["lin-fen", "这星期的收上来多少了"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toMatch(/^进度/);
  });
  it.each([
    ["zhou-ju", "这个月各科报上来几份技术合同"],
    ["lin-fen", "今年高企报上来多少家"],
  ])("a thing of work counted stays a look-up: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toMatch(/^查数/);
  });
});

describe("one's own stuff not moved this week, in 粤 words (week-nothing.ts)", () => {
  it.each([
    ["he-gq", "这礼拜天天陪督查组 自己嘅嘢冇动过"],
    ["sun-tp", "呢个礼拜成日开会 我嘅嘢冇动"],
    ["chen-kp", "这周一直迎检 手头嘅嘢没动过"],
    ["li-rd", "這禮拜天天陪檢查 自己嘅嘢冇動過"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("本周无进展");
  });
  it("things done are still a report", () => {
    expect(heard("he-gq", "这礼拜陪督查组跑了五家企业 自己嘅嘢整好咗三份", nothing)).toBe("report");
  });
});

describe("the reminder moved to next week is 下周提醒 (next-week-report.ts)", () => {
  it.each([
    ["zhao-zh", "这周在外面出差 提醒留到下礼拜"],
    ["sun-tp", "下个礼拜先至提醒我 呢几日喺广州"],
    ["li-rd", "这礼拜下乡 提醒挪到下周吧"],
    ["chen-kp", "在党校学习 下星期才提醒我"],
    ["he-gq", "這週出差 提醒推到下禮拜"],
    ["xu-dj", "催报改到下个星期"],
    ["zhao-zh", "下周再提醒我报 这几天在省里"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("下周提醒");
  });
  it.each([
    ["li-rd", "下礼拜再提醒我去市里开会"],
    ["sun-tp", "提醒留到下礼拜行不行"],
  ])("not the week's reminder paused: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).not.toBe("下周提醒");
  });
});

describe("asked to be asked, with any word for you or none (guided-request.ts)", () => {
  it.each([
    ["sun-tp", "嗯问我答 我说不清楚"],
    ["li-rd", "你问我答吧"],
    ["he-gq", "问我答 我讲不明白"],
    ["chen-kp", "侬问我答好了"],
    ["zhao-zh", "你提问我回答"],
    ["xu-dj", "妳問我答 我寫不來"],
    ["sun-tp", "你问俺答"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("填报");
  });
  it.each([
    ["li-rd", "领导问我答不上来"],
    ["he-gq", "记者问我答了几个问题 在科技馆"],
  ])("someone else's question is no guided filling: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).not.toBe("填报");
  });
});

describe("why it counts, after the yes to 要记为工作填报吗 (answer-more-words.ts)", () => {
  it.each([
    ["he-gq", "算的 是正事"],
    ["sun-tp", "算 是正经事"],
    ["li-rd", "是的 是公事"],
    ["chen-kp", "这个是我们科组织的 要记"],
    ["xu-dj", "我们局牵头办的 要记的"],
    ["zhao-zh", "這個是我們科組織的 要記"],
    ["he-gq", "是我们股搞的活动 算"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, reportOrNot)).toBe("yes");
  });
  it.each([
    ["chen-kp", "不是正事 不用记"],
    ["li-rd", "算了 是我自己的事"],
    ["sun-tp", "这是人家组织的 不用记"],
  ])("a no stays a no: %s: %s", (who, text) => {
    expect(heard(who, text, reportOrNot)).not.toBe("yes");
  });
});

describe("a leader finalising without waiting for the check is 仍要定稿 (approval-request.ts)", () => {
  it.each([
    ["zhou-ju", "莫等了 定稿"],
    ["lin-fen", "核实的事往后放 定稿先"],
    ["lin-fen", "别等了 直接定稿"],
    ["zhou-ju", "核实那几处往后挪 先定稿"],
    ["zhou-ju", "甭等了 定稿吧"],
    ["lin-fen", "核實的事放一放 定稿"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toMatch(/^仍要定稿/);
  });
  it.each([
    ["zhou-ju", "定稿"],
    ["lin-fen", "等了一上午 定稿吧"],
  ])("plain 定稿 still checks first: %s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toMatch(/^定稿/);
  });
});

describe("a new value said with 应该 and no 是 corrects the card (correction-request.ts)", () => {
  it.each([
    ["zhao-zh", "不是2800 应该3800亩"],
    ["sun-tp", "人数不对 应该73个"],
    ["li-rd", "写错了 应该12家"],
    ["he-gq", "唔啱 应该係45人"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, card)).toMatch(/修改/);
  });
  it("应该 of what is yet to do is no correction", () => {
    expect(heard("sun-tp", "今天培训了30人 下礼拜应该还有两场", card)).not.toMatch(/修改/);
  });
});

describe("确认它: the card confirmed with its pronoun (command-rules.ts)", () => {
  it.each([
    ["sun-tp", "这回对了 确认它"],
    ["li-rd", "确认它"],
    ["he-gq", "提交它吧"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toBe("确认");
  });
});

const editText = { awaiting: "edit-text" as const, justAsked: true, pendingDrafts: 1 };
const guided = { awaiting: "guided" as const, justAsked: true };

describe("the edit dropped while its new text is asked for (answer-more-words.ts)", () => {
  it.each([
    ["zhao-zh", "那句莫动了 还是用它本来的说法"],
    ["li-rd", "这条别改了"],
    ["he-gq", "那个甭动了 按原来的"],
    ["sun-tp", "还是用本来的写法"],
    ["chen-kp", "那句莫動了 還是用它本來的說法"],
    ["xu-dj", "它不要动了"],
  ])("%s: %s", (who, text) => {
    // 取消 while the new text is asked for does the same (the edit dropped, the update as it was).
    expect(["放弃修改", "取消"]).toContain(heard(who, text, editText));
  });
  it("a new text is still the text", () => {
    expect(["放弃修改", "取消"]).not.toContain(heard("zhao-zh", "那句改成 登记技术合同15份", editText));
  });
});

describe("a draft passed with 定它 (approval-request.ts)", () => {
  it.each([
    ["zhou-ju", "这一稿蛮好 就定它了"],
    ["lin-fen", "可以 定它吧"],
    ["zhou-ju", "這一稿蠻好 就定它了"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, nothing)).toMatch(/^定稿/);
  });
  it("a time or a plan settled is not the draft", () => {
    expect(heard("lin-fen", "培训时间就定它了", nothing)).not.toMatch(/^定稿/);
  });
});

describe("later, then the guided questions left in so many words (guided-put-off.ts)", () => {
  it.each([
    ["sun-tp", "等下再填 先退出来"],
    ["li-rd", "回头再报 我先退出"],
    ["he-gq", "待会儿再写 先退出去"],
    ["chen-kp", "先退出来"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, guided)).toBe("取消");
  });
  it.each([
    ["sun-tp", "在村里讲完课就撤了"],
    ["li-rd", "等下再填"],
  ])("not given up: %s: %s", (who, text) => {
    expect(heard(who, text, guided)).not.toBe("取消");
  });
});

describe("all the drafts kept at once: 一把存掉, 全确认 after they were looked at (command-rules.ts)", () => {
  const several = { ...nothing, pendingDrafts: 3 };
  it.each([
    ["sun-tp", "OK 三条一把存掉"],
    ["li-rd", "这俩俺都看过了 全确认"],
    ["he-gq", "這倆我都看過了 全確認"],
    ["chen-kp", "这几条我都核过了 一起确认"],
    ["zhao-zh", "几条都存上吧"],
    ["xu-dj", "好 三个一下子确认掉"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, several)).toBe("全部确认");
  });
  it.each([
    ["li-rd", "这俩都看过了 第一条确认"],
    ["sun-tp", "数据都存上了"],
  ])("one of them, or no confirming: %s: %s", (who, text) => {
    expect(heard(who, text, several)).not.toBe("全部确认");
  });
});
