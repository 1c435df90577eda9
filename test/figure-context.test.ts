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
