import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-five's fig45 classes (i8-qingang, f21-fig45, round forty-four's leftovers). Sentences of our own — 客家、
 * 赣南、闽西, plain Mandarin, Traditional. The rules alone.
 */
const found = (text: string) =>
  (run(text, "2026-06-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}${f.approx ? "~" : ""}`);

describe("numbers that are part of a date, a file name or the weeks just past are no figures", () => {
  it("a lunar day (正月初八、腊月廿三) is a date, whatever follows it", () => {
    expect(found("正月初八组织了一场返乡青年座谈 到了四十几个")).toEqual(["四十几个=40人~"]);
    expect(found("腊月二十三前去了五户困难户家里")).toEqual(["五户=5户"]);
    expect(found("正月十五组织了三场灯谜会")).toEqual(["三场=3场"]);
  });
  it("the name of an attached file (…2026上半年登记.xlsx) is no count", () => {
    expect(found("上半年办文四百六十件 明细见附件 2026上半年收发文登记.xlsx")).toEqual(["四百六十件=460件"]);
    expect(found("名单见 第3批培训名单.docx 一共培训了八十人")).toEqual(["八十人=80人"]);
    expect(found("附件3个文件都发了")).toEqual(["3个=3个"]);
  });
  it("前两个礼拜 / 前几天 / 前八个月: the stretch just past, like 这两个礼拜", () => {
    expect(found("前两个礼拜连着跑了十一家规上企业")).toEqual(["十一家=11家"]);
    expect(found("前三个月走訪了二十户")).toEqual(["二十户=20户"]);
  });
  it("near misses: counted weeks and months of work stay figures", () => {
    expect(found("试点了三个月")).toEqual(["三个月=3个月"]);
    expect(found("驻村蹲点两个礼拜")).toEqual(["两个礼拜=2个礼拜"]);
  });
});

describe("sums of money said without 元", () => {
  it("a sum right after 贷到 / 筹到 / 借得, even after another count in the clause", () => {
    expect(found("用九件专利做质押 在农商行贷到两千五百万")).toEqual(["九件=9件", "两千五百万=25000000元"]);
    expect(found("两家合作社一共筹到三百万")).toEqual(["两家=2家", "三百万=3000000元"]);
    expect(found("帮三户贷到五万块")).toEqual(["三户=3户", "五万块=50000元"]);
  });
  it("a sum after 合同额 (the amount of contracts), as after 成交额", () => {
    expect(found("技术合同全年登了六十三份 合同额一亿一千万左右")).toEqual([
      "六十三份=63份",
      "一亿一千万左右=110000000元~",
    ]);
    expect(found("签约项目八个 签约额四千万")).toEqual(["八个=8个", "四千万=40000000元"]);
  });
  it("tens of 块 and more, then 的 (个、嘅) and what was bought: what it cost", () => {
    expect(found("八一前去人武部慰问 带了三千块个慰问品")).toEqual(["三千块=3000元"]);
    expect(found("买了两百块嘅礼品送去敬老院")).toEqual(["两百块=200元"]);
    expect(found("發了五百块的米油")).toEqual(["五百块=500元"]);
  });
  it("near misses: things that come in 块 stay pieces", () => {
    expect(found("村里装了八块宣传牌")).toEqual(["八块=8块"]);
    expect(found("换了三十块的地砖")).toEqual(["三十块=30块"]);
    expect(found("三十块的展板都换了")).toEqual(["三十块=30块"]);
    expect(found("种了三百亩 投到两个村")).toEqual(["三百亩=300亩", "两个=2个"]);
  });
});

describe("a bare 个 that counts people", () => {
  it("people as the topic, the count closing its clause (细人子三个 已经…)", () => {
    expect(found("全镇疑似辍学嘅细人子三个 已经劝返两个")).toEqual(["三个=3人", "两个=2人"]);
    expect(found("村里留守的细人仔五个，都送到学校了")).toEqual(["五个=5人"]);
  });
  it("a count opening its clause, then went or came, after people named in the sentence", () => {
    expect(found("组织党员到上堡村帮果农摘柚子 十六个去了 摘了两千多斤")).toEqual([
      "十六个=16人",
      "两千多斤=2000斤~",
    ]);
    expect(found("通知村干部开会 五个来了")).toEqual(["五个=5人"]);
    expect(found("叫志愿者去河边巡查 十二个都去了")).toEqual(["十二个=12人"]);
  });
  it("near misses: no people named, or a thing counted, stay 个", () => {
    expect(found("发了通知 三个来了")).toEqual(["三个=3个"]);
    expect(found("组织党员去村里 三个村去了")).toEqual(["三个=3个"]);
    expect(found("仓库里箱子三个 都坏了")).toEqual(["三个=3个"]);
  });
});

describe("the label of what passed after what was put forward", () => {
  const org = parseOrg({
    unit: "示例县",
    sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
    people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
  });
  const card = (text: string) =>
    extractUpdate(text, org, { today: "2026-12-04" }).figures.map((f) => cardFigure(f));
  it("申报了 / 上报了 is put forward whole (not 申 + 报了)", () => {
    expect(card("省级项目申报了八个，批下来三个")).toContain("省级项目申报获批 3个");
    expect(card("市级课题上报了5个 过了3个")).toContain("市级课题申报通过 3个");
  });
  it("near misses: the other ways of saying it read as before", () => {
    expect(card("高企今年共报了12家，过了9家")).toContain("高新技术企业申报通过 9家");
    expect(card("省级项目申请了6个 批下来了2个")).toContain("省级项目申请获批 2个");
  });
});

describe("clause kinds: a programme named 计划, and a school term named by its season", () => {
  const kinds = (text: string, day: string) => (run(text, day).clauses ?? []).map((c) => c.kind);
  it("营养改善计划、特岗计划、雨露计划 name a programme: no plan by themselves", () => {
    expect(kinds("营养改善计划今年春季覆盖农村学校七十八所 受益学生一万九千多名", "2026-02-26")).toEqual([
      "done",
    ]);
    expect(kinds("雨露计划今年补助了三百二十个学生", "2026-06-10")).toEqual(["done"]);
    expect(kinds("春蕾计划資助女童四十名", "2026-06-10")).toEqual(["done"]);
  });
  it("春季开学 / 春季学期 said in late February has begun", () => {
    expect(kinds("春季开学全县在校生约四万二千人 报到率百分之九十九点六", "2026-02-26")).toEqual(["done"]);
    expect(kinds("春季学期全县课后服务参加的学生一万八千多", "2026-02-27")).toEqual(["done"]);
  });
  it("near misses: a plan word, or the term still ahead, keep the plan", () => {
    expect(kinds("计划招九十二名老师", "2026-03-20")).toEqual(["plan"]);
    expect(kinds("春季开学前要把校舍检查一遍", "2026-02-20")).toEqual(["plan"]);
    expect(kinds("春季开学后组织一次安全大检查", "2026-01-10")).toEqual(["plan"]);
    expect(kinds("春季要组织植树", "2026-02-26")).toEqual(["plan"]);
  });
});
