import { describe, expect, it } from "vitest";
import { createFigureMatcher, extractFigures, figureKey, findStatedFigures } from "../src/domain/figures.js";

/** What a count means in its sentence (src/domain/figure-context.ts): each rule on new wording. */
const vua = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.approx]);

describe("a count read in its sentence", () => {
  it("期 after a numeral names a project phase unless the sentence counts sessions or issues", () => {
    expect(vua("明年启动污水管网三期")).toEqual([]);
    expect(vua("安置小区二期主体完工")).toEqual([]);
    expect(vua("3期工程已完成招标")).toEqual([]);
    expect(vua("举办电商培训班3期")).toEqual([[3, "期", false]]);
    expect(vua("编发工作简报二十期")).toEqual([[20, "期", false]]);
    expect(vua("农民夜校，全年共办了两期")).toEqual([[2, "期", false]]);
  });

  it("a small count with 都/均 that resumes items listed by name is no new figure", () => {
    expect(vua("去了东岭村、西岭村，两个村都已通水")).toEqual([]);
    expect(vua("检查了城关小学和实验小学，两所小学均达标")).toEqual([]);
    expect(vua("去了北街和南街两个社区，两个社区都装了充电桩")).toEqual([[2, "个", false]]);
    // Not a restatement: nothing was listed, or the items differ; the count said with the list counts.
    expect(vua("两个村都已通水")).toEqual([[2, "个", false]]);
    expect(vua("到城关、柳河两个乡镇调研")).toEqual([[2, "个", false]]);
    expect(vua("走访了3个村，发现两家企业都有隐患")).toEqual([
      [3, "个", false],
      [2, "家", false],
    ]);
  });

  it("二 before a unit of organisation is a name: 二组, 二队 (counting says 两组)", () => {
    expect(vua("晚上去二组开会，顺路看二期工地")).toEqual([]);
    expect(vua("分成两组，每组5人")).toEqual([
      [2, "组", false],
      [5, "人", false],
    ]);
  });

  it("how long a thing has been in use or a person in post is an age; how long work took counts", () => {
    expect(vua("消防车用了十二年")).toEqual([]);
    expect(vua("老刘在站里干了三年")).toEqual([]);
    expect(vua("新平台运行5个月")).toEqual([]);
    expect(vua("这批路灯都快十年了")).toEqual([]);
    expect(vua("便民服务站挂牌8个月，合作社成立两年")).toEqual([]);
    expect(vua("试点3个月，连续5年增产，推迟了10天")).toEqual([
      [3, "个月", false],
      [5, "年", false],
      [10, "天", false],
    ]);
  });

  it("个 counting people is 人: a person noun after it, or people as the subject of the count", () => {
    expect(vua("招了6个协管员，护林人员只有两个")).toEqual([
      [6, "人", false],
      [2, "人", false],
    ]);
    expect(vua("12个志愿者参加，帮扶对象有9个，请了4个传承人")).toEqual([
      [12, "人", false],
      [9, "人", false],
      [4, "人", false],
    ]);
    expect(vua("普查对象1.36万个")).toEqual([[13600, "个", false]]);
    // Villages, groups and stations named after people are not people.
    expect(vua("5个村的党员参加，成立3个志愿者服务队，建成2个专家工作站")).toEqual([
      [5, "个", false],
      [3, "个", false],
      [2, "个", false],
    ]);
    // So 「招了6个协管员」 grounds 「招录协管员6名」 in a draft.
    expect(
      createFigureMatcher(extractFigures("招了6个协管员")).replaceUnmatched("招录协管员6名").replaced,
    ).toEqual([]);
  });

  it("一半 is 50 %, approximate after 不到/快/超过", () => {
    expect(vua("审批时间缩短了一半")).toEqual([[50, "%", false]]);
    expect(vua("达标的不到一半，超过一半的村没有")).toEqual([
      [50, "%", true],
      [50, "%", true],
    ]);
    expect(vua("另一半资金明年到位")).toEqual([]);
  });

  it("a stated range is one figure at its lower end; grounding still reads both ends", () => {
    const stated = findStatedFigures("每个网格配2到3名志愿者").map((f) => [
      f.figure.raw,
      f.figure.value,
      f.figure.approx,
    ]);
    expect(stated).toEqual([["2到3名", 2, true]]);
    expect(vua("每个网格配2到3名志愿者")).toEqual([
      [2, "名", false],
      [3, "名", false],
    ]);
    // 「4.2026年打算」: a list number run into a year; 3个工作日 is 3 working days.
    expect(vua("4.2026年打算：压缩到3个工作日，接听1.3万通，备沙袋两千多袋，还差1艘")).toEqual([
      [3, "个工作日", false],
      [13000, "通", false],
      [2000, "袋", true],
      [1, "艘", false],
    ]);
    expect(figureKey({ value: 3, unit: "个工作日" })).toBe(figureKey({ value: 3, unit: "工作日" }));
  });
});

