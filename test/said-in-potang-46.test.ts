import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind98 (坡塘县, 粤西湛江) and i46a (驻马店), read by the rules alone (no learned guess):
 * docs/understanding.md 第四十六轮 intent46. The lines are written for the test, in several regions' words, plain
 * Mandarin and Traditional characters, not taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read } = rulesReading(t);
const command = (who: string, text: string) => {
  const got = read(who, text);
  return got.kind === "command" ? got.text.replace(/\s+/g, " ") : got.kind;
};

describe("a leader's 小结 of a period the bot drafts is 生成总结 for it (summary-brief-said.ts)", () => {
  it.each([
    ["zhou-ju", "年中啦 上半年嗰份小结出一份先", "生成总结 上半年"],
    ["zhou-ju", "年都过半了 先把上半年的弄个小结出来", "生成总结 上半年"],
    ["lin-fen", "上半年的小结先出一个", "生成总结 上半年"],
    ["lin-fen", "上半年小結弄一份出來", "生成总结 上半年"],
    ["zhou-ju", "年中了 上半年的小结整一个", "生成总结 上半年"],
    ["lin-fen", "今年的小结先出一版", "生成总结 今年"],
  ])("%s: %s", (who, text, want) => {
    expect(command(who, text)).toBe(want);
  });
  it.each([
    ["zhou-ju", "把这次调研弄个小结出来"],
    ["lin-fen", "培训小结整一个出来"],
  ])("a 小结 of one piece of work is no summary drafted: %s: %s", (who, text) => {
    expect(command(who, text)).not.toMatch(/^生成总结/);
  });
  it.each([
    ["chen-kp", "上半年科普活动的小结写好了 报给市局了"],
    ["xu-dj", "上半年党建工作小结弄好了 交给组织部了"],
  ])("one's own 小结 said done stays a report: %s: %s", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });
});

describe("whether anyone reported a matter, asked at the end, is 查数 (material-question.ts REPORTED_ASKED)", () => {
  it.each([
    ["lin-fen", "红树林补种嘅面积 有冇人报过", "红树林"],
    ["lin-fen", "高标准农田建了多少亩 有人报过没", "高标准农田"],
    ["zhou-ju", "技术合同成交额有没有人报过", "技术合同"],
    ["zhou-ju", "滁菊种植面积谁报过", "滁菊"],
    ["lin-fen", "科普讲座的场次 报上来了没有", "科普讲座"],
    ["zhou-ju", "花生今年种了多少亩 有人報過沒", "花生"],
  ])("%s: %s", (who, text, thing) => {
    const got = command(who, text);
    expect(got).toMatch(/^查数 /);
    expect(got).toContain(thing);
  });
  it.each([
    ["lin-fen", "这周谁还没报", "进度"],
    ["lin-fen", "赵丽报过没有", "查看填报 赵丽"],
  ])("who has reported stays as it was: %s: %s", (who, text, want) => {
    expect(command(who, text)).toBe(want);
  });
  it("a report on 高标准农田 is still a report", () => {
    expect(read("sun-tp", "今天去高标准农田项目区看了小麦出苗 跑了六个村").kind).toBe("report");
  });
});

describe("what the bot sees, asked with V了没 or V唔V or 看见/看着 (staff-questions.ts)", () => {
  it.each([
    ["he-gq", "我同人哋嘅私信你睇唔睇到"],
    ["xu-dj", "看到我私聊了没"],
    ["sun-tp", "你能瞅着我跟别人唠的私信不"],
    ["chen-kp", "我跟同事私聊的你看得到吗"],
    ["li-rd", "你能看见俺的私信不"],
    ["zhao-zh", "我私聊別人的內容你看得到嗎"],
    ["xu-dj", "群里说的你收得到不"],
    ["he-gq", "你看得见我跟别人聊天不"],
  ])("%s: %s", (who, text) => {
    expect(command(who, text)).toMatch(/^帮助/);
  });
  it.each([
    ["li-rd", "私信我看到了 谢谢"],
    ["chen-kp", "今天看到了没见过的品种"],
    ["sun-tp", "看到村里的大棚都修好了 放心了"],
  ])("not asked of the bot: %s: %s", (who, text) => {
    expect(command(who, text)).not.toMatch(/^帮助/);
  });
});

