import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { countAfterLabel, writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardFigure } from "../src/conversation/render-update.js";
import { frontedObject } from "../src/conversation/card-label-fronted.js";
import { labelWithTopic } from "../src/conversation/card-label-topic.js";

/**
 * draft45: the offline draft as a 公文 writer reads it — one rule for a plan's 下半年 (domain/plan-year.ts decides the
 * year, plan-lead.ts asks it), a spoken verb taking the fronted topic, trips counted at the clause's end, teachers not
 * turned into the trained, bare problem words of degree, and people counted 人 on the card as in the draft. Each rule
 * beside sentences where it must not fire.
 */
const december = "2026-12-05";
const work = (s: string) => writtenAmounts(cleanChat(s, december));

describe("a plan's 下半年: kept exactly when the plan is the next year's", () => {
  it.each([
    // Said in December or November: next year's second half, kept.
    ["下半年再搞一次科普赶集", "2026-12-10", undefined, "下半年再开展一次科普赶集"],
    ["下半年呢，组织一回村干部培训", "2026-11-15", undefined, "下半年组织一次村干部培训"],
    // Said in August: plan-year.ts counts it this year's (the half it is in) — its own period, 下半年 goes.
    ["下半年再搞一次科普赶集", "2026-08-10", undefined, "再开展一次科普赶集"],
    ["下半年打算举办3场培训", "2026-09-01", undefined, "举办3场培训"],
    ["下半年準備再搞一次科普趕集", "2026-10-20", undefined, "再开展一次科普赶集"],
    // Said in May after a plan for 明年 (the plan part knows it is next year's): kept.
    ["下半年再搞一次科普赶集", "2026-05-10", 2027, "下半年再开展一次科普赶集"],
    ["下半年呢，再到石桥村搞一次义诊", "2026-04-02", 2027, "下半年再到石桥村开展一次义诊"],
    // Said in June with no year: the coming half, goes (as before).
    ["下半年再搞一次科普赶集", "2026-06-20", undefined, "再开展一次科普赶集"],
  ])("「%s」 said %s (year %s) → 「%s」", (said, date, year, want) => {
    expect(planSentence(said, date, "", year)).toBe(want);
  });
});

