import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * Round twenty-three's clause-kind classes (docs/extraction.md, 第二十三轮, kind23), on wording of its own
 * (none of these sentences is in the corpus), with near misses that must stay.
 */
const DAY = "2026-12-02";

describe("a step typed straight after a problem with no comma (b4-, 13-, 38-, and two sealed files' totals)", () => {
  it("the step from its own sign on is a plan, the problem before it stays a problem", () => {
    const a = "卫生室的药品目录太老好些常用药进不来年内争取调整一次目录";
    expect(kindOf(a, "常用药进不来", DAY)).toBe("problem");
    expect(kindOf(a, "调整一次目录", DAY)).toBe("plan");
    const b = "种子站的仓库漏雨严重近期申请维修资金";
    expect(kindOf(b, "漏雨", DAY)).toBe("problem");
    expect(kindOf(b, "维修资金", DAY)).toBe("plan");
    const c = "村里的路灯坏了一大半来年统一换成太阳能的";
    expect(kindOf(c, "路灯坏了", DAY)).toBe("problem");
    expect(kindOf(c, "太阳能", DAY)).toBe("plan");
  });

  it("near misses: a sign governed by what comes before it, or no problem before it, is no turn", () => {
    expect(kindOf("今年的防火任务没完成年内的指标", "年内的指标", DAY)).toBe("problem");
    expect(kindOf("群众反映的几件事近期统一答复", "统一答复", DAY)).toBe("plan");
    expect(kindOf("仓库漏雨的事近期要解决", "仓库漏雨", DAY)).toBe("plan");
  });
});

describe("a dialect perfective after a verb's result: 晋/陕/冀 咧, 湘 哒 (b4-, 89-, c3-, the chat corpus)", () => {
  it("湘 哒 after a finished verb is done, and the problem after it stays a problem", () => {
    expect(kindOf("村部的会议室刷完哒，桌椅还冇到", "刷完哒", DAY)).toBe("done");
    expect(kindOf("冬修水利开工哒，挖机只有两台", "开工哒", DAY)).toBe("done");
    expect(kindOf("冬修水利开工哒，挖机只有两台", "挖机", DAY)).toBe("problem");
  });

  it("work finished with 咧 is done, and closes its clause before a plan or a problem", () => {
    const a = "年终述职的材料弄好咧12月下旬开会述职";
    expect(kindOf(a, "材料弄好咧", DAY)).toBe("done");
    expect(kindOf(a, "开会述职", DAY)).toBe("plan");
    const b = "防火宣传册印完咧，库房放不下";
    expect(kindOf(b, "印完咧", DAY)).toBe("done");
    expect(kindOf(b, "库房放不下", DAY)).toBe("problem");
  });

  it("near misses: 咧 after a state or as 呢 is no perfective", () => {
    expect(kindOf("他们说行着咧 就这么弄", "行着咧", DAY)).toBe("done");
    expect(kindOf("消防栓的水管换完咧就是水压不够", "水压不够", DAY)).toBe("problem");
  });
});

describe("after work done, a state said by its shape (23-, 26-, 62-, 72-, 78-, 80-, a4-, c2-)", () => {
  it("many of them are so (…的多), and each time a season comes round (一到…就…): a problem", () => {
    expect(kindOf("走访了25户种粮户，囤着不卖的多。", "不卖的多", DAY)).toBe("problem");
    expect(kindOf("检查了14处水井，一到枯水期就见底。", "见底", DAY)).toBe("problem");
  });

  it("near misses: a welcome, or the office's own step each time, stays work done", () => {
    expect(kindOf("办了4期培训，反映满意的多。", "满意的多", DAY)).toBe("done");
    expect(kindOf("建了3个驿站，一到周末就安排志愿者值守。", "值守", DAY)).toBe("done");
  });
});

describe("a condition not yet met, then what befalls or the office's step (60-, a8-, a9-, c2-)", () => {
  it("what will befall the thing again is the problem; the office's step after 就 is a plan", () => {
    expect(kindOf("山上的便道还是土路，要是再下几天雨，车又要陷进去。", "陷进去", DAY)).toBe("problem");
    expect(kindOf("大棚的膜破了好几处，要是再刮大风，就先用草帘子压上。", "草帘子", DAY)).toBe("plan");
  });

  it("near misses: 主要是 is no 要是, and 就 + what befalls stays a problem", () => {
    expect(kindOf("问题主要是偏远的村留不住医生来了两年就走", "留不住", DAY)).toBe("problem");
    expect(kindOf("食堂只有一个厨师，万一病了就得停伙。", "停伙", DAY)).toBe("problem");
  });
});

describe("damage counted as a share or a length (a8-, 61-, 78-, a1-)", () => {
  it("what befell the things, counted, is a problem", () => {
    expect(kindOf("查了8个大棚，棚膜破了好几处。", "棚膜", DAY)).toBe("problem");
    expect(kindOf("今年补栽的树苗枯了一大半，", "树苗", DAY)).toBe("problem");
    expect(kindOf("巡了一遍河堤，东段塌了20多米", "东段", DAY)).toBe("problem");
    expect(kindOf("巡了一遍水渠，渡槽冻裂了好几节。", "渡槽", DAY)).toBe("problem");
  });

  it("near misses: cases solved and enforcement stay work done", () => {
    expect(kindOf("今年破了3起电诈案，追回赃款12万元。", "电诈", DAY)).toBe("done");
    expect(kindOf("关了6个违规砂石点。", "砂石点", DAY)).toBe("done");
  });
});

describe("asking others to come or help, nothing said done (a8-, a9-, c3-; 13-, 93- before)", () => {
  it("the request is a plan, whatever came before it", () => {
    expect(kindOf("走访了12户茶农，麻烦县茶叶站派个技术员下来看看。", "技术员", DAY)).toBe("plan");
    expect(kindOf("查了学校的校舍，打个报告请县教育局支持维修。", "教育局", DAY)).toBe("plan");
  });

  it("near misses: a request already met is work done", () => {
    expect(kindOf("开了座谈会，请专家讲了一堂课。", "专家", DAY)).toBe("done");
    expect(kindOf("今天请县医院的医生来义诊，看了80多人。", "义诊", DAY)).toBe("done");
  });
});

describe("the office's 把 on things named by what is wrong with them (a8-, c2-, c3-)", () => {
  it("the problem word only says which things: work done", () => {
    expect(kindOf("上礼拜把两个组的矛盾纠纷都调处了，", "纠纷", DAY)).toBe("done");
    expect(kindOf("前天把北湖村的积水抽干了。", "积水", DAY)).toBe("done");
  });

  it("near misses: what others did with 把 stays the problem", () => {
    expect(kindOf("有些村民图省事，自己把护栏拆了。", "护栏", DAY)).toBe("problem");
  });
});
