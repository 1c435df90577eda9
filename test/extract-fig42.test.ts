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
