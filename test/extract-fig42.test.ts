import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/** Round forty-two's figure classes (fig42), in other words than the corpus's. The rules alone. */
const texts = (text: string, today = "2026-01-08") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);
const units = (text: string, today = "2026-10-20") =>
  (run(text, today).clauses ?? []).flatMap((c) => (c.figures ?? []).map((f) => [f.raw, f.value, f.unit]));

describe("an exam is sat by people: 考了 N 个 and the 过了 N 个 said after it count people", () => {
  it("who sat and who passed, in several wordings (space, comma, Traditional, 参考/补考, a taken-back number)", () => {
    expect(units("电工证这个月考了一百二十个 过了九十几个")).toEqual([
      ["一百二十个", 120, "人"],
      ["九十几个", 90, "人"],
    ]);
    expect(units("驾校科目一上礼拜考了八十个，通过了六十个")).toEqual([
      ["八十个", 80, "人"],
      ["六十个", 60, "人"],
    ]);
    expect(units("叉车司机補考了十五個 合格了十二個")).toEqual([
      ["十五个", 15, "人"],
      ["十二个", 12, "人"],
    ]);
    expect(units("继续教育参考了三百个 过了两百五十个 哦不对 是两百七十几个")).toEqual([
      ["三百个", 300, "人"],
      ["两百七十几个", 270, "人"],
    ]);
  });
  it("near misses: 思考了, things counted after 考了 / 过了, 过了 with no exam before", () => {
    expect(units("会上思考了三个问题")).toEqual([["三个", 3, "个"]]);
    expect(units("这次考了三个项目")).toEqual([["三个", 3, "个"]]);
    expect(units("路面坑槽补了三十个，过了两个月又坏了")[0]).toEqual(["三十个", 30, "个"]);
    expect(units("考了三门课 过了两门")).toEqual([
      ["三门", 3, "门"],
      ["两门", 2, "门"],
    ]);
  });
});

describe("a running total said bare (累计 / 一共 + 两百出头) counts what this time's count counted", () => {
  it("takes the unit of the count before it in the sentence", () => {
    expect(units("放心店今年新评了八十家 累计三百出头")).toEqual([
      ["八十家", 80, "家"],
      ["三百出头", 300, "家"],
    ]);
    expect(units("今年新开了二十个寄递点 累计一百出头")).toEqual([
      ["二十个", 20, "个"],
      ["一百出头", 100, "个"],
    ]);
    expect(units("今年新发展会员30人，累计三百多")).toEqual([
      ["30人", 30, "人"],
      ["三百多", 300, "人"],
    ]);
    expect(units("今年又建了12座 总共一百来座")).toEqual([
      ["12座", 12, "座"],
      ["一百来座", 100, "座"],
    ]);
  });
  it("near misses: no count before, or the count in an earlier sentence, leave the bare number unread", () => {
    expect(units("这个月检了两百出头")).toEqual([]);
    expect(units("今年新增了三十家。累计五百出头")).toEqual([["三十家", 30, "家"]]);
    // A bare 万 after a count is the money it came to, not more of the same things.
    expect(units("贴息贷款放了6家 一共三千二百万")).toEqual([
      ["6家", 6, "家"],
      ["三千二百万", 32000000, "元"],
    ]);
  });
});

describe("people counted in 个 by what only people do: supplied (出了), trained (都培训过了), on a rota (轮)", () => {
  it("reads them as 人", () => {
    expect(units("开放日企业讲解员出了三个")).toEqual([["三个", 3, "人"]]);
    expect(units("村里的志愿者出了五个")).toEqual([["五个", 5, "人"]]);
    expect(units("新系统上线 十八个都培训过了")).toEqual([["十八个", 18, "人"]]);
    expect(units("春节值班 所里十个轮")).toEqual([["十个", 10, "人"]]);
    expect(units("防汛期间队里十二个轮着值")).toEqual([["十二个", 12, "人"]]);
  });
  it("near misses: things found or places trained stay 个", () => {
    expect(units("问题查出了四个")).toEqual([["四个", 4, "个"]]);
    expect(units("十二个村都培训过了")).toEqual([["十二个", 12, "个"]]);
    expect(units("车轮换了四个")).toEqual([["四个", 4, "个"]]);
  });
});

describe("节前 + what is checked + 检查 names the check (said in early January, the counts are what it came to)", () => {
  it("reads the check and its counts as done", () => {
    expect(texts("节前燃气安全大检查 出动八十人次 查了餐馆三百家 责令整改二十家")).toEqual([
      ["done", "节前燃气安全大检查出动八十人次查了餐馆三百家责令整改二十家"],
    ]);
    expect(texts("元旦前客运站安全检查 查了十二家")).toEqual([["done", "元旦前客运站安全检查查了十二家"]]);
    expect(texts("節前冷鏈食品排查，檢查冷庫四十座")).toEqual([["done", "节前冷链食品排查检查冷库四十座"]]);
  });
  it("near misses: a check set about (开展、把…做完、要搞) before the holiday stays a plan", () => {
    expect(texts("春节前开展食品安全检查")).toEqual([["plan", "春节前开展食品安全检查"]]);
    expect(texts("春节前把食品安全检查做完")).toEqual([["plan", "春节前把食品安全检查做完"]]);
    expect(texts("节前要搞一次燃气安全检查")).toEqual([["plan", "节前要搞一次燃气安全检查"]]);
  });
});

