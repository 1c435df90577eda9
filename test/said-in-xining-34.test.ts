import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import { selfAsMe } from "../src/conversation/staff-questions.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Classes missed at first sight by intent34's i34b (青海西宁-flavoured Mandarin), written after the blind73 / i34a fixes —
 * docs/understanding.md 第三十四轮 intent34. Each class in other words than the corpus's, the rules alone.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const nameOf = (who: string) => t.app.services.org.people.find((p) => p.id === who)!.name;
const said = (who: string, text: string) => {
  const got = classifyIntent(selfAsMe(text, nameOf(who)), intentContextFor(t.app, who, { guess: null }));
  if (got.kind === "command") return got.text;
  if (got.kind === "answer") return got.answer;
  return got.kind;
};

describe("西北 今个 / 明个 (今天 / 明天)", () => {
  it("a trip still ahead said with 明个 is asked, never stored", () => {
    expect(said("chen-kp", "明个到互助去4个村发资料")).not.toBe("report");
    expect(said("sun-tp", "明个后晌要到湟源去2个合作社")).not.toBe("report");
  });
  it("work done 今个 is a report; 今个礼拜 stays this week", () => {
    expect(said("sun-tp", "今个到湟源去了2个合作社 讲了青稞种植")).toBe("report");
    expect(said("chen-kp", "我今个礼拜报了些啥")).toMatch(/^我的填报/);
  });
});

describe("西宁 俩 closing a clause after a verb (不改俩、核完俩: 了)", () => {
  it.each([
    ["li-rd", "第4条不改俩", "放弃修改 4"],
    ["he-gq", "3号嫑改俩 还用原来的", "放弃修改 3"],
  ])("%s: 「%s」 → %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });
  it("two people stay two (他们俩、哥俩): a report", () => {
    expect(said("sun-tp", "我们俩今天跑了3个村 发了种子200斤")).toBe("report");
  });
});

describe("西北 V给下 (查给下: 查一下), 阿些 / 致个 (哪些 / 这个)", () => {
  it("a lookup said 查给下 asks the count (查数), never a report", () => {
    expect(said("zhou-ju", "查给下 今年高企新认定了好多家")).toMatch(/^查数/);
  });
  it.each(["这个软件阿些功能都有", "致个机器人有些啥功能", "你阿些本事都有"])("「%s」 → 帮助", (text) => {
    expect(said("xu-dj", text)).toBe("帮助");
  });
  it("near misses: 一致 and 阿里巴巴 are no 这 / 哪", () => {
    expect(said("he-gq", "两家企业跟阿里巴巴签了合作协议 金额300万")).toBe("report");
    expect(said("li-rd", "专家意见一致个个都说好 项目通过了中期评估")).toBe("report");
  });
});

describe("a leader asking whether the draft still has problems, with a look beside it", () => {
  it.each(["稿子还有啥毛病没 我瞅瞅", "总结还有没有问题 我看下"])("「%s」 → 待核实", (text) => {
    expect(said("lin-fen", text)).toBe("待核实");
  });
  it("near miss: the draft asked to be shown is 查看草稿", () => {
    expect(said("lin-fen", "稿子发我看下")).toMatch(/^查看草稿/);
  });
});

describe("系统 is no Cantonese 系 (这个系统有啥功能: 这个是统)", () => {
  it("the bot named 这个系统 is asked what it can do (帮助)", () => {
    expect(said("xu-dj", "这个系统有啥功能")).toBe("帮助");
  });
  it("Cantonese 呢个系 / 都系 still read as 是; 都系统梳理 keeps its 系统", () => {
    expect(intentText("呢个系人才嗰边嘅").norm).toContain("这个是人才");
    expect(intentText("都系开会").norm).toBe("都是开会");
    expect(intentText("都系统梳理了一遍").norm).toContain("系统");
  });
});
