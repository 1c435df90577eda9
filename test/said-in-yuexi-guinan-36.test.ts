import { describe, expect, it } from "vitest";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 白话 words of 粤西 and 桂南 speech missed by blind78 (雷湾县) and intent36's first-sight batch i36a (南宁/桂南) —
 * docs/understanding.md 第三十六轮 intent36. Each class in other words than the corpus's, the rules alone.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);
type Waiting = "nothing" | "confirm" | "edit-confirm" | "report-or-not" | "which-draft";
const said = (who: string, text: string, awaiting: Waiting = "nothing") =>
  heard(
    who,
    text,
    awaiting === "nothing"
      ? {}
      : awaiting === "which-draft"
        ? { awaiting, justAsked: true, pendingDrafts: 2, draftNumbers: [5, 6] }
        : { awaiting, justAsked: true, pendingDrafts: awaiting === "report-or-not" ? 0 : 1 },
  );
const norm = (text: string) => intentText(text).norm;

describe("未 closing a question after a result, and before a verb of reporting", () => {
  it("交齐未、搞掂未 ask whether it is done (了没)", () => {
    expect(norm("呢个月嘅都交齐未")).toBe("这个月的都交齐了没");
    expect(said("zhou-ju", "上个礼拜大家报齐未")).toBe("进度 上周");
  });
  it("未交、未报 is 没 — and 同我 before the bot's verb is 帮我", () => {
    expect(norm("仲未报嘅同我催一催")).toBe("仲没报的帮我催一催");
    expect(said("lin-fen", "仲未报嘅同我催一催")).toBe("催报");
  });
  it("尚未 and 同我一齐去 stay", () => {
    expect(norm("尚未报送")).toBe("尚未报送");
    expect(norm("同我一齐去")).toBe("同我一起去");
  });
});

describe("咁 (这样、这么), 埋 after a verb, 一次过 (一起)", () => {
  it("就咁 settles a draft or an edit", () => {
    expect(said("zhou-ju", "稿件冇乜问题 就咁定咗佢")).toBe("定稿");
    expect(said("he-gq", "对喇 就咁改", "edit-confirm")).toBe("yes");
  });
  it("咁多 is 这么多", () => {
    expect(norm("咁多人")).toBe("这么多人");
  });
  it("确认埋、删埋 leave the verb; all of a list then", () => {
    expect(said("sun-tp", "两条都要埋", "which-draft")).toBe("all");
    expect(heard("xu-dj", "几条草稿一次过确认埋佢", { pendingDrafts: 2 })).toBe("全部确认");
  });
  it("埋单 stays", () => {
    expect(norm("埋单")).toBe("埋单");
  });
});

describe("parts of the day and half a day off", () => {
  it("下昼、晏昼、朝早、上昼、琴晚、听朝 are read as Mandarin", () => {
    expect(norm("朝早开会 晏昼落乡")).toBe("早上开会 下午落乡");
    expect(norm("琴晚加班 听朝返工")).toBe("昨晚加班 明早上班");
    expect(norm("上昼")).toBe("上午");
  });
  it("半日假 said with the day is leave", () => {
    expect(said("sun-tp", "今日下昼要去医院 请半日假").startsWith("请假")).toBe(true);
  });
});

describe("answers to the bot's question", () => {
  it("a hold-on alone (咪住先、等阵先) before what is still to check holds the card", () => {
    expect(said("he-gq", "咪住先 我再核下个数", "confirm")).toBe("no");
  });
  it("系 opening a clause and 记低/记落 keep it as work", () => {
    expect(norm("系正事 记低佢")).toBe("是正事 记下");
    expect(said("chen-kp", "系正事 记低佢", "report-or-not")).toBe("yes");
    expect(said("chen-kp", "算系做嘢 帮我记落去", "report-or-not")).toBe("yes");
  });
  it("系统、系咪 stay as they were", () => {
    expect(norm("系统又卡咗")).toBe("系统又卡了");
    expect(norm("系咪要交")).toBe("是不是要交");
  });
  it("嗰度 and 边几 are 那里 and 哪几", () => {
    expect(norm("仓库嗰度")).toBe("仓库那里");
    expect(norm("有边几个")).toBe("有哪几个");
  });
});

describe("the original kept said with 照/仍/继续 before the verb (照用原来的、继续用之前那个)", () => {
  it("after the update named and no change wanted, drops its edit", () => {
    expect(said("li-rd", "第5条唔改喇 照用原来嗰个")).toBe("放弃修改 5");
    expect(said("li-rd", "第3条不改了 继续用之前的")).toBe("放弃修改 3");
  });
});

describe("an edit judged right, and the figures said to need another check", () => {
  it("改得啱、改得冇错 to an edit preview is the yes; asked, it is not", () => {
    expect(said("zhao-zh", "改得啱", "edit-confirm")).toBe("yes");
    expect(said("zhao-zh", "呢次改得冇错", "edit-confirm")).toBe("yes");
    expect(said("zhao-zh", "改得对吗", "edit-confirm")).not.toBe("yes");
  });
  it("a wait with the figures still to check holds the card", () => {
    expect(said("he-gq", "等阵先 人数要再对过", "confirm")).toBe("no");
    expect(said("he-gq", "咪住先 金额还得再算", "confirm")).toBe("no");
  });
});

describe("a thing named then only pointed at with 那里 (嗰度), and can't said with 唔到", () => {
  const { read } = rulesReading(t);
  it("糖厂嗰度 alone asks what about it", () => {
    expect(read("li-rd", "糖厂嗰度").kind).toBe("unclear");
    expect(read("li-rd", "县医院那里").kind).toBe("unclear");
  });
  it("V唔到 is can't: a link that will not open is asked about, not talk", () => {
    expect(norm("网页打开唔到")).toBe("网页打开不了");
    expect(read("wang-ban", "嗰个网址打开唔到").kind).toBe("unclear");
  });
});
