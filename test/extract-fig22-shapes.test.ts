import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round twenty-two (fig22): where the noun a count counts is said — before it as the topic, in the
 * verb, in an earlier clause the verb is said again for — and numbers that compare, or only look like
 * counts (一个二个、三番四次、七十几岁). Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figures = (text: string) =>
  extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => `${f.value}${f.unit}`);

describe("a bare 个 count of people whose noun is said elsewhere", () => {
  it("counts the people named right before it when what they do follows (the topic)", () => {
    expect(figures("今天下午局里党员干部三十来个到城东社区搞志愿服务")).toEqual(["30人"]);
    expect(figures("新来的辅警八个明天正式上岗")).toEqual(["8人"]);
    expect(figures("农业站派了农技员六个下村指导")).toEqual(["6人"]);
    // A place after the count is what is counted.
    expect(figures("今年改造了卫生室五个")).toEqual(["5个"]);
  });

  it("counts people when only people do what the verb says", () => {
    expect(figures("这学期全乡劝返了五个，还在做工作")).toEqual(["5人"]);
    expect(figures("今年高一失学了两个")).toEqual(["2人"]);
  });

  it("counts the people the work was done for when the verb is said again for its count", () => {
    expect(figures("组织医生给留守老人量血压，量了六十多个")).toEqual(["60人"]);
    expect(figures("请理发师帮五保老人理发 理了三十来个")).toEqual(["30人"]);
    // Done to things: still 个.
    expect(figures("组织人给路灯换灯泡，换了六十多个")).toEqual(["60个"]);
  });

  it("counts people as the topic with any step after them, not a place or a thing after the count", () => {
    expect(figures("村里的年轻人三十来个冒雨抢修水渠")).toEqual(["30人"]);
    expect(figures("音乐老师三个班轮流上")).toEqual(["3个"]);
  });

  it("finds who the work was for through a 的 phrase, and people-only verbs with 来/去 after them", () => {
    expect(figures("给村里的五保老人理发，理了二十几个")).toEqual(["20人"]);
    expect(figures("今年劝回来四个，还在跟踪")).toEqual(["4人"]);
  });

  it("reads 粤 先得 as 只有 before a count (护工先得四个)", () => {
    expect(figures("敬老院住了二十几个老人，护理员先得三个")).toEqual(["20人", "3人"]);
  });
});

describe("numbers that look like counts and are not", () => {
  it("never counts 一个二个、一家两家 (each of them) nor 三番四次", () => {
    expect(figures("来开会的一个二个都说没时间")).toEqual([]);
    expect(figures("有几户三番四次来反映噪音问题")).toEqual([]);
  });

  it("never counts an age said with 几 (七十几岁)", () => {
    expect(figures("留守的大多是七十几岁的老人")).toEqual([]);
  });
});

describe("an approximate amount in a measure word closing its clause", () => {
  it("reads 来/几 before the measure (四十来车、三十几档、40来车) as it reads 四十车", () => {
    expect(figures("这礼拜清运建筑垃圾五十来车")).toEqual(["50车"]);
    expect(figures("今日清理占道经营二十几档")).toEqual(["20档"]);
    expect(figures("清走垃圾40来车")).toEqual(["40车"]);
    expect(figures("十几里")).toEqual([]);
  });

  it("counts a session to hold said with 办 (再办一期、准备办一期), as 办了一期 is", () => {
    expect(figures("下个月再办一期家政培训")).toEqual(["1期"]);
  });
});

describe("a bare number that compares with a bare sum", () => {
  it("is money when the sum before it was money said without 元", () => {
    expect(figures("保洁员月工资两千八，比城里少了六百多")).toEqual(["2800元", "600元"]);
    expect(figures("农民人均纯收入一万九千几，比全市平均还是低三千几")).toEqual(["19000元", "3000元"]);
  });

  it("is not money after a count", () => {
    expect(figures("大棚今年种了四十多个，比去年少了十几个")).not.toContain("10元");
  });

  it("reads a per-piece price said in a run-on with no comma after it", () => {
    expect(figures("茶叶均价每斤三百出头接下来准备申请地理标志")).toEqual(["300元"]);
  });
});

describe("the label of a count said before the event it counts", () => {
  const shown = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-03" }).figures.map((f) => describeFigure(f));

  it("names the event after the count, whole (两次集中学习、两期电商直播培训), never the verb after it", () => {
    expect(shown("昨天机关支部开展了两次集中学习")).toEqual(["机关支部开展了 两次集中学习"]);
    expect(shown("人社所办了三期电商直播培训，来了一百多号人")).toEqual([
      "人社所办了 三期电商直播培训",
      // The event before the comma names the turnout (round 31, fig31b).
      "电商直播培训参加人数 一百多号人",
    ]);
    expect(shown("应急办组织了4次防汛应急演练")).toEqual(["应急办组织了 4次防汛应急演练"]);
  });

  it("ends the counted noun before what those counted did next (带着12个专家跑了7个镇)", () => {
    expect(shown("站长带着8个农技员跑了5个乡镇")).toEqual(["站长带着 8个农技员", "跑了 5个乡镇"]);
  });

  it("never takes a time ahead for the counted noun (收到一百二十几件六月初评审、还剩3个年底前)", () => {
    expect(shown("作品征集完了，收到一百二十几件六月初评审")[0]).toBe("收到 一百二十几件");
    expect(shown("改造了五个，还剩3个年底前完成")[1]).toMatch(/^还剩 3个/);
    expect(shown("改造了五个，还剩3个年底前完成")[1]).not.toContain("年底");
  });

  it("drops 粤 琴日、今个月 said before the work", () => {
    expect(shown("琴日城管中队清理了占道摊档十七个")).toEqual(["城管中队清理了占道摊档 十七个"]);
  });
});
