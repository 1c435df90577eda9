import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-six's fig56 classes (the lead's console tries, f32-fig56 河池, fig54/k0/k1 leftovers).
 * Sentences of our own — 桂柳话、普通话、typos, full-width punctuation, a few Traditional characters, emoji.
 */
const figureKinds = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}:${f.kind}`);

describe("good news about a part of what was just visited is work done", () => {
  it("「走访了5家企业 有两家今年营收比去年翻番」 with a space, a comma, no 了", () => {
    for (const t of [
      "走访了5家企业 有两家今年营收比去年翻番",
      "走访了5家企业，有两家今年营收比去年翻番",
      "走访5家企业 有两家营收翻番",
      "上门看了七户养蚕大户 有三户今年蚕茧收入比去年多了一万多😄",
      "去了9个合作社，有四個今年社員分紅提高了两成",
      "跑了12户蔗农 有5户亩产过了七吨",
    ])
      expect(kinds(t), t).toEqual(["done"]);
    expect(figureKinds("走访了5家企业 有两家今年营收比去年翻番")).toEqual([
      "5家:achieved",
      "两家:achieved",
      "翻番:achieved",
    ]);
  });
  it("near miss: a part singled out with what is wrong, or a bad thing rising, stays a problem", () => {
    expect(kinds("走访了8家企业 有两家成本涨了三成")).toEqual(["done", "problem"]);
    expect(kinds("查了12家 有3家还没建研发辅助账")).toEqual(["done", "problem"]);
    expect(kinds("回访了10户 有两户投诉比去年多了")).toEqual(["done", "problem"]);
  });
});

describe("a firm's research spending rising is good news", () => {
  it("「研发费用翻番」「研发支出增长了四成」 are work done", () => {
    expect(kinds("企业研发费用翻番")).toEqual(["done"]);
    expect(kinds("帮企业归集 全县规上企业研发支出比去年增长了四成")).toEqual(["done"]);
    expect(kinds("帮十七家企业申报加计扣除 有三家研发费用比去年翻番")).toEqual(["done"]);
  });
  it("near miss: the office's own spending or costs rising stay problems", () => {
    expect(kinds("办公室开支翻番")).toEqual(["problem"]);
    expect(kinds("车辆运行费用比去年增加了两成")).toEqual(["problem"]);
    expect(kinds("化肥成本上涨了一成半")).toEqual(["problem"]);
  });
});

describe("还有 before a verb and its 了 opens one more thing done", () => {
  it("「还有发了宣传册500本」「另外还有印了挂图…」", () => {
    expect(kinds("还有发了宣传册500本")).toEqual(["done"]);
    expect(figureKinds("还有发了宣传册500本")).toEqual(["500本:achieved"]);
    expect(kinds("另外还有搞了一场铜鼓山歌比赛 来了三百多人")).toEqual(["done"]);
    expect(kinds("还有印了科普挂图两百张，發到各村")).toEqual(["done"]);
  });
  it("near miss: what is left, or what broke, stays a problem", () => {
    expect(kinds("还有三户没签约")).toEqual(["problem"]);
    expect(kinds("还有坏了三台没修")).toEqual(["problem"]);
  });
});

describe("posts set against the people at work are too few hands", () => {
  it("「编制十八个 实际在岗十一个 …跑不过来」, cut at a space or not", () => {
    for (const t of [
      "局里编制十八个 实际在岗十一个 跑乡镇都跑不过来",
      "所里编制6个 在岗的就3个 忙不过来",
      "核定編制15人，到岗的才9個",
      "站里编制是八个 能干活的就五个",
    ])
      expect(kinds(t), t).toEqual(["problem"]);
    expect(figureKinds("局里编制十八个 实际在岗十一个 跑乡镇都跑不过来")).toEqual([
      "十八个:problem",
      "十一个:problem",
    ]);
  });
  it("near miss: posts added and people hired are work done", () => {
    expect(kinds("今年新增编制3个 招录了3人")).toEqual(["done"]);
  });
});

describe("a stretch opened by a holiday or a lunar day, told done by the count after it", () => {
  it("「暑假带…搞科考 分了两批」「腊月二十…教修剪 讲了两场」「小年去…写对联 写了一百多副」", () => {
    expect(kinds("暑假带学生去石山里搞科考 分了两批 每批二十来个", "2026-07-20")).toEqual(["done"]);
    expect(kinds("腊月二十在板登村教核桃修剪 讲了兩場 來了五十幾個人", "2026-02-10")).toEqual(["done"]);
    expect(kinds("小年去安置点帮老人写对联 写了一百多副", "2026-01-28")).toEqual(["done"]);
    expect(figureKinds("小年去安置点帮老人写对联 写了一百多副", "2026-01-28")).toEqual(["一百多副:achieved"]);
  });
  it("near miss: an intention or a deadline at the head, or only sign-ups so far, stays a plan", () => {
    expect(kinds("暑假搞青少年科技夏令营 报名了两百人", "2026-06-10")[0]).toBe("plan");
    expect(kinds("暑假前要把研学方案定下来 写了三稿", "2026-06-10")[0]).toBe("plan");
  });
});

describe("a day written month.day is no figure, and before 前 it is a deadline", () => {
  const found = (text: string, day = "2026-07-10") =>
    (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
  it("「3.5学雷锋那天」「9.10教师节」「8.12那天」「1.20之前」 read no number", () => {
    expect(found("3.5学雷锋那天 在广场发资料1.2w份")).toEqual(["1.2w份=12000份"]);
    expect(found("9.10教师节给村小送科普书1.2k册")).toEqual(["1.2k册=1200册"]);
    expect(found("8.12那天在红水河边救起落水群众三人")).toEqual(["三人=3人"]);
    expect(found("5.20那天开了蚕桑推进会")).toEqual([]);
    expect(found("各承担单位1.20之前报过来", "2026-01-08")).toEqual([]);
  });
  it("near miss: a decimal with its unit, or a bare score, is still a number", () => {
    expect(found("亩产提高到3.5吨")).toEqual(["3.5吨=3.5吨"]);
    expect(found("增长了3.5个百分点")).toEqual(["3.5个百分点=3.5个百分点"]);
  });
  it("「1.20之前报过来」「6/30前把小结交上来」 said before that day are plans; said done after it, done", () => {
    expect(kinds("各承担单位1.20之前报过来", "2026-01-08")).toEqual(["plan"]);
    expect(kinds("6/30前把半年小结交到办公室", "2026-06-16")).toEqual(["plan"]);
    expect(kinds("6.30前完成了验收", "2026-07-10")).toEqual(["done"]);
  });
});

describe("k or w then 一 and a measure is so much for each", () => {
  const found = (text: string) =>
    (run(text, "2026-07-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
  it("「补贴2k一户」「3k一台」 are 2000 and 3000 元, not 2100 户", () => {
    expect(found("發放小蠶共育補貼2k一戶")).toEqual(["2k=2000元"]);
    expect(found("每台补贴3k一台 共装了两百台")).toEqual(["3k=3000元", "两百台=200台"]);
    expect(found("大棚每户补1.5w一个")).toEqual(["1.5w=15000元"]);
  });
  it("near miss: 2k块 and 2千一百户 read as before", () => {
    expect(found("补了2千一百户")).toEqual(["2千一百户=2100户"]);
  });
});

describe("harm to what is raised, a loss guessed at, growers giving up, the weather's heat", () => {
  const found = (text: string) =>
    (run(text, "2026-07-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
  it("「春蚕发病多」「病虫害重」「损失估计二十来万」「十来户不想摘了」 are problems", () => {
    expect(kinds("今年春蚕发病多 有四十多户的蚕得了脓病 损失估计二十来万", "2026-04-14")).toEqual([
      "problem",
    ]);
    expect(kinds("今年雨水多 核桃病虫害重")).toEqual(["problem"]);
    expect(kinds("冰雹过后 损失大概得有三十万")).toEqual(["problem"]);
    expect(kinds("十来户不想种了")).toEqual(["problem"]);
    expect(kinds("有几户不愿意搬")).toEqual(["problem"]);
  });
  it("near miss: pests dealt with, a loss assessed for others, not wanting to trouble people stay work done", () => {
    expect(kinds("防治病虫害三万亩")).toEqual(["done"]);
    expect(kinds("帮农户核定损失 估计二十来万")).toEqual(["done"]);
    expect(kinds("不想麻烦群众 自己跑了三趟")).toEqual(["done"]);
  });
  it("「四十度往上」「气温三十八度」 are no figures; 用电3000度 is", () => {
    expect(found("这一阵子四十度往上 有六户的滴灌带晒裂了")).toEqual(["六户=6户"]);
    expect(found("气温三十八度 组织送清凉三次")).toEqual(["三次=3次"]);
    expect(found("今年节约用电3000度")).toEqual(["3000度=3000度"]);
  });
});
