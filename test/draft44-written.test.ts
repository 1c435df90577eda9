import { describe, expect, it } from "vitest";
import { planYears } from "../src/domain/plan-year.js";
import { parseDate } from "../src/domain/period.js";
import { topHeadlines } from "../src/drafting/choose-headlines.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import type { Material } from "../src/drafting/gather-material.js";
import type { Update } from "../src/domain/update.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";

/**
 * draft44: classes a 公文 reader would not accept in the offline draft, each with sentences where the rule must not fire.
 */
const december = "2026-12-05";
const work = (s: string) => cleanChat(s, december);
const said = (d: string) => {
  const p = parseDate(d);
  if (!p) throw new Error(d);
  return p;
};

describe("下半年 said in November or December is the next year's", () => {
  it.each([
    [["下半年再搞一次科普赶集"], "2026-12-05", [2027]],
    [["下半年再搞一次科普赶集"], "2026-11-20", [2027]],
    [["三季度完成验收"], "2026-12-10", [2027]],
    // After a plan for the next year, a season is that year's, whenever said.
    [["明年打算办三场培训", "下半年再搞一次科普赶集"], "2026-06-10", [2027, 2027]],
    [["明年打算办三场培训", "四季度再开一次推进会"], "2026-03-02", [2027, 2027]],
  ])("%j said on %s → %j", (plans, day, want) => {
    expect(planYears(plans, said(day))).toEqual(want);
  });

  it.each([
    // Must not fire: 下半年 said before November is this year's; days and deadlines of December are this year's.
    [["下半年再搞一次科普赶集"], "2026-06-10", [2026]],
    [["下半年再搞一次科普赶集"], "2026-09-01", [2026]],
    [["四季度完成验收"], "2026-11-05", [2026]],
    [["下半年这两天把表报上去"], "2026-12-10", [2026]],
    [["年底前完成验收"], "2026-12-01", [2026]],
    [["今年下半年再搞一次"], "2026-12-05", [2026]],
    [["下一步把档案整理好", "下半年再搞一次科普赶集"], "2026-06-10", [2026, 2026]],
  ])("%j said on %s stays %j", (plans, day, want) => {
    expect(planYears(plans, said(day))).toEqual(want);
  });
});

