import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-five's fig55 classes (k1-yanxi 福建三明, f31-fig55 舟山岱山海洋与渔业局, fig54 leftovers).
 * Sentences of our own — 闽中/客家话、吴语/舟山话、普通话.
 */
const found = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const figureKinds = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}:${f.kind}`);

describe("a number taken back says nothing of the clause's kind", () => {
  it("「「补了十八户」不对 是二十户」: the take-back cut from its 是 by a space", () => {
    expect(kinds("更正 「补了十八户」不对 是二十户", "2026-06-10")).toEqual(["done"]);
    expect(figureKinds("更正 「补了十八户」不对 是二十户", "2026-06-10")).toEqual(["二十户:achieved"]);
  });
  it("「纠正上条 「…」唔对 系…」: a correction head opens nothing; 唔对 系 as 不对 是", () => {
    const t = "纠正上条 「发了十二台」唔对 系十五台";
    expect(run(t, "2026-06-10").clauses?.map((c) => `${c.kind}:${c.text}`)).toEqual([
      "done:「发了十二台」唔对 系十五台",
    ]);
  });
  it("「刚才说的…不算」 said between the two numbers, however long the number said again", () => {
    const t = "今年发放救助金一千二百万 不对 刚才说的一千二百万不算 那是上半年的 全年是一千三百五十万元";
    expect(kinds(t, "2026-12-01")).toEqual(["done"]);
    expect(figureKinds(t, "2026-12-01")).toEqual(["一千三百五十万元:achieved"]);
  });
  it("near miss: 不对 with no number after it, and a real problem said after, stay problems", () => {
    expect(kinds("台账上的数跟系统里的不对", "2026-06-10")).toEqual(["problem"]);
    expect(kinds("核了二十户 有三户的账不对 还在查", "2026-06-10")).toContain("problem");
  });
});

describe("节后 said after 国庆 or 五一 is the holiday just past", () => {
  it("「节后头一天 码头卸货九百来吨」 sent on 20 October is work done", () => {
    expect(kinds("节后头一天 码头卸货九百来吨", "2026-10-20")).toEqual(["done"]);
    expect(figureKinds("节后头一天 码头卸货九百来吨", "2026-10-20")).toEqual(["九百来吨:achieved"]);
    expect(kinds("节后第一周 走访企业十二家", "2026-05-15")).toEqual(["done"]);
  });
  it("near miss: 节后 said in December or during the holiday is still ahead", () => {
    expect(kinds("节后第一周 走访企业十二家", "2026-12-15")).toEqual(["plan"]);
    expect(kinds("节后第一周 走访企业十二家", "2026-10-03")).toEqual(["plan"]);
  });
});

describe("what weather broke is harm, not work done", () => {
  it("「台风过境 损毁网箱三百多口」「暴雨刮翻了大棚十几个」", () => {
    expect(kinds("台风过境 损毁码头护栏两百多米", "2026-08-10")).toEqual(["problem"]);
    expect(figureKinds("台风过境 损毁码头护栏两百多米", "2026-08-10")).toEqual(["两百多米:problem"]);
    expect(kinds("昨晚大风 刮翻了大棚十几个", "2026-04-10")).toEqual(["problem"]);
  });
  it("「那场冰雹 打了四千多亩」: 打了 right after the weather named", () => {
    expect(kinds("上周那场冰雹 打了九百来亩油菜", "2026-05-10")).toEqual(["problem"]);
    expect(figureKinds("上周那场冰雹 打了九百来亩油菜", "2026-05-10")).toEqual(["九百来亩:problem"]);
  });
  it("near miss: repairing what was broken, and 打了 with no weather before it, are work done", () => {
    expect(kinds("台风后帮着修复损毁护栏一百二十米", "2026-08-10")).toEqual(["done"]);
    expect(kinds("冰雹过后 打了机井二十口", "2026-05-10")).toEqual(["done"]);
    expect(kinds("春防 打了疫苗四千多头", "2026-05-10")).toEqual(["done"]);
  });
});
