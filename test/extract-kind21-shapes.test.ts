import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Round twenty-one's clause-kind classes (docs/extraction.md, 第二十一轮, kind21): a piece with no problem or
 * plan word read by its shape against the piece before it (src/domain/state-or-step.ts) — on wording of its
 * own (none of these sentences is in the corpus), with near misses that must stay. Said on Wednesday
 * 2 December.
 */
const DAY = "2026-12-02";

describe("a state of things after work done (93-, 97-, a0-, a1-, a4-)", () => {
  it("persistence, a limit, many still, a burden, done in vain: a problem", () => {
    expect(kindOf("上个月排查了26家小超市，临期食品还是摆在货架最前头。", "临期食品", DAY)).toBe("problem");
    expect(kindOf("给各村发了防火宣传挂图，贴出来的也就那么几张。", "贴出来", DAY)).toBe("problem");
    expect(kindOf("村里办了电商培训，真开了网店的没几个。", "网店", DAY)).toBe("problem");
    expect(kindOf("劝导了一上午，摊贩照样往路中间摆。", "摊贩", DAY)).toBe("problem");
    expect(kindOf("装了新的监控探头，好多路段还是黑灯瞎火。", "路段", DAY)).toBe("problem");
    expect(kindOf("去山里的教学点送了课，一来一回得大半天。", "一来一回", DAY)).toBe("problem");
    expect(kindOf("给商户发了整改通知，说了也不听。", "不听", DAY)).toBe("problem");
  });

  it("near misses: a good state, a count of work, more work stay work done", () => {
    expect(kindOf("全县12个敬老院都走了一遍，老人们还是比较满意。", "满意", DAY)).toBe("done");
    expect(kindOf("冬春送温暖走访了58户，都送去了米面油。", "米面油", DAY)).toBe("done");
    expect(kindOf("劝导了一上午，照样清走了15个摊点。", "摊点", DAY)).toBe("done");
    expect(kindOf("开了座谈会，大家还是很支持的。", "支持", DAY)).toBe("done");
  });
});

describe("a step after a condition, the 了 closing the condition (62-, 97-, a0-, a1-, a4-)", () => {
  it("等…了, the season, X了才/就/再…: a plan", () => {
    expect(kindOf("护栏被撞坏了两段，等配件到了马上换。", "配件", DAY)).toBe("plan");
    expect(kindOf("渠道有几处渗水，天暖和了重新抹一遍。", "抹一遍", DAY)).toBe("plan");
    expect(kindOf("那家作坊证照不全，已经贴了封条，补齐了才准开门。", "开门", DAY)).toBe("plan");
    expect(kindOf("大棚膜被风刮破了，天一晴就换新的。", "换新的", DAY)).toBe("plan");
  });

  it("near misses: the step said done stays work done", () => {
    expect(kindOf("雪停了就组织人员清了主干道。", "主干道", DAY)).toBe("done");
    expect(kindOf("路面结冰了，配件到了马上换好了。", "换好了", DAY)).toBe("done");
    expect(kindOf("山道背阴路面太滑，雪一下就结冰。", "结冰", DAY)).not.toBe("plan");
  });
});

describe("a step from now on, after a problem or work done (93-, 97-, a0-, a1-)", () => {
  it("这礼拜/介礼拜/过两天 + a step with nothing done: a plan", () => {
    expect(kindOf("敬老院的热水器坏了，这礼拜找人来修。", "找人", DAY)).toBe("plan");
    expect(kindOf("已经跟电力公司联系过了，介礼拜来人看。", "来人", DAY)).toBe("plan");
  });

  it("near misses: a weekly report's opening stays work done", () => {
    expect(kindOf("这周清理卫生死角36处。", "死角", DAY)).toBe("done");
    expect(kindOf("这礼拜走访了困难户，送去棉被。", "棉被", DAY)).toBe("done");
    expect(kindOf("上周完成了应急演练。这礼拜主要是迎检。", "迎检", DAY)).toBe("done");
  });
});

describe("a remedy after a problem with no plan word (93-, a4-)", () => {
  it("再 as then, a remedy opened by who does it: a plan", () => {
    expect(kindOf("有几户还是不愿意搬，镇里再找亲戚去劝劝。", "亲戚", DAY)).toBe("plan");
    expect(kindOf("农家书屋的书太旧了，先从县图书馆调一批过来。", "图书馆", DAY)).toBe("plan");
  });

  it("near misses: more of the problem stays a problem", () => {
    expect(kindOf("有几户还是不愿意搬，再不搬就到汛期了。", "汛期", DAY)).toBe("problem");
    expect(kindOf("书屋的书太旧了，也没人来借。", "没人", DAY)).toBe("problem");
    expect(kindOf("有的企业不配合，找各种理由拖。", "理由", DAY)).toBe("problem");
  });
});

describe("the second pass, after the re-check file a5- (a0-, a1-, a4-, a5-, 97-)", () => {
  it("only those few, those who came all old, back again, then after a condition", () => {
    expect(kindOf("帮合作社在网上卖蜂蜜，卖出去的就那几罐。", "那几罐", DAY)).toBe("problem");
    expect(kindOf("拆了一批违章广告牌，有几家照挂不误。", "照挂", DAY)).toBe("problem");
    expect(kindOf("组织了两场招聘会，来的大多是六十多岁的。", "六十多岁", DAY)).toBe("problem");
    expect(kindOf("上午刚把水果摊劝走，下午又摆上了。", "又摆", DAY)).toBe("problem");
    expect(kindOf("材料已经报到县里了，批复下来了再开工。", "开工", DAY)).toBe("plan");
    expect(kindOf("护林站添了巡逻摩托，可护林员年纪大。", "年纪大", DAY)).toBe("problem");
  });

  it("near misses: the people served, described, stay work done", () => {
    expect(kindOf("慰问了16位老人，都是七八十岁的。", "七八十岁", DAY)).toBe("done");
  });
});

describe("the weather before a problem is its cause (97-, 89-, a0-, a1-)", () => {
  it("rain, drought, wind said alone, then what went wrong: a problem", () => {
    expect(kindOf("玉米收了八成，这几天连着下雨，地里机器下不去。", "连着下雨", DAY)).toBe("problem");
    expect(kindOf("今年天干，新栽的核桃苗死了不少。", "天干", DAY)).toBe("problem");
    expect(kindOf("前天刮了一夜大风，好几个大棚的膜都撕烂了。", "大风", DAY)).toBe("problem");
  });

  it("near misses: the weather, then the work it called for, stays work done", () => {
    expect(kindOf("昨晚下了一场大雪，我们组织了60人上路清雪。", "大雪", DAY)).toBe("done");
  });
});

describe("some of them, counted, in a state, after work done (97-, a0-, a1-, a2-, a5-)", () => {
  it("有两段是…、有两个…还在…、有几处都…了: a problem", () => {
    expect(kindOf("今年硬化村道12公里，有两段是砂石路。", "砂石路", DAY)).toBe("problem");
    expect(kindOf("河长巡河40次，下游有三家洗砂场还在往河里排泥浆。", "洗砂场", DAY)).toBe("problem");
    expect(kindOf("巡查了城区雨水管网，有几处井盖都松动了。", "井盖", DAY)).toBe("problem");
  });

  it("near misses: what a check found and was dealt with stays work done", () => {
    expect(kindOf("这周查了12家药店，有3家没登记购药人信息，已经责令整改。", "3家", DAY)).toBe("done");
  });
});