describe("a lunar day said is a day, not the season 腊月 (腊月十二 said on 腊月十二 is today's work)", () => {
  it("reads against the day it falls on", () => {
    // 腊月十二 of the year ending in February 2026 is 30 January 2026; 腊月廿三 is 10 February.
    expect(texts("腊月十二在镇上大集摆了咨询台 发资料五百份", "2026-01-30")[0]?.[0]).toBe("done");
    expect(texts("腊月十二在镇上大集摆咨询台 发资料五百份", "2026-01-30")[0]?.[0]).toBe("done");
    expect(texts("腊月十二在镇上大集摆咨询台", "2026-02-05")[0]?.[0]).toBe("done");
  });
  it("near misses: a lunar day still ahead, and 腊月 alone, stay plans", () => {
    expect(texts("腊月廿三去敬老院送年货", "2026-01-30")[0]?.[0]).toBe("plan");
    expect(texts("腊月十二在镇上大集摆咨询台", "2026-01-20")[0]?.[0]).toBe("plan");
    expect(texts("腊月里走访困难户", "2026-01-20")[0]?.[0]).toBe("plan");
  });
});

describe("hail and wind strike a crop with a result (打掉了、打落了、刮倒了) and how much: harm, a problem", () => {
  it("is a problem, its share or area a problem figure, the gale before it one sentence with it", () => {
    expect(texts("上礼拜一场冰雹 梨花打掉了一小半", "2026-05-22")).toEqual([
      ["problem", "上礼拜一场冰雹梨花打掉了一小半"],
    ]);
    expect(texts("前天下冰雹 樱桃打落了两成", "2026-05-22")).toEqual([
      ["problem", "前天下冰雹樱桃打落了两成"],
    ]);
    expect(texts("昨夜大风 大棚吹倒了三十多个 玉米刮倒了两百多亩", "2026-07-10").map((c) => c[0])).toEqual([
      "problem",
    ]);
  });
  it("near misses: 打掉了 a gang, 打掉了 dead branches, work after the gale stay work done", () => {
    expect(texts("打掉了三个涉黑团伙", "2026-05-22")).toEqual([["done", "打掉了三个涉黑团伙"]]);
    expect(texts("树上的枯枝打掉了", "2026-05-22")).toEqual([["done", "树上的枯枝打掉了"]]);
    expect(texts("昨晚大风 组织了抢险队", "2026-05-22")).toEqual([["done", "昨晚大风组织了抢险队"]]);
  });
});

describe("a year in Chinese digits (二〇二七年) is read as the year it is", () => {
  it("a year ahead with a target is a plan, cut from this year's work before it", () => {
    expect(texts("有效高企到了四十家 今年新进九家 二〇二七年冲到五十家", "2026-12-04")).toEqual([
      ["done", "有效高企到了四十家今年新进九家"],
      ["plan", "二〇二七年冲到五十家"],
    ]);
    expect(texts("二零二七年全部建成", "2026-12-04")).toEqual([["plan", "二零二七年全部建成"]]);
  });
  it("near misses: a past year in Chinese digits stays done", () => {
    expect(texts("二〇二五年完成了验收", "2026-12-04")).toEqual([["done", "二〇二五年完成了验收"]]);
  });
});

describe("work that did not hold (开了又关), a reluctant end (最后还是停掉了), ground that sank (沉了好几处): problems", () => {
  it("reads them as problems, whole", () => {
    expect(texts("快递进村 有的服务点开了又关 门都不开", "2026-06-10").map((c) => c[0])).toEqual(["problem"]);
    expect(texts("村口的护栏装了又拆", "2026-06-10")).toEqual([["problem", "村口的护栏装了又拆"]]);
    expect(texts("示范大棚建好了又荒了", "2026-06-10")).toEqual([["problem", "示范大棚建好了又荒了"]]);
    expect(texts("那条班线最后还是停掉了", "2026-06-10")).toEqual([["problem", "那条班线最后还是停掉了"]]);
    expect(texts("養殖合作社到底還是散了", "2026-06-10")).toEqual([["problem", "养殖合作社到底还是散了"]]);
    expect(texts("砂石车压过以后路面沉了好几处", "2026-06-10")).toEqual([
      ["problem", "砂石车压过以后路面沉了好几处"],
    ]);
    expect(texts("新修的堤脚下沉了三处", "2026-06-10")).toEqual([["problem", "新修的堤脚下沉了三处"]]);
  });
  it("near misses: work done after work, a reluctant success, a sinking done to others, enforcement stay done", () => {
    expect(texts("我们开了会又去了现场", "2026-06-10").map((c) => c[0])).toEqual(["done"]);
    expect(texts("最后还是把违建拆掉了", "2026-06-10")).toEqual([["done", "最后还是把违建拆掉了"]]);
    expect(texts("演习中击沉了两艘靶船", "2026-06-10")).toEqual([["done", "演习中击沉了两艘靶船"]]);
    expect(texts("最后还是办成了", "2026-06-10").map((c) => c[0])).not.toContain("problem");
  });
});

describe("a road's number (330国道、G60、S218省道、县道X305) and a limit set on a road (限载十吨、限高3米) are no figures", () => {
  it("leaves them out, and keeps the counts beside them", () => {
    expect(units("去330国道那段查超限")).toEqual([]);
    expect(units("G60高速出口查了十辆")).toEqual([["十辆", 10, "辆"]]);
    expect(units("S218省道修了三公里")).toEqual([["三公里", 3, "公里"]]);
    expect(units("县道X305 拓宽了两公里")).toEqual([["两公里", 2, "公里"]]);
    expect(units("已经设了限载十吨的牌子")).toEqual([]);
    expect(units("桥上限重二十吨 限高3米")).toEqual([]);
  });
  it("near misses: lines counted, tonnes unloaded stay figures", () => {
    expect(units("修了3条线 共12公里")).toEqual([
      ["3条", 3, "条"],
      ["12公里", 12, "公里"],
    ]);
    expect(units("超限的十一辆 卸掉货六十几吨")).toEqual([
      ["十一辆", 11, "辆"],
      ["六十几吨", 60, "吨"],
    ]);
  });
});
