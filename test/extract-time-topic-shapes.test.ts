import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round eight's classes from 35-qingshan (docs/extraction.md, 第八轮), each on wording of its own:
 * a half of the year said as it begins, months in words, 「再」 before a deadline's verb, what is left
 * with its deadline, enforcement on bad goods, a bare comment on the piece before it, a new place as
 * the next piece's subject, and money and drafts counted without their usual word.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const run = (text: string, today = "2026-12-09") => extractUpdate(text, org, { today });
const kinds = (text: string, today?: string) => (run(text, today).clauses ?? []).map((c) => [c.kind, c.text]);
const figures = (text: string, today?: string) =>
  run(text, today).figures.map((f) => `${f.value}${f.unit}:${f.kind ?? "achieved"}`);

describe("time said against the day the message was sent", () => {
  it("下半年 said in July with nothing done is ahead; with 了 it is the half's work", () => {
    expect(kinds("今年上半年办了农机培训班6期，下半年再办4期", "2026-07-10")).toEqual([
      ["done", "今年上半年办了农机培训班6期"],
      ["plan", "下半年再办4期"],
    ]);
    expect(figures("今年上半年办了农机培训班6期，下半年再办4期", "2026-07-10")).toEqual([
      "6期:achieved",
      "4期:target",
    ]);
    expect(kinds("下半年重点抓好秸秆禁烧", "2026-07-03")[0]?.[0]).toBe("plan");
    expect(kinds("下半年开局就签了2个项目", "2026-07-15")[0]?.[0]).toBe("done");
  });

  it("a month in words is read like one in digits", () => {
    const text = "九月份到十月份共举办电商培训9场，十二月份再到石门乡办1场";
    expect(kinds(text, "2026-11-30")).toEqual([
      ["done", "九月份到十月份共举办电商培训9场"],
      ["plan", "十二月份再到石门乡办1场"],
    ]);
    expect(figures(text, "2026-11-30")).toEqual(["9场:achieved", "1场:target"]);
    expect(kinds("一月份开始试运行")[0]?.[0]).toBe("plan");
    // 一个月, 三个月 are lengths, not January or March; 不错, 不少 are praise, not a problem.
    expect(kinds("试点三个月，效果不错")).toEqual([["done", "试点三个月，效果不错"]]);
    expect(kinds("三月份办了招聘会，来的人不少")[0]?.[0]).toBe("done");
  });

  it("再完成 before a deadline is still to do; 完成了 before a past one is done", () => {
    expect(kinds("年底前再完成摸底调查300户", "2026-08-20")[0]?.[0]).toBe("plan");
    expect(figures("年底前再完成摸底调查300户", "2026-08-20")).toEqual(["300户:target"]);
    expect(kinds("十月底前完成了验收", "2026-12-05")[0]?.[0]).toBe("done");
  });

  it("what is left, with when it will be done, is a plan", () => {
    expect(kinds("完成老旧小区改造9个，还剩2个春节前完工")).toEqual([
      ["done", "完成老旧小区改造9个"],
      ["plan", "还剩2个春节前完工"],
    ]);
    expect(figures("完成老旧小区改造9个，还剩2个春节前完工")).toEqual(["9个:achieved", "2个:target"]);
    // Left with no time for it is still what is left over.
    expect(kinds("完成老旧小区改造9个，还剩2个")[1]?.[0]).toBe("problem");
  });
});

describe("work done and problems by the shape of the sentence", () => {
  it("seizing, confiscating or recalling bad goods is enforcement done", () => {
    expect(kinds("开展校园周边文具专项检查，查扣不合格文具460件")).toEqual([
      ["done", "开展校园周边文具专项检查，查扣不合格文具460件"],
    ]);
    expect(figures("开展校园周边文具专项检查，查扣不合格文具460件")).toEqual(["460件:achieved"]);
    expect(kinds("没收过期药品35盒，下架不合格童装80件")[0]?.[0]).toBe("done");
    // Still bad goods on the shelves is a problem.
    expect(kinds("有的小超市不合格食品还在卖")[0]?.[0]).toBe("problem");
  });

  it("a bare comment makes a target or a state before it the problem's topic; a count of work done stands", () => {
    expect(kinds("全年签约项目3个，引资任务是5个亿，压力很大")).toEqual([
      ["done", "全年签约项目3个"],
      ["problem", "引资任务是5个亿，压力很大"],
    ]);
    expect(figures("全年签约项目3个，引资任务是5个亿，压力很大")).toEqual([
      "3个:achieved",
      "500000000元:problem",
    ]);
    expect(kinds("举办农技培训5期，乡镇农技员平均年龄五十六岁，青黄不接")).toEqual([
      ["done", "举办农技培训5期"],
      ["problem", "乡镇农技员平均年龄五十六岁，青黄不接"],
    ]);
    expect(kinds("完成职业技能培训90人，推荐上岗35人，稳定性差")).toEqual([
      ["done", "完成职业技能培训90人，推荐上岗35人"],
      ["problem", "稳定性差"],
    ]);
    expect(kinds("县剧团下乡演出40场，观众2万人次，后继乏人")).toEqual([
      ["done", "县剧团下乡演出40场，观众2万人次"],
      ["problem", "后继乏人"],
    ]);
  });

  it("a place named as the next piece's subject does not pull the work before it into its problem", () => {
    expect(kinds("全县发放宣传册3000份，石桥村卫生室只有1名村医")).toEqual([
      ["done", "全县发放宣传册3000份"],
      ["problem", "石桥村卫生室只有1名村医"],
    ]);
    // A stock said first is still the topic of the problem after it.
    expect(kinds("辖区内老旧电梯60多部，安全隐患大")).toEqual([
      ["problem", "辖区内老旧电梯60多部，安全隐患大"],
    ]);
  });
});

describe("figures", () => {
  it("增收 with no 元 is money; drafts are counted in 稿", () => {
    expect(figures("养殖户户均增收两千出头")).toEqual(["2000元:achieved"]);
    expect(figures("实施方案前后改了4稿")).toEqual(["4稿:achieved"]);
  });
});