describe("the whole week spent on something else, one's own area with nothing new: 本周无进展 (week-nothing.ts)", () => {
  it.each([
    // 王志强 has two sections: the one named (办公室) is the one with nothing new (dlg46, week-nothing-named.ts).
    ["wang-ban", "成个礼拜都系防台风值班 办公室嘅嘢冇乜进展", "本周无进展 综合管理与安全生产"],
    ["wang-ban", "一个礼拜都在防汛值班 办公室的事没啥进展", "本周无进展 综合管理与安全生产"],
    ["xu-dj", "整个礼拜都是迎检 支部的事没什么进展", "本周无进展"],
    ["he-gq", "整個星期都在開會 手頭上沒啥進展", "本周无进展"],
  ])("%s: %s", (who, text, want) => {
    expect(command(who, text)).toBe(want);
  });
  it.each([
    ["chen-kp", "整个礼拜都在下乡 跑了六个村 讲了三场"],
    ["li-rd", "一个礼拜都在跑项目 两个项目过了初审"],
  ])("work done that week stays a report: %s: %s", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });
});

describe("an update named by its words after 那条 is withdrawn or changed (content-after-ref.ts)", () => {
  it.each([
    ["sun-tp", "将嗰条菠萝嘅删咗 数唔啱", "撤回"],
    ["sun-tp", "把那条养牛的删了 数不对", "撤回"],
    ["chen-kp", "把那条小米的删了", "撤回"],
    ["li-rd", "那条讲座的撤了吧 报重了", "撤回"],
    ["he-gq", "把那條芝麻的刪了", "撤回"],
    ["zhao-zh", "这条专利的不要了", "撤回"],
    ["chen-kp", "那条讲座的人数写错了 应该是三百人", "修改"],
  ])("%s: %s", (who, text, verb) => {
    const got = read(who, text, 3);
    expect(got.kind === "command" ? got.command : got.kind).toBe(verb);
    expect(got.kind === "command" ? got.text : "").toMatch(/content:/);
  });
  it.each([
    ["sun-tp", "那条路的路灯今天装好了 一共二十盏"],
    ["li-rd", "那条消息的意思是明天开会"],
    ["sun-tp", "那条渠的清淤今年弄完了 三公里"],
  ])("no update's words, nothing withdrawn: %s: %s", (who, text) => {
    expect(command(who, text)).not.toMatch(/撤回/);
  });
});

describe("what one says, tidied by the bot into one item, is 填报 (guided-request.ts SAID_TIDIED)", () => {
  it.each([
    ["chen-kp", "我口头港 你帮我理成一条"],
    ["chen-kp", "俺嘴上说 你帮俺捋成一条"],
    ["zhao-zh", "我口述一下 你帮我归纳成一条填报"],
    ["li-rd", "我说几句 你给我整理成一条"],
    ["he-gq", "我口頭講 你幫我整理成一條"],
    ["sun-tp", "我讲 你帮我弄成一条"],
  ])("%s: %s", (who, text) => {
    expect(command(who, text)).toBe("填报");
  });
  it.each([
    ["li-rd", "帮企业把三份材料整理成一份申报书"],
    ["chen-kp", "我讲了两场课 帮村里整理成一本手册"],
  ])("work for others stays a report: %s: %s", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });
});

describe("whether the office is open that day is 上班吗 (workday-asked.ts)", () => {
  it.each([
    ["zhao-zh", "礼拜六局里开唔开门", "礼拜六"],
    ["wang-ban", "周日单位开不开门", "周日"],
    ["he-gq", "礼拜六局里开不开门啊", "礼拜六"],
  ])("%s: %s", (who, text, day) => {
    const got = command(who, text);
    expect(got).toMatch(/^上班吗 /);
    expect(got).toContain(day);
  });
  it("a key to the office door is talk", () => {
    expect(command("li-rd", "局里开门的钥匙在老王那")).not.toMatch(/^上班吗/);
  });
});

describe("今次/今回 (粤、闽: this time) before a yes is a yes (intent-lexicon.ts YES)", () => {
  const { heard } = rulesReading(t);
  const onEdit = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    ["li-rd", "今次啱喇"],
    ["li-rd", "今次对了"],
    ["sun-tp", "今回冇问题"],
  ])("%s: %s", (who, text) => {
    expect(heard(who, text, onEdit)).toBe("yes");
  });
  it("still wrong this time is no yes", () => {
    expect(heard("chen-kp", "今次仲係唔啱", onEdit)).not.toBe("yes");
  });
});
