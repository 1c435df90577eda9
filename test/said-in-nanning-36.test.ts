import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { planEdit } from "../src/conversation/edit-update.js";
import { intentContextFor } from "./helpers/intent-context-for.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed on blind79 (南宁白话/平话, docs/understanding.md 第三十六轮 intent36b), the rules alone (no learned
 * guess). The lines here are written for the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said, heard } = rulesReading(t);
const read36 = (who: string, text: string) => {
  const got = classifyIntent(
    text,
    intentContextFor(t.app, who, { guess: null, awaiting: "section", justAsked: true, pendingDrafts: 1 }),
  );
  return got.kind === "answer" && got.answer === "section" ? got.section : got.kind;
};

describe("round thirty-six's 南宁 classes (intent36b)", () => {
  it.each([
    // A document come down from an office above asking for something: a task received, never stored.
    ["zhao-zh", "市科技局又发文 叫报东盟合作嘅情况"],
    ["sun-tp", "区农业农村厅下咗个通知 要我们统计特派员服务情况"],
    ["li-rd", "市里又来文件了 要求报研发投入"],
    // A thing of a thing only pointed at: what is wanted of it is asked.
    ["xu-dj", "申报系统嗰个账号"],
    ["he-gq", "高企认定平台那个密码"],
    // One's own unit or area, taken whole, with nothing new this week: the week marked empty, never stored.
    ["xu-dj", "呢个礼拜都喺度迎检 支部冇乜推进"],
    ["chen-kp", "今个礼拜都喺度搞迎检 科普嗰边冇乜进展"],
  ])("%s: 「%s」 is not stored", (who, text) => {
    expect(said(who, text)).not.toBe("report");
  });

  it.each([
    ["xu-dj", "呢个礼拜都喺度迎检 支部冇乜推进", "本周无进展"],
    // Round forty-six (dlg46): of 王志强's two sections, only the one named (办公室) is marked.
    ["wang-ban", "呢个礼拜成日喺度开会 办公室嘅事冇乜推进", "本周无进展 综合管理与安全生产"],
    ["zhao-zh", "市科技局又发文 叫报东盟合作嘅情况", "unclear"],
    ["xu-dj", "申报系统嗰个账号", "unclear"],
  ])("%s: 「%s」 is %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it.each([
    // The bureau's own document sent, a named matter stalled, and a notice from above acted on stay reports.
    ["zhao-zh", "我局印发通知 要求各乡镇报送科技需求"],
    ["sun-tp", "中药材基地呢个礼拜冇乜进展 地仲未倾掂"],
    ["li-rd", "市里发文件要求报研发投入 已经报上去了 涉及企业12家"],
  ])("%s: 「%s」 stays a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  it.each([
    // 系咁、系咁样、就咁 (就这样), 得 alone (行), 记低/记落去 (记下), 存咗佢 (存了): a yes to what is asked.
    ["li-rd", "系咁样", "edit-confirm"],
    ["he-gq", "改得啱 就咁", "edit-confirm"],
    ["sun-tp", "得 存啦", "confirm"],
    ["wang-ban", "系正经工作 记低佢", "report-or-not"],
    ["he-gq", "记落去 系工作嚟嘅", "report-or-not"],
  ] as const)("%s: 「%s」 to %s is yes", (who, text, awaiting) => {
    expect(heard(who, text, { awaiting, justAsked: true, pendingDrafts: 1 })).toBe("yes");
  });

  it("reads 唔关 and 屋企 (不关、家里) as a no to 要记为工作吗", () => {
    expect(heard("sun-tp", "屋企嘅事嚟 唔关工作", { awaiting: "report-or-not", justAsked: true })).toBe("no");
  });

  it("reads 点用 and 有乜唔同 (怎么用、有什么不同) as the commands they ask", () => {
    expect(said("xu-dj", "呢个点用嘅 有冇教程睇")).toMatch(/^帮助/);
    expect(said("zhou-ju", "第一版同第二版有乜唔同")).toMatch(/^对比 v?1 v?2$/);
  });

  it("reads 后尾嗰个 (最后那个) as the last draft listed", () => {
    const got = heard("he-gq", "后尾嗰个", {
      awaiting: "which-draft",
      justAsked: true,
      pendingDrafts: 2,
      draftNumbers: [5, 6],
    });
    expect(got).toBe("number 6");
  });

  it.each([
    ["zhao-zh", "金额唔啱 要改"],
    ["sun-tp", "面积唔啱 要改下"],
    ["chen-kp", "人数写错了 帮我改一下"],
  ])("%s: 「%s」 to the card is 修改 of it (its new text asked for), not a no", (who, text) => {
    expect(heard(who, text, { awaiting: "confirm", justAsked: true, pendingDrafts: 1 })).toMatch(
      /^\/ref 修改 shown /,
    );
  });

  it("leaves a change the sender will make, and a part said wrong alone, as they were", () => {
    const card = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;
    expect(heard("sun-tp", "地点不对 我再改改", card)).not.toMatch(/修改/);
    expect(heard("sun-tp", "金额不对", card)).toBe("no");
  });

  it("reads 系 before a new value (粤 是) as the value said, when the new text is typed", () => {
    expect(planEdit("签咗技术开发合同 金额35万", "系45万").text).toBe("签咗技术开发合同 金额45万");
  });

  it.each(["存咗佢", "得 存啦"])("reads 「%s」 to a card asked a while ago as keeping it", (text) => {
    expect(heard("sun-tp", text, { awaiting: "confirm", justAsked: false, pendingDrafts: 1 })).toBe("yes");
  });

  it.each([
    ["sun-tp", "头先删咗嗰条要返 我睇错咗", "恢复"],
    ["li-rd", "第4条撤错咗 要返", "恢复 4"],
  ])("%s: 「%s」 (要返: 要回来) is %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it.each([
    // A period command's word, then things pointed at: the subject of a sentence (唔理 不管, 照定 照样定稿).
    ["zhou-ju", "待核实嗰几条唔理住 照定", "仍要定稿"],
    ["lin-fen", "待核实呢几条唔理佢 照定啦", "仍要定稿"],
    // A period typed after the word stays the command.
    ["zhou-ju", "待核实 上半年", "待核实 上半年"],
  ])("%s: 「%s」 is %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it.each([
    "支部嘅",
    "支部嘅嘢",
    "支部的东西",
  ])("reads 「%s」 to 归哪个科室 as 党建 (支部 ends the keyword 党支部)", (text) => {
    expect(heard("wang-ban", text, { awaiting: "section", justAsked: true, pendingDrafts: 1 })).toBe(
      "section",
    );
    const got = read36("wang-ban", text);
    expect(got).toBe("party");
  });
});
