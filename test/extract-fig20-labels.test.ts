import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty (fig20): a figure's label is the phrase the number counts, and the card shows the
 * person's words as sent. Sentences written for this test, not corpus lines; the classes come from
 * tools/figure-misses.ts (a co-verb before the number in 10 open writers' files, time words at the
 * label's start in 6).
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-12-02" });
const shown = (text: string) => read(text).figures.map((f) => describeFigure(f));

describe("a figure's label", () => {
  // Round thirty: the co-verb stays (「三家企业办了…辅导」 read as if the enterprises gave it); the time words go.
  it("is the co-verb with the phrase after its object (给、把、为、帮…), not the time words before it", () => {
    expect(shown("上个月给三家企业办了研发费用加计扣除辅导")).toEqual(["给三家企业办了研发费用加计扣除辅导"]);
    // 户 with the households named after it keeps 为 as 名/家 do (round thirty-one, kind31).
    expect(shown("社保所为46户困难家庭代缴了养老保险")).toEqual(["为困难家庭代缴了养老保险 46户"]);
    expect(shown("年底前要把9家加油站的油气回收装置改完")).toEqual(["把9家加油站的油气回收装置改完（目标）"]);
    // A verb ending in 对 (核对) is no co-verb: the phrase before stays.
    expect(shown("逐户核对了320户")).toEqual(["逐户核对了 320户"]);
  });

  it("drops time words counted back from today (上个礼拜、前天、十一月份), keeps a time ahead and a year compared with", () => {
    expect(shown("上个礼拜走访困难党员18户")).toEqual(["走访困难党员 18户"]);
    expect(shown("十一月份做了入户核查260户")).toEqual(["做了入户核查 260户"]);
    expect(shown("交通事故41起，比去年少了9起")).toEqual(["交通事故 41起", "比去年少了 9起"]);
    expect(shown("明年打算新建3个驿站")).toEqual(["明年打算新建 3个驿站（目标）"]);
  });
});

describe("the card's words in a voice run", () => {
  it("shows a clause without a comma put between a co-verb's count and its noun", () => {
    const ex = read(
      "上个月给三家企业办了研发费用加计扣除辅导然后帮两家企业申报了高企另外下个月准备再给五家企业办一次培训",
    );
    // No comma inside 「上个月给三家企业办了…」; where 然后 was taken off, the comma stands for it.
    expect(ex.items.map((i) => i.text)).toEqual([
      "上个月给三家企业办了研发费用加计扣除辅导，帮两家企业申报了高企",
    ]);
    expect(ex.plans).toEqual(["下个月准备再给五家企业办一次培训"]);
  });
});
