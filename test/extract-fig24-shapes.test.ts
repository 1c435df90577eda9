import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-four (fig24): figures read by where they stand — 口 counting the people of households,
 * money in 块 named by the fund before it, and the kind of a part of what was just counted. Sentences
 * written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today = "2026-12-03") =>
  extractUpdate(text, org, { today }).figures.map((f) => `${f.raw}=${f.value}${f.unit}`);
describe("口 counting people", () => {
  it("reads N口人 and the 口 right after a count of households as people", () => {
    expect(read("移民安置点今年住进来三十一户一百零九口人")).toEqual(["三十一户=31户", "一百零九口人=109人"]);
    expect(read("今年新纳入监测9户33口，都落实了帮扶措施")).toEqual(["9户=9户", "33口=33人"]);
    expect(read("全组四百来口人，常年在家的不到一半")).toContain("四百来口人=400人");
  });
  it("leaves 口 counting wells, cisterns and ponds", () => {
    expect(read("抗旱打了三口机井，修好蓄水池两口")).toEqual(["三口=3口", "两口=2口"]);
  });
});

describe("money in 块 named right before it, glued to what comes next", () => {
  it("reads the count as 元 when the fund or the loss is named before it", () => {
    expect(read("看望了困难党员，每户送救助金八百块年后再去一趟")).toContain("八百块=800元");
    expect(read("冰雹打了两个大棚，损失得有三万块帮他们报了保险")).toContain("三万块=30000元");
    expect(read("重阳节看望老人，送慰问金 每人四百块下午又去了村卫生室")).toContain("四百块=400元");
  });
  it("leaves pieces counted in 块", () => {
    expect(read("村口新立了宣传牌6块")).toEqual(["6块=6块"]);
    expect(read("投入8块展板搞宣传")).toEqual(["8块=8块"]);
  });
});

describe("a part of what was just counted, typed straight after the count", () => {
  const kinds = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.raw}:${f.kind}`);
  it("reads what is left and what is said of it together (剩下N处|是…)", () => {
    expect(kinds("巡查了一遍河道，清理垃圾点12处剩下4处是建筑垃圾，得等渣土车")).toEqual([
      "12处:achieved",
      "4处:problem",
    ]);
  });
  it("cuts after a count in the measure words the figures know (盒、块、盏…)", () => {
    expect(kinds("档案整理装订了120盒有十几卷的目录对不上")).toEqual(["120盒:achieved", "十几卷:problem"]);
    expect(kinds("村道两边装了路灯80盏路段太长还差不少")).toEqual(["80盏:achieved"]);
  });
  it("cuts between two counts typed together, the second opening what is wrong", () => {
    expect(kinds("公租房这批分下去了，入住26户4户嫌离单位远不愿意来")).toEqual([
      "26户:achieved",
      "4户:problem",
    ]);
  });
  it("leaves what is left as the object of a plan (继续推进剩下…)", () => {
    expect(kinds("改厕今年完成三十个，继续推进剩下八个村的改厕。")).toEqual([
      "三十个:achieved",
      "八个:target",
    ]);
  });
});

describe("争取 + a target", () => {
  const kinds = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.raw}:${f.kind}`);
  it("aiming at a rate or at something to set up is a plan", () => {
    expect(kinds("今年推荐了九家企业评专精特新，争取入选率七成以上。")).toEqual([
      "九家:achieved",
      "七成:target",
    ]);
    expect(kinds("跟农科院对接好了，争取秋后搞个200亩的示范片")).toEqual(["200亩:target"]);
  });
  it("money or projects obtained from above stay work done", () => {
    expect(kinds("今年争取上级乡村振兴资金到位860万")).toEqual(["860万:achieved"]);
  });
});

describe("those who should not, still at it", () => {
  const kinds = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.raw}:${f.kind}`);
  it("a part of what was counted that should not be, still at it, is a problem", () => {
    expect(kinds("残疾人补贴复审了二百三十户，不符合条件的八户还在领，下个月清退")).toEqual([
      "二百三十户:achieved",
      "八户:problem",
    ]);
  });
  it("one already dealt with is work done", () => {
    expect(kinds("抽检了60批次，不合格的4批次已经下架了")).toEqual(["60批次:achieved", "4批次:achieved"]);
  });
});

describe("the amount over a target", () => {
  const kinds = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.raw}:${f.kind}`);
  it("is what was achieved, said with 超 or 比 before the year's target", () => {
    expect(kinds("今年招商引资到位资金3.6亿元，超年初目标6000万")).toEqual([
      "3.6亿元:achieved",
      "6000万:achieved",
    ]);
  });
  it("the year's target alone is still a target", () => {
    expect(kinds("明年年度目标是新增市场主体1500户")).toEqual(["1500户:target"]);
  });
});
