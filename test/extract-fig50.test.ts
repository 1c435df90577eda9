import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round fifty's fig50 classes (f26-fig50 水利局 in 鄂北襄阳, j6-erchuan 云南大理, f22/f24/f25/j4/j5 leftovers).
 * Sentences of our own — 西南官话、鄂北话、关中话、普通话、全角.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("thousands typed with a full-width comma between full-width digits", () => {
  it("reads ４，５６０ as one number", () => {
    expect(found("今年完成植树４，５６０株")).toEqual(["4,560株=4560株"]);
    expect(found("全年接待群众１２，３００多人次")).toEqual(["12,300多人次=12300人次"]);
    expect(found("争取上级资金２，１５０万元")).toEqual(["2,150万元=21500000元"]);
  });
  it("near misses: a list of numbers after full-width commas stays two numbers", () => {
    expect(found("查了３家，１２个点位")).toEqual(["3家=3家", "12个=12个"]);
  });
});

describe("a spoken range whose lower end leaves out the scale (三到四千 = 3000–4000)", () => {
  it("the lower end takes the upper end's 千 / 万 / 百", () => {
    expect(found("年底前计划动员群众五到六千人次")).toEqual(["五到六千人次=5000人次"]);
    expect(found("每户补贴三到四千块")).toEqual(["三到四千块=3000元"]);
  });
  it("near misses: a range that says its scale at both ends reads as before", () => {
    expect(found("每户补五千到八千块")).toEqual(["五千到八千块=5000元"]);
    expect(found("每个点安排三到五个")).toHaveLength(1);
  });
});

describe("N个工作日内: a time limit, not a figure", () => {
  it("a limit in working days", () => {
    expect(found("要求各乡镇七个工作日内把台账交上来")).toEqual([]);
    expect(found("整改报告须在十个工作日内报局里")).toEqual([]);
  });
  it("near misses: working days spent are still counted", () => {
    expect(found("验收组连续干了五个工作日")).toEqual(["五个工作日=5个工作日"]);
  });
});

describe("a number put right by its difference to the one just said (比我刚才说的多三户 是四十三户)", () => {
  it("the old number and the difference go, the number meant stays", () => {
    expect(found("青苗补偿发了五十户 哦 比我刚才说的多四户 是五十四户")).toEqual(["五十四户=54户"]);
    expect(found("收回调查表八十二份 不对 比刚才讲的少两份 是八十份")).toEqual(["八十份=80份"]);
  });
  it("near misses: a difference to last year is a figure of its own", () => {
    expect(found("今年发了五十户 比去年多四户")).toEqual(["五十户=50户", "四户=4户"]);
  });
});

describe("the days nothing went wrong in (七天冇出事) are not days of work", () => {
  it("N天 then 没/冇/么 出事", () => {
    expect(found("春节放假那七天冇出么子事")).toEqual([]);
    expect(found("汛期值班 十五天都没出问题")).toEqual([]);
  });
  it("near misses: days worked, said with 连续 or 了, stay", () => {
    expect(found("连续巡堤六天没出事")).toEqual(["六天=6天"]);
    expect(found("蹲守了四天没出岔子")).toEqual(["四天=4天"]);
  });
});

describe("a bare 个 counting people: an audience, people taking turns, people sent to keep order", () => {
  it("听的 N 个, 轮值 每天 N 个, 派 N 个到…协助安保", () => {
    expect(found("防溺水讲座办了三场 听的九十多个")).toEqual(["三场=3场", "九十多个=90人"]);
    expect(found("清明期间股室轮值 每天四个")).toEqual(["四个=4人"]);
    expect(found("赛龙舟那天派了六个到河边协助维持秩序")).toEqual(["六个=6人"]);
  });
  it("near misses: things counted by 个 stay 个", () => {
    expect(found("十四个卡口轮流值守")).toEqual(["十四个=14个"]);
    expect(found("派了三个到乡镇协助搞普查")).toEqual(["三个=3个"]);
    expect(found("听的反映有二十几个")).toEqual(["二十几个=20个"]);
  });
});

describe("one of a measure given to each household or person (每户一吨) is a figure", () => {
  it("每户/每人 + a verb or not + 一 + 吨/方", () => {
    expect(found("冬季救助给每户送了一吨煤")).toEqual(["一吨=1吨"]);
    expect(found("冬修的农户每户补了一方砂石")).toEqual(["一方=1方"]);
  });
  it("near misses: a lone 一 with no 每, or one 个 each, stays out", () => {
    expect(found("买了一吨水泥")).toEqual([]);
    expect(found("每人一个")).toEqual([]);
    expect(found("每户送了一袋面粉一桶油")).toEqual([]);
  });
});

describe("two places just gone to one after the other, said again as finished (两家都弄完了)", () => {
  it("上午…下午又去…, then 两家都弄完了", () => {
    expect(found("上午在粮站对了台账下午又去油厂看了账本两家都弄完了")).toEqual([]);
    expect(found("先去了城关水厂 又跑了河口水厂 两家都查完了")).toEqual([]);
  });
  it("near misses: two set up, then both open, is counted once", () => {
    expect(found("今年新建两家 两家都开业了")).toEqual(["两家=2家"]);
  });
});