describe("a plan keeps 再 where 再…一次 is its meaning", () => {
  it.each([
    ["下半年再搞一次科普赶集", "2026-05-10", "再开展一次科普赶集"],
    ["下半年再办一次农技培训", "2026-03-18", "再开展一次农技培训"],
    ["再搞一次义诊", december, "再开展一次义诊"],
    ["再開一回座談會", december, "再召开一次座谈会"],
    ["还想再请党校老师来讲一次课", december, "再邀请党校老师授课一次"],
    ["下一步想再請黨校老師來講一次課", december, "再邀请党校老师授课一次"],
    ["还要多请几个专家下来指导", december, "邀请更多专家到基层指导"],
    ["请农技专家过来讲课", december, "邀请农技专家授课"],
  ])("「%s」 said on %s → 「%s」", (s, d, want) => {
    expect(planSentence(s, d)).toBe(want);
  });

  it.each([
    // Must not fire: a 再 with no 一次 is the plan's lead and goes as before; 请 with no teaching or guiding stays.
    ["再建3个基地", "建3个基地"],
    ["再把档案整理好", "将档案整理好"],
    ["请专家帮忙看看方案", "请专家帮忙看看方案"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(planSentence(s, december)).toBe(want);
  });
});

describe("领导 is an address only before a pause or a greeting", () => {
  it.each([
    ["领导我们陪同了两次", "陪同领导2次"],
    ["县领导我们陪同了三回", "陪同县领导3次"],
    ["省里专家我们陪同了三回", "陪同省里专家3次"],
    ["上级检查组我们接待了五批", "接待上级检查组5批"],
    ["外地考察团咱们接待了两批", "接待外地考察团2批"],
    ["领导安排的工作都完成了", "领导安排的工作均完成"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });

  it.each([
    // Must not fire: an address still goes; a person who may be the one acting stays first.
    ["领导，我们组织了三场培训", "我局组织3场培训"],
    ["领导好，我们组织了三场培训", "我局组织3场培训"],
    ["各位领导：我们组织了三场培训", "我局组织3场培训"],
    ["专家我们请了3位", "专家我局请了3位"],
    ["县里我们争取了两个项目", "县里我局争取2个项目"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });
});

describe("lessons: who taught only where the text says it", () => {
  it.each([
    ["专题党课上了两堂", "开展专题党课2堂"],
    ["專題黨課上了兩堂", "开展专题党课2堂"],
    ["给村民上了三堂法治课", "为村民讲授法治课3堂"],
    ["我给茶农讲了四堂课", "为茶农讲授课程4堂"],
    ["党员听了五堂专题辅导课", "党员听取专题辅导课5堂"],
    ["早上了3节课", "上课3节"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });

  it.each([
    // Must not fire: already written, no count, or 上了 that is no lesson.
    ["为村民讲授法治课3堂", "为村民讲授法治课3堂"],
    ["专题党课上得很好", "专题党课上得很好"],
    ["我们上了三趟山", "我局上了3次山"],
    ["党员听课很认真", "党员听课很认真"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });
});

describe("who came to ask: 接受群众咨询, the count as said", () => {
  it.each([
    ["咨询的群众有50余人", "接受群众咨询50余人"],
    ["来咨询的老百姓大概有八十个", "接受群众咨询约80人"],
    ["现场咨询的群众有一百多人", "现场接受群众咨询100余人"],
    ["過來諮詢的群眾有三十多人", "接受群众咨询30余人"],
    ["前来咨询的企业有12家", "接受企业咨询12家"],
    ["培训的农民有三百人", "培训农民300人"],
    ["来听讲座的居民差不多两百人", "听讲座居民约200人"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });

  it.each([
    // Must not fire: no count, already written, or a count of consultations of another kind.
    ["群众咨询很多", "群众咨询很多"],
    ["接受群众咨询50余人次", "接受群众咨询50余人次"],
    ["咨询的问题有20多个", "咨询的问题有20多个"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });
});

describe("the opening leads with work done, not with an audience", () => {
  const material = (texts: string[]): Material => {
    const all = texts.map(
      (normalizedText, i) =>
        ({
          id: `u${i}`,
          section: `s${i}`,
          date: "2026-11-30",
          normalizedText,
          figures: [],
          items: [],
          problems: [],
          plans: [],
        }) as unknown as Update,
    );
    return { all, sections: [], period: { year: 2026 } } as unknown as Material;
  };
  const quoted = (texts: string[]) => topHeadlines(material(texts), 3).map((h) => h.clause);

  it.each([
    [["专题党课上了两堂，听课的党员大约两百人", "帮企业申报了高新技术企业八家"], "听课党员"],
    [["咨询的群众有一百多人", "新认定高新技术企业5家"], "咨询"],
    [["举办培训班一期，参训学员120人", "新认定企业研发中心4家"], "参训学员"],
    [["去影院看了警示片，观看的干部有150人", "争取项目资金300万元"], "观看"],
  ])("%j: no 「%s」 in the opening", (texts, audience) => {
    const got = quoted(texts);
    expect(got.length).toBeGreaterThan(0);
    expect(got.join("；")).not.toContain(audience);
  });

  it.each([
    // Must not fire: people trained or helped are the work itself.
    [["全年培训农民300人"], "全年培训农民300人"],
    [["全年帮扶低收入农户120户"], "全年帮扶低收入农户120户"],
  ])("%j: 「%s」 is still quoted", (texts, clause) => {
    expect(quoted(texts)).toContain(clause);
  });
});

describe("how often, said between going and where", () => {
  it.each([
    ["今年俺们下乡搞科普，一共去了十二趟村里", "我局下乡开展科普活动，共下村12次"],
    ["去了三趟石桥村", "赴石桥村3次"],
    ["去了两回县一中", "赴县一中2次"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });

  it.each([
    // Must not fire: no place, or already written.
    ["去了3次", "去了3次"],
    ["赴石桥村3次", "赴石桥村3次"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(work(s)).toBe(want);
  });
});

describe("problems in written words (draft44)", () => {
  const problem = (s: string) => problemText(s, december);
  it.each([
    ["党员学习积极性不太高", "党员学习积极性不高"],
    ["群众意识不大强", "群众意识不强"],
    ["有的党员老是请假", "部分党员经常请假"],
    ["企业研发投入上不去", "企业研发投入难以提高"],
    ["农民收入一直提不起来", "农民收入难以提高"],
    ["企业搞研发的钱舍不得出", "企业研发投入意愿不强"],
    ["懂技术的人太少了", "技术人才不足"],
    ["办事的手续太多了", "办事手续过多"],
    ["村里老人看不懂那些宣传单，字太小了", "村里老人难以看懂宣传单，字偏小"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(problem(s)).toBe(want);
  });

  it.each([
    // Must not fire: 高兴 is no level, a road one cannot climb is no figure, 懂事 is no skill.
    ["心里不太高兴", "心里不太高兴"],
    ["车子上不去山", "车子上不去山"],
    ["懂事的人不多", "懂事的人不多"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(problem(s)).toBe(want);
  });
});

describe("plans: a month, a place and who is gathered (draft44)", () => {
  it.each([
    ["打算九月份再组织一回应急演练", "2026-04-02", "9月再组织一次应急演练"],
    ["年底前再去石桥村回访一次", "2026-06-15", "年底前再赴石桥村回访一次"],
    ["下半年的时候再把村干部叫来培训一回", december, "下半年再组织村干部培训一次"],
    ["下半年呢再搞一次义诊", december, "下半年再开展一次义诊"],
    ["3月再搞一次培训", december, "3月再开展一次培训"],
  ])("「%s」 said on %s → 「%s」", (s, d, want) => {
    expect(planSentence(s, d)).toBe(want);
  });

  it.each([
    // Must not fire: a month with no 再 is unchanged by the run-on rule; 叫来 with no training or meeting stays.
    ["打算3月把档案整理好", "3月完成档案整理"],
    ["把村干部叫来开个会", "将村干部叫来开个会"],
  ])("「%s」 → 「%s」", (s, want) => {
    expect(planSentence(s, december)).toBe(want);
  });
});
