import { describe, expect, it } from "vitest";
import { kinds, run } from "./helpers/extract-shapes.js";

/**
 * Round fifty-one's fig51 classes (f27-fig51 农业农村局 in 佳木斯, j7-danyun 湖北十堰, f25/f26/j6 leftovers).
 * Sentences of our own — 东北话、鄂西北话、西南官话、普通话.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("垧, 船 and 笔 are measure words after a spoken number", () => {
  it("垧 (fifteen 亩 in the northeast) counts land", () => {
    expect(found("老李家那八十来垧地今年涝了")).toEqual(["八十来垧=80垧"]);
    expect(found("今年大豆种了三千垧出头")).toEqual(["三千垧出头=3000垧"]);
  });
  it("船 counts loads fished or carried, 笔 counts sums", () => {
    expect(found("党员到库湾清漂 捞了三船")).toEqual(["三船=3船"]);
    expect(found("追回违规资金四笔")).toEqual(["四笔=4笔"]);
  });
  it("near misses: 船次 stays 船次, 船只 and 笔记 are nouns", () => {
    expect(found("全年出船四十多船次")).toEqual(["四十多船次=40船次"]);
    expect(found("检查了两船只")).not.toContain("两船=2船");
  });
});

describe("a bag said big or small (九大袋) counts in bags", () => {
  it("N大袋、N小袋、N大箱", () => {
    expect(found("支部党员到河滩捡垃圾 装了十二大袋")).toEqual(["十二大袋=12袋"]);
    expect(found("给敬老院送了六大箱牛奶")).toEqual(["六大箱=6箱"]);
  });
  it("near misses: 二十大 is still a name", () => {
    expect(found("组织学习二十大精神")).toEqual([]);
  });
});

describe("a word after a pause that starts with a measure word's character (次品率)", () => {
  it("「投了一百来万 次品率降了」: the sum is money, 次品 opens the next clause", () => {
    expect(found("烘干线改造投了两百来万 次品率降了三成")).toEqual(["两百来万=2000000元", "三成=30%"]);
  });
  it("near misses: 次 right after a count is still 次", () => {
    expect(found("开展巡查三十六次")).toEqual(["三十六次=36次"]);
  });
});

describe("people counted with a bare 个 (来了老板N个、回访了N个、…的查出来N个)", () => {
  it("bosses and traders who came, people called back on, people found by a check", () => {
    expect(found("开了招商座谈会 来了客商十六个")).toEqual(["十六个=16人"]);
    expect(found("返乡大学生回访了二十三个")).toEqual(["二十三个=23人"]);
    expect(found("重复领取补贴的查出来四十多个")).toEqual(["四十多个=40人"]);
  });
  it("near misses: things that came or were found stay 个", () => {
    expect(found("工地上来了货车十二个")).toEqual(["十二个=12个"]);
    expect(found("隐患查出来十四个")).toEqual(["十四个=14个"]);
  });
});

describe("what mending will cost (估计修复要四百来万), said without 元", () => {
  it("a sum of 万 after 修复/重建/改造 + 要/得 is money", () => {
    expect(found("对十二处冲毁的堤段拉了清单 估计修复要两百来万")).toEqual([
      "十二处=12处",
      "两百来万=2000000元",
    ]);
    expect(found("统计了六座塌了的桥 重建得一千二百万")).toEqual(["六座=6座", "一千二百万=12000000元"]);
  });
  it("near misses: days to mend are days", () => {
    expect(found("修复要三天")).toEqual(["三天=3天"]);
  });
});

describe("a season's work named as a topic (春灌准备 检修泵站…) and steps after the flood season (汛后)", () => {
  it("「X准备」 then a pause and what was done is work done", () => {
    expect(kinds("秋播准备 检修播种机一百二十台 调种子四十吨", "2026-08-20")).toEqual(["done"]);
  });
  it("near misses: 准备 as a modal stays a plan", () => {
    expect(kinds("我们准备 下周去检修播种机", "2026-08-20")).toEqual(["plan"]);
    expect(kinds("秋播准备下个月开始", "2026-08-20")).toEqual(["plan"]);
  });
  it("汛后 + a step, said in summer, is a plan; said after the season, the work told is done", () => {
    expect(kinds("汛后对水毁的渠道拉个清单", "2026-07-10")).toEqual(["plan"]);
    expect(kinds("汛后组织人把干渠清一遍", "2026-07-10")).toEqual(["plan"]);
    expect(kinds("汛后排查了干渠的隐患", "2026-11-10")).toEqual(["done"]);
  });
});

describe("a lone 一 said last after a count in the same measure word (发展新党员一名)", () => {
  it("one of a parallel pair counts", () => {
    expect(found("七一表彰了优秀党员四名 发展新党员一名")).toEqual(["四名=4名", "一名=1名"]);
    expect(found("新建村级幼儿园三所 改扩建一所")).toEqual(["三所=3所", "一所=1所"]);
  });
  it("near misses: 只有一家, and one in another measure word, stay out", () => {
    expect(found("查了五家 只有一家合格")).toEqual(["五家=5家"]);
    expect(found("检查企业五家，发现隐患一处")).toEqual(["五家=5家"]);
  });
});
