import { describe, expect, it } from "vitest";
import { kindOf, run } from "./helpers/extract-shapes.js";

/**
 * Round nineteen's classes (docs/extraction.md, 第十九轮, ext19): a later clause that changes kind
 * without plan or problem words, tasks from above and their dates, a clause's own time against the
 * day it is said, and the units of bare counts — on wording of its own (none of these sentences is in
 * the corpus), with near misses that must stay. Said on Wednesday 2 December.
 */
const DAY = "2026-12-02";
const figs = (text: string) => run(text, DAY).figures.map((f) => [f.value, f.unit, f.kind]);

describe("a later clause that turns to a plan without plan words", () => {
  it("a date after 要求 is when, not a target the shortfall after it falls from", () => {
    expect(kindOf("市里要求12月25号前把冬季救助资金发到户，还有3个村没发完。", "要求", DAY)).toBe("plan");
    // Near miss: a count after 要求 is a target, and the shortfall after it is measured from it.
    expect(kindOf("市里要求发到3000户，现在才发了2100户。", "要求", DAY)).toBe("problem");
  });

  it("what is left with the step that finishes it, an urging, 得 opening the clause, this weekend", () => {
    expect(kindOf("合同签了40户，还有4家的合同再对一遍。", "4家", DAY)).toBe("plan");
    expect(kindOf("供暖管道检修还没弄完，这几周抓紧。", "抓紧", DAY)).toBe("plan");
    expect(kindOf("今年新增监测户12户，都得好好盯着。", "盯着", DAY)).toBe("plan");
    expect(kindOf("河边的垃圾还没清完，这周末组织志愿者去捡。", "志愿者", DAY)).toBe("plan");
    expect(kindOf("过了元旦就是春运，12个站的安检要全过一遍。", "元旦", DAY)).toBe("plan");
    // Near misses: only what is missing is a shortfall; a weekend past is work done.
    expect(kindOf("合同签了40户，还有4家没签。", "4家", DAY)).toBe("problem");
    expect(kindOf("这周末组织志愿者去河边捡了垃圾。", "志愿者", "2026-12-07")).toBe("done");
  });
});

describe("what a quota, a decrease of incidents and 不小 say", () => {
  it("a quota said with its year, then 压力不小, is one problem; over a quota is achieved", () => {
    expect(kindOf("上面给的任务是明年新建5个驿站，压力不小。", "驿站", DAY)).toBe("problem");
    expect(kindOf("基层的工作量不小。", "工作量", DAY)).toBe("problem");
    expect(kindOf("超过省里下达任务300亩。", "300亩", DAY)).toBe("done");
    expect(kindOf("明年任务是新建5个驿站。", "驿站", DAY)).toBe("plan");
  });

  it("fewer incidents (起) than last year is a result", () => {
    expect(kindOf("全年发生森林火情3起，比去年少了5起。", "少了", DAY)).toBe("done");
    // Near miss: fewer of a good thing is a problem.
    expect(kindOf("全年引进项目3个，比去年少了5个。", "少了", DAY)).toBe("problem");
  });
});

describe("units of bare counts", () => {
  it("the rest of a sum that cannot be paid is money; people who live, leave or are placed", () => {
    expect(figs("今年发了临时救助款60万，还有8万多因为卡号不对打不进去。")).toContainEqual([
      80000,
      "元",
      "problem",
    ]);
    expect(figs("福利院今年新收了5个老人，目前住19个。")).toContainEqual([19, "人", "achieved"]);
    expect(figs("去年招的特岗老师留不住，今年走咯两个。")).toContainEqual([2, "人", "problem"]);
    expect(figs("社区今年就业援助安置了三十几个然后还办了两期技能培训班")).toContainEqual([
      30,
      "人",
      "achieved",
    ]);
  });

  it("a comparison with no unit counts in the unit of the figure before it", () => {
    expect(figs("今年参保5.6万人，比去年多了两千多。")).toContainEqual([2000, "人", "achieved"]);
    // Near miss: a count noun said names the unit (人次) as before.
    expect(figs("门诊人次三万四千多，比去年多了五千多。")).toContainEqual([5000, "人次", "achieved"]);
  });
});

describe("after the re-check file (99-qianyi19): the same classes said another way", () => {
  it("problems said by how often, how low, how long left, how far, and coming back", () => {
    expect(kindOf("村里的老水管三天两头就爆。", "水管", DAY)).toBe("problem");
    expect(kindOf("散户的牛卖一头要亏两千多。", "亏", DAY)).toBe("problem");
    expect(kindOf("今年牛肉价格一直在低位。", "牛肉", DAY)).toBe("problem");
    expect(kindOf("快递站门口的纸箱堆了好几天。", "纸箱", DAY)).toBe("problem");
    expect(kindOf("有的商户今天清走隔天又来。", "商户", DAY)).toBe("problem");
    expect(kindOf("办个证还得跑老远去县城。", "办个证", DAY)).toBe("problem");
    // Near miss: 还得 before a step to take is still a plan.
    expect(kindOf("还得把台账再核一遍。", "台账", DAY)).toBe("plan");
  });

  it("a part of this month not yet begun, what comes after a trip, 下一步就是", () => {
    expect(kindOf("新设备这个月下旬到货。", "新设备", DAY)).toBe("plan");
    expect(kindOf("考察回来后各村要拿出整改清单。", "整改清单", DAY)).toBe("plan");
    expect(kindOf("摸底做完了，下一步就是上门核实。", "核实", DAY)).toBe("plan");
    // Near misses: the part begun, or a step told done after 结束后.
    expect(kindOf("新设备这个月上旬到货。", "新设备", "2026-12-05")).not.toBe("plan");
    expect(kindOf("第一轮摸底结束后，逐户核了3400多户。", "核了", DAY)).toBe("done");
  });

  it("people by a kinship word, money named by its fund", () => {
    expect(figs("帮12个下岗的大哥办了社保。")).toContainEqual([12, "人", "achieved"]);
    expect(figs("给困难户每户发了五百块救助金。")).toContainEqual([500, "元", "achieved"]);
    // Near miss: 块 before a thing counts pieces.
    expect(figs("做了8块宣传牌。")).toContainEqual([8, "块", "achieved"]);
  });
});
