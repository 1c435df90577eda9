import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { parseDate } from "../src/domain/period.js";
import { holidayDeadlinePast, monthDeadlinePast, yearPartIn } from "../src/domain/year-part.js";

/**
 * Parts of the year and holiday deadlines read against the day the message was sent: work a
 * year-end report tells of 下半年 or 端午节前 is work done with achieved figures, and the same words
 * said before that time are a plan with targets (second new-user trial, W1).
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string, today: string) =>
  (extractUpdate(text, org, { today }).clauses ?? []).map((c) => c.kind);
const figureKinds = (text: string, today: string) =>
  extractUpdate(text, org, { today }).figures.map((f) => `${f.raw}:${f.kind}`);
const day = (s: string) => parseDate(s)!;

describe("yearPartIn", () => {
  it("says whether the half, the year's start or its middle has begun by the day", () => {
    expect(yearPartIn("下半年又推广到三个乡镇", day("2026-12-03"))?.tense).toBe("begun");
    expect(yearPartIn("下半年推广到三个乡镇", day("2026-05-18"))?.tense).toBe("ahead");
    expect(yearPartIn("下半年推广到三个乡镇", day("2026-07-02"))?.tense).toBe("starting");
    expect(yearPartIn("年中组织一次考核", day("2026-03-01"))?.tense).toBe("ahead");
    expect(yearPartIn("年初搞了个示范点", day("2026-11-20"))?.tense).toBe("begun");
  });

  it("reads the year said before the part: a coming year's is ahead, a past year's has begun", () => {
    expect(yearPartIn("明年下半年再扩面", day("2026-12-03"))?.tense).toBe("ahead");
    expect(yearPartIn("2027年上半年建成", day("2026-12-03"))?.tense).toBe("ahead");
    expect(yearPartIn("去年下半年开的头", day("2026-03-03"))?.tense).toBe("begun");
  });

  it("without a day keeps the old reading: 下半年 ahead, the others say nothing", () => {
    expect(yearPartIn("下半年推广")?.tense).toBe("ahead");
    expect(yearPartIn("年初推广")).toBeUndefined();
    expect(yearPartIn("全年培训120场次", day("2026-12-03"))).toBeUndefined();
  });
});

describe("deadlines already past", () => {
  it("a holiday of this year gone by is past; one coming within five months is not", () => {
    expect(holidayDeadlinePast("端午节前抽检节令食品", day("2026-12-03"))).toBe(true);
    expect(holidayDeadlinePast("国庆前完成布展", day("2026-12-03"))).toBe(true);
    expect(holidayDeadlinePast("春节前走访到位", day("2026-12-03"))).toBe(false);
    expect(holidayDeadlinePast("端午节前抽检节令食品", day("2026-05-18"))).toBe(false);
    expect(holidayDeadlinePast("明年端午节前建成", day("2026-12-03"))).toBe(false);
    expect(holidayDeadlinePast("端午节前抽检节令食品")).toBe(false);
  });

  it("a month of this year gone by is past; next year's first months said in December are not", () => {
    expect(monthDeadlinePast("6月底前全部完工", day("2026-12-03"))).toBe(true);
    expect(monthDeadlinePast("九月前完成验收", day("2026-12-03"))).toBe(true);
    expect(monthDeadlinePast("1月底前报齐", day("2026-12-03"))).toBe(false);
    expect(monthDeadlinePast("12月20日前报齐", day("2026-12-03"))).toBe(false);
    expect(monthDeadlinePast("6月底前全部完工", day("2026-05-03"))).toBe(false);
  });
});

describe("clause kinds by the day a message is sent", () => {
  it("work of a half-year already under way, told at the year's end, is work done with achieved figures", () => {
    const msg = "上半年在坪上村试种了羊肚菌四十亩，下半年又扩到两个村，总共带动农户一百三十来户";
    expect(kinds(msg, "2026-12-08")).toEqual(["done"]);
    expect(figureKinds(msg, "2026-12-08")).toEqual([
      "四十亩:achieved",
      "两个:achieved",
      "一百三十来户:achieved",
    ]);
    // The tester's own line (trial 2, c43).
    expect(
      figureKinds(
        "今年上半年建成食用菌示范基地两个，下半年又推广到三个乡镇，总共带动农户三百二十户增收",
        "2026-12-01",
      ),
    ).toEqual(["两个:achieved", "三个:achieved", "三百二十户:achieved"]);
  });

  it("the same words said before the half began are a plan with targets", () => {
    expect(kinds("上半年已办科普讲座12场，下半年推广到剩下的三个乡镇", "2026-05-18")).toEqual([
      "done",
      "plan",
    ]);
    expect(figureKinds("下半年再新建两个星创天地", "2026-04-10")).toEqual(["两个:target"]);
  });

  it("modal words still win: 计划、准备、力争 said of a half under way are a plan", () => {
    expect(kinds("下半年计划再办两期培训班", "2026-09-10")).toEqual(["plan"]);
    expect(kinds("下半年重点抓好个税汇算清缴", "2026-09-10")).toEqual(["plan"]);
    expect(kinds("明年下半年力争覆盖全部乡镇", "2026-12-10")).toEqual(["plan"]);
  });

  it("a 下半年 heading over a year-end list is work done; a heading with 打算 stays a plan", () => {
    expect(kinds("下半年：\n1.新建村级科普站6个\n2.培训农民900人次", "2026-12-10")).toEqual(["done", "done"]);
    expect(kinds("下半年：\n1.新建村级科普站6个\n2.培训农民900人次", "2026-05-10")).toEqual(["plan", "plan"]);
    expect(kinds("下半年工作打算：\n1.新建村级科普站6个", "2026-12-10")).toEqual(["plan"]);
  });

  it("a holiday or month deadline gone by tells when the work was done", () => {
    expect(kinds("端午节前抽检了一轮粽子和咸蛋，共38批次", "2026-12-02")).toEqual(["done"]);
    expect(kinds("端午前把节令食品抽检一遍，重点查粽子", "2026-12-02")).toEqual(["done"]);
    expect(kinds("端午前把节令食品抽检一遍，重点查粽子", "2026-05-12")).toEqual(["plan"]);
    expect(kinds("春节前把困难户走访一遍", "2026-12-02")).toEqual(["plan"]);
    expect(figureKinds("八月底前完成危桥加固三座", "2026-12-02")).toEqual(["三座:achieved"]);
  });

  it("年初、前几个月、今年以来 told at the year's end are work done", () => {
    expect(kinds("明年打算再扩两个点。年初在城关搞的示范点，辐射了9个村", "2026-12-02")).toEqual([
      "plan",
      "done",
    ]);
    expect(kinds("前两个月把全县两百多家加油站都走了一遍", "2026-12-02")).toEqual(["done"]);
    expect(kinds("今年以来受理专利申请318件", "2026-12-02")).toEqual(["done"]);
  });
});
