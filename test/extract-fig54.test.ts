import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-four's fig54 classes (k0-nalinta 内蒙古鄂尔多斯, f30-fig54 伊犁农业农村局, fig53 leftovers).
 * Sentences of our own — 晋语/内蒙古西部话、新疆汉话、普通话.
 */
const found = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const figureKinds = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}:${f.kind}`);

describe("an average yield (平均得率) is no burden", () => {
  it("「平均得率6.8%」 is a result", () => {
    expect(kinds("红枣醋小试做了八批 平均得率6.8%", "2026-05-20")).toEqual(["done"]);
    expect(figureKinds("红枣醋小试做了八批 平均得率6.8%", "2026-05-20")).toContain("6.8%:achieved");
  });
  it("near miss: 平均得跑三趟 (a burden per unit) stays a problem", () => {
    expect(kinds("牧民办个证平均得跑三趟")).toEqual(["problem"]);
  });
});

describe("damage as what a repair worked on", () => {
  it("「刮倒的棚子帮着扶起来十一个」「冲毁的便道帮着修了两段」 are work done", () => {
    expect(kinds("大风过后 刮倒的棚子帮着扶起来十一个", "2026-04-10")).toEqual(["done"]);
    expect(kinds("冲毁的便道帮着修了两段", "2026-08-10")).toEqual(["done"]);
  });
  it("near miss: 冲毁的便道还没修好 and 刮倒了十一个棚子 stay problems", () => {
    expect(kinds("冲毁的便道还没修好", "2026-08-10")).toEqual(["problem"]);
    expect(kinds("大风刮倒了十一个棚子", "2026-04-10")).toEqual(["problem"]);
  });
});

describe("a session of a club (读书会一期) is counted", () => {
  it("「党员读书会一期」「农民夜校一期」 in a list of the month's work", () => {
    expect(found("三月的营生：①集中学习三回 ②党员读书会一期")).toEqual(["三回=3回", "一期=1期"]);
  });
  it("near miss: 一期工程 is a stage's name", () => {
    expect(found("灌区一期工程完工了")).toEqual([]);
  });
});

describe("a duty roster's 个 taking turns, the clause going on", () => {
  it("「端午三天值班 十二个轮流 巡查六趟」", () => {
    expect(found("端午三天值班 十二个轮流 巡查六趟")).toContain("十二个=12人");
  });
  it("near miss: 十二个卡口轮流 keeps 个", () => {
    expect(found("端午值班 设了十二个卡口轮流守")).toContain("十二个=12个");
  });
});

describe("a quoted figure taken back in a correction", () => {
  it("「更正一下 上回报的“枸杞苗死了三成” 细数是两成」", () => {
    expect(found("更正一下 上回报的“枸杞苗死了三成” 后来细数是两成")).toEqual(["两成=20%"]);
    expect(found("前面说的「修了八处」不对 是九处")).toEqual(["九处=9处"]);
  });
  it("near miss: a slogan in quotes after 说的 with no correction is left as before", () => {
    expect(found("会上说的“三个一批” 今年落实了十二家")).toEqual(["十二家=12家"]);
  });
});

describe("a budget pool (盘子) is money, not a measure word", () => {
  it("「争取八百万盘子」", () => {
    expect(found("明年想再凑三个项目 争取八百万盘子", "2026-11-20")).toContain("八百万=8000000元");
  });
  it("near miss: 端了两盘 stays 盘", () => {
    expect(found("品鉴会上端了两盘沙棘果")).toEqual(["两盘=2盘"]);
  });
});

describe("开春 said once spring has come is no time ahead", () => {
  it("「开春在嘎查教牧民嫁接 讲了两回」 sent in March is work done", () => {
    expect(new Set(kinds("开春在嘎查教牧民嫁接 讲了两回 来了四十几个", "2026-03-20"))).toEqual(
      new Set(["done"]),
    );
  });
  it("near miss: the same said in December, and 开春后再补 in March, stay plans", () => {
    expect(kinds("开春在嘎查教牧民嫁接", "2026-12-10")).toEqual(["plan"]);
    expect(kinds("开春后再补栽", "2026-03-20")).toEqual(["plan"]);
  });
});

describe("fig53 leftovers", () => {
  it("「手续还在办 拖起的」: 拖起的 (拖着) closing the clause is a problem", () => {
    expect(kinds("那个安置点的用地手续还在办 拖起的")).toEqual(["problem"]);
  });
  it("near miss: 拖起来了 a fallen thing (扶起) is no delay", () => {
    expect(kinds("倒了的护栏拖起来了")).not.toEqual(["problem"]);
  });
  it("「一公里出头」「一吨出头」: one of a measure said roughly is an amount", () => {
    expect(found("洪水冲坏便道一公里出头")).toEqual(["一公里出头=1公里"]);
  });
  it("near miss: 就去了一趟 is still no count", () => {
    expect(found("就去了一趟")).toEqual([]);
  });
});
