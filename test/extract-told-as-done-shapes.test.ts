import { describe, expect, it } from "vitest";
import { plainDialect } from "../src/domain/dialect-words.js";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round sixteen's class (docs/extraction.md, 第十六轮, ext16): what kind a clause is and what kind
 * its figures are, read by meaning — on wording of its own (none of these sentences is in the
 * corpus), with the near misses that must stay as they were.
 */
const DAY = "2026-12-01";
const kinds = (text: string, today = DAY) => (run(text, today).clauses ?? []).map((c) => c.kind);
const figs = (text: string, today = DAY) => run(text, today).figures.map((f) => [f.raw, f.unit, f.kind]);

describe("a plan word inside what is told as done", () => {
  it("reads a plan word that only says which thing by what became of it", () => {
    expect(kinds("原计划下个月搞的消防演练，这周三提前搞完了")).toEqual(["done"]);
    expect(kinds("镇里要求春节前修好的3座便民桥，上周全部通车了")).toEqual(["done"]);
    expect(figs("年初安排的12个民生项目已经全部交付了")).toEqual([["12个", "个", "achieved"]]);
    // Near misses: a plan whose object has an attribute is still a plan.
    expect(kinds("下个月请专家来讲讲新修订的食品安全法")).toEqual(["plan"]);
    expect(kinds("明年要招3名懂电商的年轻人")).toEqual(["plan"]);
  });

  it("reads 下一步就 between work told done as then, and a concession as the turn to a problem", () => {
    expect(kinds("上周先把名单核了一遍，接着就挨个打电话回访，一共回访了230户")).toEqual(["done"]);
    expect(kinds("下一步挨家挨户上门核对")).toEqual(["plan"]);
    expect(kinds("查是查了，没几天又在路边摆起来了")).toEqual(["problem"]);
  });

  it("keeps a quota apart from the count done against it, but not from progress told without one", () => {
    expect(kinds("全年计划发展会员800人，已经发展了846人")).toEqual(["plan", "done"]);
    expect(kinds("今年农村公路建设任务26公里，施工单位都进场了")).toEqual(["done"]);
    expect(figs("城镇新增就业完成年度目标的108%")).toEqual([["108%", "%", "achieved"]]);
    expect(figs("全县粮食产量高出省里下达目标1.2万吨")).toEqual([["1.2万吨", "吨", "achieved"]]);
  });
});

describe("problems said without problem words, and norms", () => {
  it("reads a norm as no plan, and the shortfall after it as a problem; its numbers are no figures", () => {
    expect(kinds("按规定每个村要配两名护林员，我们有9个村只配了1个")).toEqual(["problem"]);
    expect(figs("按标准每百名学生要配5名老师，我们才3名")).toEqual([["3名", "名", "problem"]]);
    // Work done as required is no norm.
    expect(kinds("按要求开展了安全生产大检查，检查企业46家")).toEqual(["done"]);
  });

  it("reads lasting states, cut supplies, trouble that comes often and doubt as problems", () => {
    expect(kinds("老街的雨污管网到现在还是混着排")).toEqual(["problem"]);
    expect(kinds("有几个村的卫生室上个月断过药")).toEqual(["problem"]);
    expect(kinds("那台扫描仪隔三差五就卡纸坏掉")).toEqual(["problem"]);
    expect(kinds("年底前要把剩下的12户签下来，我看悬")).toEqual(["problem"]);
    expect(kinds("那条路修了三个月了，一直卡在征地上，等县里批复")).toEqual(["problem"]);
  });

  it("reads dialect verdicts as the Mandarin ones, keeping the length", () => {
    for (const t of ["心里麻达得很", "事情老火得很", "业务推扳", "莫麻达", "弗来事"])
      expect(plainDialect(t)).toHaveLength(t.length);
    expect(kindOf("今年种的洋芋卖不上价，农民心里麻达得很", "麻达", DAY)).toBe("problem");
    expect(kindOf("取暖煤都送到户了，莫麻达", "取暖煤", DAY)).toBe("done");
  });
});

describe("plans said without plan words", () => {
  it("reads 把 with a result still to reach, and a frame of waiting, as a plan", () => {
    expect(kinds("这几个礼拜把全镇的危房再排一遍")).toEqual(["plan"]);
    expect(kinds("等雪停了，把剩下的两段护栏装起来")).toEqual(["plan"]);
    // Near misses: ordered of others, or told of a past time, is work done.
    expect(kinds("督促企业把隐患整改到位，共督促23家")).toEqual(["done"]);
    expect(kinds("端午前把粽子抽检一遍", "2026-12-01")).toEqual(["done"]);
  });
});
