import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Round twenty-two's clause-kind classes (docs/extraction.md, 第二十二轮, kind22), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const DAY = "2026-12-02";

describe("a frame read ahead by its time alone, then work told done (97-, b0-, a8-)", () => {
  it("a bare time, a noun phrase with the time in its attribute, a field of work: work done", () => {
    expect(kindOf("寒假前，全县中小学的安全教育课上完了。", "寒假前", DAY)).toBe("done");
    expect(kindOf("春节前要发的困难补助，上礼拜已经打到卡上了。", "困难补助", DAY)).toBe("done");
    expect(kindOf("明年的植树造林作业设计，前天评审通过了。", "作业设计", DAY)).toBe("done");
    expect(kindOf("冬季备耕这块，调运化肥300吨，培训种植户150人。", "冬季备耕", DAY)).toBe("done");
  });

  it("near misses: a frame before a step still ahead stays a plan", () => {
    expect(kindOf("寒假前，把全县中小学的安全教育课上完。", "寒假前", DAY)).toBe("plan");
    expect(kindOf("春节前要发的困难补助，下礼拜打到卡上。", "困难补助", DAY)).toBe("plan");
    expect(kindOf("明年的植树造林作业设计，月底前报林草局。", "作业设计", DAY)).toBe("plan");
    expect(kindOf("春节前，走访困难户。", "春节前", DAY)).toBe("plan");
  });
});

describe("今年 before an event whose name opens with 中 (65-, 93-)", () => {
  it("今年中考 is this year's 中考, not the middle of the year", () => {
    expect(kindOf("今年中考的考务培训顺利完成，培训监考老师420人。", "考务", "2026-05-10")).toBe("done");
    expect(kindOf("今年中秋全县接待游客6.5万人次。", "接待游客", "2026-10-12")).toBe("done");
  });

  it("near misses: 年中 said as a time stays ahead", () => {
    expect(kindOf("今年年中组织一次全面考核。", "考核", "2026-03-10")).toBe("plan");
  });
});

describe("a step ahead whose object is named by what is wrong with it (62-, 93-, a8-)", () => {
  it("the problem word only says which things: a plan", () => {
    expect(kindOf("本周五前把刮倒的三十多块广告牌全部拆掉。", "广告牌", DAY)).toBe("plan");
    expect(kindOf("排查了全镇的低保档案，漏登的那几户这两天补登上。", "补登上", DAY)).toBe("plan");
    expect(kindOf("明天到城南社区了解一下独居老人断暖情况。", "断暖", DAY)).toBe("plan");
  });

  it("near misses: a problem of its own stays a problem", () => {
    expect(kindOf("刮倒的三十多块广告牌还没人管。", "广告牌", DAY)).toBe("problem");
    expect(kindOf("城南社区独居老人断暖情况比较严重。", "断暖", DAY)).toBe("problem");
    expect(kindOf("新建了2个卫生室，山里的老人看病还得走老远的路。", "老远", DAY)).toBe("problem");
  });
});

describe("a full stop closing the piece (a0-, a8-, and a sealed file's total)", () => {
  it("reads as the piece without it: what is left, done this week, is a plan", () => {
    const text = "排查了14家烟花爆竹门店，当场整改了11家，剩下3家这礼拜整改完。";
    expect(kindOf(text, "剩下3家", DAY)).toBe("plan");
    expect(kindOf(text.replace(/。$/, ""), "剩下3家", DAY)).toBe("plan");
  });

  it("near misses: what is left, said done, stays work done", () => {
    expect(kindOf("排查了14家烟花爆竹门店，剩下3家这礼拜也整改完了。", "剩下3家", DAY)).toBe("done");
  });
});

describe("worn out: in use or in store for years, goes wrong each time it is used (a0-, a1-, a5-, a8-)", () => {
  it("a problem, the 了 of the outcome no sign of work done", () => {
    const text = "应急仓库盘点完了，那几顶帐篷存放了十几年，一撑就裂了。";
    expect(kindOf(text, "帐篷", DAY)).toBe("problem");
    expect(kindOf(text, "一撑就裂", DAY)).toBe("problem");
    expect(kindOf("给村里换了新广播，老的那套用了好几年，一开机就嗡嗡响。", "一开机", DAY)).toBe("problem");
  });

  it("near misses: a good result at once, the office's step, a count stay as they were", () => {
    expect(kindOf("给老人们讲了反诈知识，大家一听就明白。", "一听", DAY)).toBe("done");
    expect(kindOf("村里的排水沟堵得厉害，天一晴就组织人掏。", "天一晴", DAY)).toBe("plan");
    expect(kindOf("上门办了社保认证，一次就办好了32户。", "一次", DAY)).toBe("done");
  });
});

describe("done to it by something else: a passive with its agent (a5-, a8-, a9-)", () => {
  it("what befell the thing is a problem, its 了 no work done", () => {
    expect(kindOf("村口的宣传栏叫大风吹歪了，字也看不清。", "宣传栏", DAY)).toBe("problem");
    expect(kindOf("河堤上的警示牌给洪水冲走了。", "警示牌", DAY)).toBe("problem");
    expect(kindOf("上周巡查了8公里防火通道，有一段被倒下的树堵住。", "倒下的树", DAY)).toBe("problem");
  });

  it("near misses: the office had it done, or someone hauled it away for it", () => {
    expect(kindOf("河边的建筑垃圾叫人拉走了。", "建筑垃圾", DAY)).toBe("done");
    expect(kindOf("那处违建叫城管把它拆了。", "违建", DAY)).toBe("done");
  });
});

describe("after a problem, the day the remedy comes (a4-, a5-, b0-)", () => {
  it("a weekday or 这周之内 at the head, nothing said done: a plan", () => {
    expect(kindOf("敬老院的锅炉不热，周四请维修师傅来看。", "维修师傅", DAY)).toBe("plan");
    expect(kindOf("公厕的水箱漏了；这个月之内找人修好。", "找人修好", DAY)).toBe("plan");
  });

  it("near misses: said done, or opening a weekly report after work done", () => {
    expect(kindOf("敬老院的锅炉不热，周一已经请师傅修好了。", "修好了", DAY)).toBe("done");
    expect(kindOf("上周清理河道3公里。周一召开全镇防汛会议。", "防汛会议", DAY)).toBe("done");
  });
});
