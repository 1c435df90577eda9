import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-two's fig52 classes (j8-fuhan 甘肃临夏, f28-fig52 张掖水务局, f27 leftovers).
 * Sentences of our own — 河州话、兰银官话、普通话.
 */
const found = (text: string, day = "2026-07-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("a bare 个 of people whose noun is elsewhere", () => {
  it("people with a bar after them (硕士以上、博士及以上), then the count", () => {
    expect(found("今年招聘的教师里研究生以上九个 都分到了乡镇学校")).toEqual(["九个=9人"]);
    expect(found("引进博士及以上三个")).toEqual(["三个=3人"]);
  });
  it("涉及、惠及 N个 after people named in the sentence", () => {
    expect(found("给困难职工发了慰问金两万来块 涉及十二个")).toEqual(["两万来块=20000元", "十二个=12人"]);
  });
  it("N个拿了证 after a course", () => {
    expect(found("电工培训班结业了 六十三个拿了证")).toEqual(["六十三个=63人"]);
  });
  it("扫码关注的 N个", () => {
    expect(found("全民健身日设了咨询台 发传单五百份 扫码关注的三百来个")).toEqual([
      "五百份=500份",
      "三百来个=300人",
    ]);
  });
  it("a watch shared over posts: 值班：A和B各安排了N个", () => {
    expect(found("汛期值守 水库和闸站各排了两个")).toEqual(["两个=2人"]);
  });
  it("near misses: places and things keep 个", () => {
    expect(found("涉及五个村")).toEqual(["五个=5个"]);
    expect(found("五个合作社拿了证")).toEqual(["五个=5个"]);
    expect(found("值班室和档案室各安排了两个柜子")).toEqual(["两个=2个"]);
  });
});

describe("made things counted after 出来、起来 are no people coming", () => {
  it("「娃娃们捏的泥人烧出来五十多个」", () => {
    expect(found("学生们自己捏的泥人烧出来五十多个")).toEqual(["五十多个=50个"]);
    expect(found("娃娃们做的风筝放起来二十多个")).toEqual(["二十多个=20个"]);
  });
  it("near misses: people coming back or leaving are still people", () => {
    expect(found("外出务工的回来了十二个")).toEqual(["十二个=12人"]);
    expect(found("医生留不住，今年走了7个")).toEqual(["7个=7人"]);
  });
});

describe("a shared folder's path is no figure", () => {
  it("\\\\host\\folder2026 and D:\\台账\\2026", () => {
    expect(found("高企申报报上去七家 台账都在共享盘 \\\\192.168.1.8\\水利2026")).toEqual(["七家=7家"]);
    expect(found("表在 D:\\台账\\2026汇总 里 走访了十二家")).toEqual(["十二家=12家"]);
  });
});

describe("clause kinds", () => {
  it("「还有」 glued to a day of the week opens one more thing told, not a problem", () => {
    expect(kinds("还有周四项目申报培训会 企业来了12家")).toEqual(["done"]);
    expect(kinds("还有礼拜天加班的事 五个人都来了")).toEqual(["done"]);
  });
  it("near misses: what is left is still a problem", () => {
    expect(kinds("还有两个村的管网没修好")).toEqual(["problem"]);
    expect(kinds("还有周报没交")).toEqual(["problem"]);
  });
  it("a correction's figure said to stand (…的二十处没变) follows its neighbour", () => {
    expect(kinds("消防检查查出来的隐患是三十四处 不是四十三处 当场整改的二十处没变", "2026-07-01")).toEqual([
      "done",
    ]);
    expect(found("上次报错了 走访企业是二十六家 不是二十家 其他的没变")).toEqual(["二十六家=26家"]);
    expect(kinds("上次报错了 走访企业是二十六家 不是二十家 其他的没变")).toEqual(["done"]);
  });
  it("near misses: not yet changed is still a problem", () => {
    expect(kinds("还有三处没改")).toEqual(["problem"]);
  });
  it("「值班没出啥事」 is good news, not a problem", () => {
    expect(kinds("国庆八天值班没出啥事 秋灌进度到百分之九十一", "2026-10-21")).toEqual(["done"]);
  });
  it("near misses: 没出水、没出来 are still problems", () => {
    expect(kinds("那个泵又没出水")).toEqual(["problem"]);
    expect(kinds("检测报告没出来")).toEqual(["problem"]);
  });
});

describe("lines of work counted in 块 are no figure (fig51 leftover)", () => {
  it("「A和B两块」 said of lines of work", () => {
    expect(found("明年要把节水灌溉和水土保持两块抓出成效来")).toEqual([]);
    expect(found("下半年重点写写电商和文旅这两块")).toEqual([]);
    expect(found("重点抓防汛和抗旱两块工作")).toEqual([]);
  });
  it("near misses: boards, plots and money in 块 are read", () => {
    expect(found("村里的宣传牌被人拆走了两块")).toEqual(["两块=2块"]);
    expect(found("老李和老王两块地都浇了")).toEqual(["两块=2块"]);
    expect(found("白菜和萝卜两块五一斤")).toEqual(["两块五=2.5元"]);
  });
});

describe("a card label is not a total word (fig51 leftover 两笔)", () => {
  const labels = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));
  it("「追回骗保资金 两笔一共 十二万」: both rows name the money recovered", () => {
    expect(labels("7月份追回骗保资金 两笔一共 十二万")).toEqual(["追回骗保资金 2笔", "追回骗保资金 12万"]);
  });
  it("near misses: a phrase after the number still names it", () => {
    expect(labels("今年培训 80人")).toEqual(["培训 80人"]);
    expect(labels("追回违规资金四笔")).toEqual(["追回违规资金 4笔"]);
  });
});
