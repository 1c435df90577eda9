import { describe, expect, it } from "vitest";
import { extractFigures } from "../src/domain/figures.js";
import { kindOf, kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round twelve's classes (docs/extraction.md, 第十二轮), each on wording of its own — none of these
 * sentences is in the corpus: money said in 块 or bare 万 in a run-on, 一个多亿, people counted with a
 * bare 个 who go on to do something, years of a calling, a count named by its noun; a bad state said
 * of something (逾期、堆着、线下、年纪大了), a part picked out by its state and counted, a year named
 * ahead, a list item that says nothing of its own, a session ahead (下期), what a visit looked into.
 */
const figs = (text: string) => extractFigures(text).map((f) => [f.value, f.unit]);

describe("figures said in speech", () => {
  it("块 is money before the next clause of a run-on, a word taken back, or a price per thing", () => {
    expect(figs("高龄津贴每人每月多给八十块下个月开始发")).toEqual([[80, "元"]]);
    expect(figs("门票一人二十块一张有点贵")).toContainEqual([20, "元"]);
    expect(figs("盒饭十块一顿")).toEqual([[10, "元"]]);
    expect(figs("集体收入还没超过十万块")).toEqual([[100000, "元"]]);
    expect(figs("展板30块")).toEqual([[30, "块"]]);
  });

  it("a bare sum of 万 given out or said again of the sentence's money is money; 一个多亿 counts", () => {
    expect(figs("发放奖学金二十万五")).toEqual([[205000, "元"]]);
    expect(figs("补发了十二万三千多")).toEqual([[123000, "元"]]);
    expect(figs("项目总投资一个多亿")).toEqual([[100000000, "元"]]);
    expect(figs("今年到位资金三千万，明年还要五百万。")).toEqual([
      [30000000, "元"],
      [5000000, "元"],
    ]);
  });

  it("a bare 个 counts people who go on to do something, a part picked out by what it did, more nouns of people", () => {
    expect(figs("民警就三个轮流值班")).toEqual([[3, "人"]]);
    expect(figs("考试报名六十人考过的四十一个")).toEqual([
      [60, "人"],
      [41, "人"],
    ]);
    expect(figs("帮二十多个宝妈找到了灵活就业岗位")).toEqual([[20, "人"]]);
    expect(figs("招了八个岗位只来了三个报名")).toEqual([
      [8, "个"],
      [3, "人"],
    ]);
  });

  it("years of a calling are no figure; 平方 is read; a count noun gives a bare number its unit", () => {
    expect(figs("老中医行医四十多年")).toEqual([]);
    expect(figs("腾退场地800平方")).toEqual([[800, "平方"]]);
    expect(figs("住院人次一千二百多，比去年多了三百多")).toEqual([
      [1200, "人次"],
      [300, "人次"],
    ]);
  });
});

describe("kinds read from a state, a year, a list, a session ahead", () => {
  it("a bad state said of something is a problem, 了 and all", () => {
    expect(kindOf("助学贷款到期未还的有11笔", "11笔")).toBe("problem");
    expect(kindOf("核查了物业小区，楼道里堆着电动车", "楼道")).toBe("problem");
    expect(kindOf("有些护林员年龄都大了", "护林员")).toBe("problem");
    expect(kindOf("整治后复发的有三处", "复发")).toBe("problem");
    expect(kindOf("清理楼道堆放杂物40多处", "清理")).toBe("done");
  });

  it("a year named ahead is a plan; 明年度 naming what a thing is for is not", () => {
    expect(kinds("2027年上半年建成两座公厕", "2026-12-16")).toEqual(["plan"]);
    expect(kinds("明年度预算草案已经报财政了")).toEqual(["done"]);
    expect(kinds("春晖计划资助大学生12名")).toEqual(["done"]);
  });

  it("lower than last year of a good thing is a problem; held up (拖住) is a problem", () => {
    expect(kinds("秋粮收购完成了计划的九成，比去年同期低了五个点")).toEqual(["done", "problem"]);
    expect(kindOf("签约六个，剩下两个被土地手续拖住了", "剩下")).toBe("problem");
  });

  it("a list item with nothing of its own goes on as the item before", () => {
    expect(kinds("一是元旦前完成路灯检修\n二是增设临时停车位200个")).toEqual(["plan", "plan"]);
    expect(kinds("一是开展夜查3次\n二是约谈企业5家")).toEqual(["done", "done"]);
  });

  it("a session ahead and what a visit looked into cut a run-on", () => {
    expect(kinds("书法班本期结业学员三十名下期三月开班")).toEqual(["done", "plan"]);
    expect(kinds("上午到敬老院检查了冬季取暖情况个别房间暖气不热下一部请维修公司来看")).toEqual([
      "done",
      "problem",
      "plan",
    ]);
  });
});

describe("after 55-: the same classes said another way", () => {
  it("hard cases, cleared and back again, full already, behind schedule, a good thing lower than elsewhere", () => {
    expect(kindOf("拆迁还剩三户都是老大难", "三户")).toBe("problem");
    expect(kindOf("河道垃圾捞了又漂过来", "捞了又")).toBe("problem");
    expect(kindOf("违规广告牌撤了又挂出来", "撤了又")).toBe("problem");
    expect(kindOf("收了八千吨，烘干房都满了", "烘干房")).toBe("problem");
    expect(kindOf("安置房建设完成了七成，比计划晚了半个月", "比计划")).toBe("problem");
    expect(kindOf("验收合格率九成，比全省低了三个点", "比全省")).toBe("problem");
    expect(kindOf("农资价格比上月涨了不少", "农资")).toBe("problem");
  });

  it("a turn at a school holiday after a count, no cut inside 两万三千吨", () => {
    expect(kinds("家访走了一百二十户暑假前再走一轮", "2026-06-10")).toEqual(["done", "plan"]);
    expect(kinds("今年收了三万二千吨库容有点紧")).toEqual(["done", "problem"]);
  });

  it("money: a sum handled with the sentence's money, 毛 in a price, 分 in a sentence of marks", () => {
    expect(figs("拖欠工程款八百万，已经追回五百万。")).toEqual([
      [8000000, "元"],
      [5000000, "元"],
    ]);
    expect(figs("鸡蛋价钱每斤少了三毛")).toEqual([[0.3, "元"]]);
    expect(figs("会计考试及格线六十分")).toEqual([[60, "分"]]);
    expect(figs("三毛钱一个")).toEqual([[0.3, "元"]]);
    expect(figs("县里五毛线厂")).toEqual([]);
    expect(figs("节前慰问了二十户")).toEqual([[20, "户"]]);
  });

  it("a number denied by saying it again is gone; what it counted stays", () => {
    expect(run("报名的有八十个学员不是八十是八十六个").figures.map((f) => [f.value, f.unit])).toEqual([
      [86, "人"],
    ]);
  });
});
