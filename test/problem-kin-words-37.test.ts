import { describe, expect, it } from "vitest";
import { addresses, unansweredProblems } from "../src/drafting/problem-measures.js";

/**
 * Console trial, round thirty-seven: 「存在问题：科普经费紧张。下一步争取县财政支持」 was flagged 「问题在计划中没有对应
 *措施」 — 紧张 was no shortage word, and money asked for is named as 财政/资金/预算 as often as 经费. A plan that acts on
 * the same kind of thing (money, hands, room) answers the problem; a plan on something else still does not.
 */
describe("a problem answered by a plan naming its thing another way (round thirty-seven)", () => {
  it.each([
    ["科普经费紧张", "争取县财政支持"],
    ["项目配套资金不足", "积极争取上级专项经费"],
    ["实验室运行经费有缺口", "争取将运行费用纳入年度预算"],
    ["人手紧张，一人多岗", "争取增加编制2名"],
    ["基层科技人员短缺", "招引农技人才5名"],
    ["培训场地紧张", "协调乡镇会议室作为培训场所"],
  ])("「%s」 ← 「%s」", (problem, plan) => {
    expect(addresses(plan, problem)).toBe(true);
    expect(unansweredProblems([problem], [plan])).toEqual([]);
  });

  it.each([
    ["科普经费紧张", "办好科技活动周"],
    ["人手紧张", "争取县财政支持"],
    ["培训场地紧张", "争取财政资金20万元"],
  ])("「%s」 is not answered by 「%s」", (problem, plan) => {
    expect(addresses(plan, problem)).toBe(false);
  });
});
