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
    ["wang-ban", "成个礼拜都系防台风值班 办公室嘅嘢冇乜进展"],
    ["wang-ban", "一个礼拜都在防汛值班 办公室的事没啥进展"],
    ["xu-dj", "整个礼拜都是迎检 支部的事没什么进展"],
    ["he-gq", "整個星期都在開會 手頭上沒啥進展"],
  ])("%s: %s", (who, text) => {
    expect(command(who, text)).toBe("本周无进展");
  });
  it.each([
    ["chen-kp", "整个礼拜都在下乡 跑了六个村 讲了三场"],
    ["li-rd", "一个礼拜都在跑项目 两个项目过了初审"],
  ])("work done that week stays a report: %s: %s", (who, text) => {
    expect(read(who, text).kind).toBe("report");
  });
});