/** Round six: the readings the blind batches 27-yunling and 28-qinghe missed, on wording of our own. */
describe("money, tenths, people and sessions said the colloquial way", () => {
  it("a sum with no 元 in a context of money (债务、资本、卖了、资助) is in 元; 发放 and 售出 alone say nothing", () => {
    expect(vua("今年招引社会资本8000万")).toEqual([[80000000, "元", false]]);
    expect(vua("后年到期的债务还有1.3亿")).toEqual([[130000000, "元", false]]);
    expect(vua("西瓜一季卖了600多万")).toEqual([[6000000, "元", true]]);
    expect(vua("贫困生资助共920万，惠及学生4000人")).toEqual([
      [9200000, "元", false],
      [4000, "人", false],
    ]);
    // Leaflets handed out and tickets sold may be counted without their unit: no money in that.
    expect(vua("发放宣传册3万，售出门票2万")).toEqual([
      [30000, "", false],
      [20000, "", false],
    ]);
  });

  it("reads 来 before a scale word, and a bare sum right after income or wages", () => {
    expect(vua("帮工人讨回欠薪三百来万")).toEqual([[3000000, "元", true]]);
    expect(vua("每亩纯收入大概五千出头")).toEqual([[5000, "元", true]]);
    expect(vua("护工月工资才2800")).toEqual([[2800, "元", false]]);
    // A range keeps its second number's unit and scale.
    expect(vua("每户补助3-5万元")).toEqual([
      [30000, "元", false],
      [50000, "元", false],
    ]);
  });

  it("一成, 两成, 三成半 are shares; 一成不变 is no figure", () => {
    expect(vua("约有两成的农户没参保")).toEqual([[20, "%", false]]);
    expect(vua("回收率只有三成半")).toEqual([[35, "%", false]]);
    expect(vua("一成的苗没成活，做法一成不变")).toEqual([[10, "%", false]]);
  });

  it("个 counts people behind a modifier, 者 nouns and 农民工; not behind a conjunction", () => {
    const units = (s: string) => findStatedFigures(s).map((f) => `${f.figure.value}${f.figure.unit}`);
    expect(units("全镇只有三个专职美术老师")).toEqual(["3人"]);
    expect(units("帮80多个农民工讨薪，帮30个创业者办了贷款")).toEqual(["80人", "30人"]);
    expect(units("改造完成6个，剩下两个因为业主不同意停着")).toEqual(["6个", "2个"]);
    expect(units("每村选两个或者三个点位")).toEqual(["2个", "3个"]);
  });

  it("an age, an average one too, is no figure; a session held once is", () => {
    expect(vua("护林员平均年龄五十九岁")).toEqual([]);
    expect(vua("返乡创业培训班办了一期，学员38人")).toEqual([
      [1, "期", false],
      [38, "人", false],
    ]);
    expect(vua("开了一次会，研究了一期工程")).toEqual([]);
  });

  it("十几 and 二十几 are at least ten and twenty, like 十多; 几十 says no number", () => {
    expect(vua("走访了十几家企业，二十几个村")).toEqual([
      [10, "家", true],
      [20, "个", true],
    ]);
    expect(vua("几十家企业参加")).toEqual([]);
  });

  it("一大半 is more than half; money got back by 追讨; 前10个月 names a period", () => {
    expect(vua("参加的村民里妇女占了一大半")).toEqual([[50, "%", true]]);
    expect(vua("帮农民工追讨欠薪150多万")).toEqual([[1500000, "元", true]]);
    expect(vua("前10个月累计完成投资8.2亿元")).toEqual([[820000000, "元", false]]);
    // Not 提前10天, a lead time, nor a count of days worked.
    expect(vua("连续奋战10天")).toEqual([[10, "天", false]]);
  });
});
