import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { type TalkModel, talkFlip } from "../src/conversation/talk-odds.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { intentContextFor } from "./helpers/intent-context-for.js";

/**
 * Classes the learned models were left to carry alone (docs/understanding.md 第三十三轮 model33): learning a new batch moved
 * them over the models' edges. Lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
/** The rules alone: no learned doubt, guess or second opinion. */
const said = (who: string, text: string) =>
  classifyIntent(text, intentContextFor(t.app, who, { doubt: null, guess: null, talk: null })).kind;

describe("round thirty-three's classes (model33)", () => {
  it.each([
    // Someone else leads a visit still ahead and I go along (陪同、跟着去、陪着): a trip to come, asked, never stored.
    ["he-gq", "后天书记带队下乡调研 我跟着去"],
    ["sun-tp", "明早县领导来检查安全生产 我得陪着"],
    ["he-gq", "明天市科技局专家来考察项目，我要陪同"],
    ["zhao-zh", "明天领导带队去企业搞安全检查 俺要全程陪同"],
    ["li-rd", "局长明天带队去园区调研 我也要跟着去"],
    ["chen-kp", "晚点主任要带省里的人克科技馆 我要陪同哈"],
  ])("%s: 「%s」 is asked about, not stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it.each([
    // Gone along already, or the work done said: a report, as before.
    ["he-gq", "今天局长带队去企业检查，我陪同了"],
    ["li-rd", "上午陪局长带队检查了5家企业"],
    ["zhao-zh", "昨天陪同省厅专家考察了3个项目"],
  ])("%s: 「%s」 is still a report", (who, text) => {
    expect(said(who, text)).toBe("report");
  });

  /** Leans every message far to unclear. */
  const towardUnclear: TalkModel = { prior: 1000, weights: {} };
  it.each([
    "帮我问问办公室调研报告交了没",
    "帮我问问主任明天开不开会",
    "你替我打听下 党建那边的表交上去没有？",
    "麻烦帮我问一下老王 那个材料弄好冇",
  ])("「%s」: a question to pass on to someone is never turned into 「您问的是哪件事？」", (text) => {
    expect(talkFlip({ kind: "smalltalk", topic: "question" }, text, false, towardUnclear)).toEqual({
      kind: "smalltalk",
      topic: "question",
    });
    expect(talkFlip({ kind: "smalltalk", topic: "other" }, text, false, towardUnclear)).toEqual({
      kind: "smalltalk",
      topic: "other",
    });
  });

  it("a question of one's own still may be turned over", () => {
    expect(
      talkFlip({ kind: "smalltalk", topic: "question" }, "那个表交了没", false, towardUnclear),
    ).toMatchObject({
      kind: "unclear",
    });
  });
});
