import { describe, expect, it } from "vitest";
import { findFigures } from "../src/domain/figures.js";
import { cardFigure } from "../src/conversation/render-update.js";
import { labelWithTopic } from "../src/conversation/card-label-topic.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";

/** draft50: each class of the round's rules (county 应急管理局 speech, 湘西南), with sentences each rule must leave alone. */
const day = "2026-12-05";
const work = (s: string) => writtenAmounts(cleanChat(s, day));
const problem = (s: string) => problemText(s, day);
const plan = (s: string) => planSentence(s, day);
const card = (s: string) => findFigures(s).map((f) => cardFigure(f.figure, day));

describe("draft50: a topic before a verb that has its own object keeps the topic", () => {
  it.each([
    ["危化品这块 查了企业二十三家", ["危化品", "检查企业23家"]],
    ["尾矿库那块，排查了隐患十一处", ["尾矿库", "隐患11处"]],
    ["烟花爆竹这块 关了两个仓库", ["烟花爆竹", "2个仓库"]],
    ["油茶这块 种了新品种三百亩", ["油茶", "300亩"]],
  ])("%s keeps its topic", (said, keep) => {
    const w = work(said);
    for (const k of keep) expect(w).toContain(k);
    expect(w).not.toMatch(/这块|那块/u);
  });

  it("a whole county before the verb joins the topic as the verb's object", () => {
    expect(work("防汛演练这块 全县搞了六十多场")).toContain("全县开展防汛演练60多场");
  });

  it("leaves alone a topic the verb's count already joins, and a speaker's tag", () => {
    expect(work("科技特派员这块，今年选派了十二个")).toContain("选派科技特派员12");
    expect(work("我们这边 查了企业二十家")).not.toContain("我们");
  });
});

describe("draft50: a feeling with no problem named is no problem", () => {
  it.each([
    "心里没底",
    "压力蛮大",
    "说实话 汛期一来心里没底",
    "心里慌得很",
    "头疼得很",
  ])("%s → nothing", (said) => {
    expect(problem(said)).toBe("");
  });

  it.each([
    ["资金压力蛮大", "资金压力"],
    ["群众心里没底，不愿意搬", "群众"],
    ["值班人员压力大，人手不够", "值班人员"],
  ])("keeps a feeling said of someone or something: %s", (said, keep) => {
    expect(problem(said)).toContain(keep);
  });
});

describe("draft50: a degree word after a negation is not turned round", () => {
  it.each([
    ["进度不太慢，但是资金跟不上", "不偏慢"],
    ["覆盖率不太低", "不偏低"],
    ["效果并不太差", "不偏差"],
  ])("%s has no %s", (said, bad) => {
    expect(problem(said)).not.toContain(bad);
  });

  it("still writes 太慢 as 偏慢 with no negation", () => {
    expect(problem("搬迁进度太慢")).toContain("偏慢");
  });
});

describe("draft50: card labels say what was counted, without the chat around it", () => {
  it("a count of people at one event names the event, not 又在…一场", () => {
    const l = card("又在石板村培训一场，30人");
    expect(l.join("")).not.toMatch(/又在|一场/u);
    expect(l.join("")).toContain("石板村培训");
  });

  it("the draft writes the same event with where it was held and who took part", () => {
    expect(work("又在石板村培训一场，30人")).toBe("在石板村开展培训1场，参训30人");
    expect(work("再去龙潭镇宣讲一次 50多人")).toContain("在龙潭镇开展宣讲1次，参加50多人");
  });

  it("households who came took part", () => {
    expect(card("避险转移演练 来了40多户")).toContain("参加户数 40多户");
  });

  it("a whole county before the count takes the topic, and 湘西南 哒 is written 了", () => {
    expect(labelWithTopic("全县", "消防演练")).toBe("全县消防演练");
    expect(labelWithTopic("全县", undefined)).toBe("全县");
    expect(card("有十几个村的喇叭坏哒").join("")).not.toContain("哒");
  });

  it("leaves alone a label with no such chat", () => {
    expect(card("在柳河村举办培训2期")).toContain("在柳河村举办培训 2期");
  });
});

describe("draft50: 湘西南 words in the draft", () => {
  it.each([
    ["汛期转移群众两千三百来人 冇得一个伤亡", "冇得", "未发生人员伤亡"],
    ["应急物资仓库建好哒", "哒", "建成"],
    ["今年冇得发生较大以上安全事故", "冇得", "未发生较大以上安全事故"],
    ["安全生产月咯 发了宣传单两万多份", "咯", "安全生产月"],
  ])("%s", (said, bad, want) => {
    const w = work(said);
    expect(w).not.toContain(bad);
    expect(w).toContain(want);
  });

  it.each([
    ["应急广播有二十几个村喇叭坏哒 还冇修", "尚未修复"],
    ["么子事都要应急局兜底", "各类"],
  ])("problem %s", (said, want) => {
    expect(problem(said)).toContain(want);
  });
});

describe("draft50: 应急 work said the way staff talk", () => {
  it.each([
    ["非煤矿山那块 关了两个小矿", "关闭2个小矿"],
    ["防汛物资 冲锋舟添了四艘", "冲锋舟添置4艘"],
    ["网格员配了二百一十个", "配备网格员210人"],
    ["应急广播装了九十个村", "应急广播安装覆盖90个村"],
    ["防溺水宣传进了学校十二所", "走进学校12所"],
    ["隐患排查出来三百多条", "排查出隐患300多条"],
    ["执法检查查了企业八十家 罚了款六万", "执法检查企业80家，罚款6万元"],
    ["巡河巡了一百多趟", "巡河100多次"],
  ])("%s → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });

  it.each([
    ["开了3个会", "开了"],
    ["检查了企业20家", "检查企业20家"],
  ])("leaves alone %s", (said, want) => {
    expect(work(said)).toContain(want);
  });

  it.each([
    ["明年把剩下的二十几个村的喇叭都装好", "全部安装到位"],
    ["明年消防演练每个村至少搞一场", "开展"],
    ["下一步尾矿库这块还要盯紧点", "进一步加强尾矿库监管"],
    ["继续抓隐患排查", "继续抓好隐患排查"],
    ["明年多下去查几趟工地", "增加工地检查频次"],
    ["明年防灾减灾日要搞得更热闹些", "进一步提升防灾减灾日活动影响力"],
  ])("plan %s → %s", (said, want) => {
    expect(plan(said)).toContain(want);
  });

  it.each([
    ["基层力量还是薄弱", "仍然薄弱"],
    ["懂危化品的专业人员没有几个", "较少"],
    ["人手根本不够", "严重不足"],
    ["有的企业主安全意识蛮差", "较差"],
  ])("problem %s → %s", (said, want) => {
    expect(problem(said)).toContain(want);
  });
});