describe("a spoken verb takes the fronted topic", () => {
  it.each([
    ["宣传册这块，印了两千来本", "印制宣传册2000余本"],
    ["宣傳冊這塊，印了一千本", "印制宣传册1000本"],
    ["科普挂图这块儿，我们印了五百来份", "印制科普挂图500余份"],
    ["海报这块，贴了八十来张", "张贴海报80余张"],
    ["明白纸那块，发了三千多张", "发放明白纸3000多张"],
    ["培训班这块，办了三期", "举办培训班3期"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(work(said)).toBe(want);
  });
  it.each([
    // A speaker or a whole field first, a place with a verb not done to it, a noun after the count: not joined.
    ["我们这边，印了两千本", "宣传册"],
    ["宣传这块，发了三千多张", "发放宣传"],
    ["食用菌基地那边，种了八百亩", "种植食用菌基地"],
    ["宣传册这块，印了两千本科普读物", "印制宣传册"],
  ])("「%s」 does not read 「%s」", (said, not) => {
    expect(work(said)).not.toContain(not);
  });
  it("the card joins the same written verbs", () => {
    expect(labelWithTopic("张贴", "海报")).toBe("张贴海报");
    expect(labelWithTopic("种植", "中药材")).toBe("种植中药材");
  });
});

describe("trips close the clause; whom we went with stays the object", () => {
  it.each([
    ["我们陪同领导两次去联系村调研", "我局陪同领导赴联系村调研2次"],
    ["我们陪同省里专家三回去基地看", "我局陪同省里专家赴基地看3次"],
    ["我局陪同县领导四趟下乡检查", "我局陪同县领导下乡检查4次"],
    ["我们陪着市里检查组两趟到石桥村", "我局陪同市里检查组赴石桥村2次"],
    ["我们陪同了领导两次", "我局陪同领导2次"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(work(said)).toBe(want);
  });
  it.each([
    // No trips counted, or the count is of people: as before.
    // No trips counted: nothing moves; going with them to a place is 赴.
    ["我们陪同领导去联系村调研", "陪同领导赴联系村调研"],
    ["陪同专家到基地指导农户30户", "30户"],
    ["我们陪同领导两次", "陪同领导2次"],
  ])("「%s」 keeps 「%s」", (said, keep) => {
    expect(work(said)).toContain(keep);
  });
});

describe("those who teach are not the trained", () => {
  it.each([
    ["专家培训了三百人", "培训专家"],
    ["省里专家培训了两百来人", "培训省里专家"],
    ["老师培训了一百二十人", "培训老师"],
    ["农技专家培养了二十个", "培养农技专家"],
  ])("「%s」 does not read 「%s」", (said, not) => {
    expect(work(said)).not.toContain(not);
    expect(frontedObject(said.replace(/了.*$/u, ""))).toBe(said.replace(/了.*$/u, ""));
  });
  it.each([
    ["农民培训了三百来人", "培训农民300余人"],
    ["农技员培训了八十多个", "培训农技员80多人"],
    ["科技特派员选派了十二个", "选派科技特派员12人"],
    ["专家引进了三个", "引进专家3人"],
  ])("the trained still follow their verb: 「%s」 → 「%s」", (said, want) => {
    expect(work(said)).toBe(want);
  });
});

describe("people after their noun are counted 人 on the card as in the draft", () => {
  it.each([
    ["选派科技特派员", "12个", "12人"],
    ["表彰乡土人才", "6个", "6人"],
    ["培训农民", "300余个", "300余人"],
    // Not people, or people in 名 or 人 already: as given.
    ["新建科普e站", "4个", "4个"],
    ["选派科技特派员", "12名", "12名"],
    ["科技特派员工作站", "3个", "3个"],
  ])("%s %s → %s", (label, count, want) => {
    expect(countAfterLabel(label, count)).toBe(want);
  });
  it("the card line of 「科技特派员选派了十二个」 says 人", () => {
    const line = cardFigure({
      context: "科技特派员选派了",
      raw: "12个",
      value: 12,
      unit: "个",
      approx: false,
    } as never);
    expect(line).toContain("12人");
    expect(line).not.toContain("12个");
  });
});

describe("problems: bare words of degree in writing", () => {
  it.each([
    ["乡镇科普阵地少", "乡镇科普阵地偏少"],
    ["示範基地少", "示范基地偏少"],
    ["经费比较少，活动不好搞", "经费偏少"],
    ["村里网速慢", "村里网速较慢"],
    ["项目资金到位慢", "项目资金到位较慢"],
    ["申报材料质量差", "申报材料质量较差"],
    ["宣传栏旧了", "宣传栏老旧"],
    ["少数农户不太配合", "少数农户配合度不高"],
  ])("「%s」 → contains 「%s」", (said, want) => {
    expect(problemText(said, december)).toContain(want);
  });
  it.each([
    // 少 that is no shortage at a clause's end, and words of their own.
    ["来的人不少", "不偏少"],
    ["企业数量减少", "减偏少"],
    ["资金缺少", "缺偏少"],
    ["报材料老拖", "报材料"],
    ["填报材料不规范", "填报送"],
    ["上报材料有错漏", "上报送"],
    ["心里有点慢", "较慢"],
  ])("「%s」 does not read 「%s」", (said, not) => {
    expect(problemText(said, december)).not.toContain(not);
  });
  it("报材料 said alone is still 报送材料", () => {
    expect(problemText("报材料老拖", december)).toContain("报送材料");
  });
});

describe("plans: the topic, the trouble solved, more built, going with someone", () => {
  it.each([
    ["宣传册这块，明年再印三千本", "印制宣传册3000本"],
    ["明白纸那块，明年还要发五千张", "发放明白纸5000张"],
    ["明年想把网速的问题解决掉", "解决网速问题"],
    ["下一步把断网的问题都解决好", "解决断网问题"],
    ["下一步把科普阵地再建多点", "增建科普阵地"],
    ["明年要把宣传栏换新的", "更新宣传栏"],
    ["明年陪同领导去联系村调研三次", "陪同领导赴联系村调研3次"],
  ])("「%s」 → 「%s」", (said, want) => {
    expect(planSentence(said, december)).toBe(want);
  });
  it.each([
    // 问题 that is not solved by the plan, 建 with a number, 去 with nobody accompanied: as before.
    ["明年把问题清单报上去", "解决"],
    ["明年把示范点再建3个", "增建"],
    ["明年去联系村调研三次", "赴联系村"],
    ["我们这边，明年再印三千本", "我们这边"],
  ])("「%s」 does not read 「%s」", (said, not) => {
    expect(planSentence(said, december)).not.toContain(not);
  });
});

describe("陪同 at a clause's head is said once", () => {
  it.each([
    ["陪同领导2次", "陪同领导2次"],
    ["陪同省里专家下乡3次", "陪同省里专家下乡3次"],
    ["陪领导下乡", "陪同领导下乡"],
    ["陪着专家看了五个基地", "陪同专家"],
  ])("「%s」 → contains 「%s」", (said, want) => {
    const w = cleanChat(said, december);
    expect(w).toContain(want);
    expect(w).not.toContain("陪同同");
  });
  it("the card line of 「陪同领导 两次」", () => {
    const line = cardFigure({
      context: "陪同领导",
      raw: "两次",
      value: 2,
      unit: "次",
      approx: false,
    } as never);
    expect(line).not.toContain("陪同同");
    expect(line).toContain("陪同领导");
  });
});
