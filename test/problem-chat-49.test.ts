import { describe, expect, it } from "vitest";
import { problemText } from "../src/drafting/offline-plan.js";

/**
 * draft49 (round-48 leftover: a 存在问题 sentence is never a chat fragment): spoken ways of saying a trouble, each written
 * as a document says it without adding a trouble nobody said — 资金到位太慢了、缺得很、带动不起来、跑不动、难搞得很、
 * 拖后腿、批下来的钱还没到、还没根除、没调处完、没修好、没对清楚; 「问题嘛还是老问题」 leaves no 「嘛」「还，」 behind.
 */
const date = "2026-12-05";
describe("problems said in chat are written as a document says them", () => {
  it.each([
    ["资金到位太慢了", "资金到位偏慢"],
    ["专业技术人员缺得很", "专业技术人员紧缺"],
    ["林下经济规模小 带动不起来", "林下经济规模小，带动作用不强"],
    ["有的乡镇护林员年纪太大了 跑不动", "体力不足"],
    ["油茶低改这块难搞得很", "推进难度较大"],
    ["有两个乡镇拖后腿", "有2个乡镇进度滞后"],
    ["批下来的钱还没到", "已获批资金尚未到位"],
    ["松材线虫疫情还没根除", "松材线虫疫情尚未根除"],
    ["有三个村的林权纠纷没调处完", "林权纠纷尚未调处完毕"],
    ["防火通道还有十几公里没修好", "防火通道还有10余公里尚未建成"],
    ["有两个苗圃的账还没对清楚", "尚未核对清楚"],
  ])("「%s」 → %s", (said, want) => {
    expect(problemText(said, date)).toContain(want);
  });

  it.each([
    ["收割机坏了没修好", "尚未修复"],
  ])("「%s」 keeps its sense (a machine 修复, not 建成): %s", (said, want) => {
    expect(problemText(said, date)).toContain(want);
  });

  it("「问题嘛还是老问题」 leaves no filler or dangling word", () => {
    expect(problemText("问题嘛还是老问题", date)).not.toMatch(/嘛|^还|还，/u);
  });
});
