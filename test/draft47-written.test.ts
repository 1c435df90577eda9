import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";

/**
 * draft47: spoken leftovers that reached the offline draft in round forty-six's console trial, by class — how often
 * said between the verb and what was taught, people counted with 个, a topic before 我局 and the helped count, rough
 * amounts in 斤/头, the filler 那个, 好多…都, and a few plan and problem phrasings. Every class has lines where it must
 * not fire. The lines are my own (黔东南、甘南、延边、闽西-like material).
 */
const day = "2026-12-05";
const work = (said: string) => writtenAmounts(cleanChat(said, day));

describe("how often closes the clause, after what was taught", () => {
  it.each([
    ["给合作社讲解了两次无人机飞防", "为合作社讲解无人机飞防2次"],
    ["給茶農講了三回採茶機使用", "为茶农讲解采茶机使用3次"],
    ["给养蜂户讲了四次越冬管理", "为养蜂户讲解越冬管理4次"],
    ["给村民演示了两回秸秆还田", "演示秸秆还田2次"],
    ["给养殖户宣讲了五次防疫政策", "宣讲防疫政策5次"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });
  it("in a plan too", () => {
    expect(planSentence("明年再给合作社讲两次无人机飞防", day)).toContain("为合作社讲解无人机飞防2次");
  });
  it.each([
    ["讲解了两次以后农户都会用了", "2次以后"],
    ["给合作社讲解无人机飞防两次", "讲解无人机飞防2次"],
    ["组织了三次检查", "3次"],
    ["为村民讲解了2次，反响很好", "讲解2次"],
  ])("not moved: 「%s」 keeps 「%s」", (said, kept) => {
    expect(work(said)).toContain(kept);
  });
});

describe("people counted with 个 are 人, after what they are", () => {
  it.each([
    ["今年引进了三个硕士", "引进硕士3人"],
    ["今年引進了兩個博士", "引进博士2人"],
    ["农技员派下去了十五个", "下派农技员15人"],
    ["防疫员今年派下去了八个", "下派防疫员8人"],
    ["派下去了十二个技术员", "下派12"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });
  it.each([
    ["引进了两名博士", "引进2名博士"],
    ["引进了三个项目", "引进3个项目"],
    ["新品种引进了五个", "5个"],
  ])("not people: 「%s」 keeps 「%s」", (said, kept) => {
    expect(work(said)).toContain(kept);
  });
});

describe("a topic said before 我局 and the helped count goes after the verb", () => {
  it.each([
    ["非遗工坊申报材料我局帮助合作社申报了五家", "帮助5家合作社报送非遗工坊申报材料"],
    ["高新技术企业申报材料我局帮助企业申报了八家", "帮助8家企业报送高新技术企业申报材料"],
    ["科技型中小企业评价我们帮助企业申报了二十家", "帮助20家企业申报科技型中小企业评价"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });
  it.each([
    ["今年我局帮助企业申报了八家", "帮助8家企业申报"],
    ["在石桥村帮助农户申请了六户", "6户"],
  ])("a time or place first is no topic: 「%s」 keeps 「%s」", (said, kept) => {
    const w = work(said);
    expect(w).toContain(kept);
    expect(w).not.toMatch(/报送|申报今年|申请在/u);
  });
});

describe("rough amounts by 斤 and 头, and other leftovers", () => {
  it.each([
    ["青稞良种发了两万来斤", "2万余斤"],
    ["牦牛良种发了三百来头", "300余头"],
    ["中藏药材种植示范基地建起来了三个", "建成3个"],
    ["帮八家企业弄下来高企认定", "帮助8家企业取得高新技术企业认定"],
    ["给移民安置点送了三批科普书", "送去3批科普书"],
    ["科技赶集摆了九回摊", "设摊9次"],
    ["组织农户去外省学了两次", "组织农户赴外省学习2次"],
    ["下村指导了四十几趟", "40余次"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });
  it.each([
    ["把问题弄下来再说", "取得"],
    ["他一个人跑了三趟才办下来", "取得"],
  ])("not rewritten: 「%s」 has no 「%s」", (said, absent) => {
    expect(work(said)).not.toContain(absent);
  });
});

describe("the filler 那个 inside a clause goes; 那个 pointing at a place or person stays", () => {
  it.each([
    ["嗯就是黑木耳那个技术培训搞了六期", "黑木耳技术培训"],
    ["村村通广播那个装了一百二十套", "村村通广播安装120套"],
    ["我们那个下乡培训搞了二十几场", "我局下乡培训"],
  ])("「%s」 → %s", (said, want) => {
    const w = work(said);
    expect(w).toContain(want);
    expect(w).not.toContain("那个");
  });
  it("in a plan", () => {
    expect(planSentence("下一步把那个冷库建起来", day)).not.toContain("那个");
  });
  it.each([["去那个村讲了两次课"], ["联系上了那个人"]])("kept: 「%s」", (said) => {
    expect(work(said)).toContain("那个");
  });
});

describe("problems and plans", () => {
  it.each([
    ["牛棚好多都漏风", "不少牛棚漏风"],
    ["好多农户都不会用手机查技术", "不少农户不会"],
    ["烤烟房好些都漏雨", "不少烤烟房漏雨"],
    ["农民学技术的劲头不大", "积极性不高"],
    ["项目验收拖得很久", "项目验收耗时较长"],
    ["年轻人都跑出去打工了", "青年外流"],
  ])("problem 「%s」 → %s", (said, want) => {
    expect(problemText(said, day)).toContain(want);
  });
  it.each([
    ["好多年没修过了", "好多年"],
    ["会议拖得很久才开完就散了", "拖得很久才"],
  ])("problem not rewritten: 「%s」 keeps 「%s」", (said, kept) => {
    expect(problemText(said, day)).toContain(kept);
  });
  it.each([
    ["明年给每个村配一名防疫员", "为每个村配备"],
    ["明年把补贴早点发下去", "尽早发放补贴"],
    ["明年把百香果再扩个两百亩", "新增百香果种植面积200亩"],
    ["明年打算派下去二十个技术员", "下派20"],
  ])("plan 「%s」 → %s", (said, want) => {
    expect(planSentence(said, day)).toContain(want);
  });
  it("a plan that only says to go on is left", () => {
    expect(planSentence("下一步继续做好人参种植技术服务", day)).toContain("继续做好人参种植技术服务");
  });
});
