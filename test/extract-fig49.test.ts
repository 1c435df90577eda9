import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-nine's fig49 classes (f25-fig49 医疗保障局 in 闽东宁德, j5-qinping 陕南商洛, f24/j4 leftovers).
 * Sentences of our own — 关中/陕南、晋语、闽东话、客家话、普通话、繁体.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("个 counting people after a dialect perfective (去咧、来咧、去哩、来喽 = 去了、来了)", () => {
  it("went or came, said with 咧 / 哩 / 喽, then a bare 个 closing the clause", () => {
    expect(found("县上开防汛动员会 局里去咧十五个")).toEqual(["十五个=15人"]);
    expect(found("科普讲座在村委会办的 来咧四十来个")).toEqual(["四十来个=40人"]);
    expect(found("植树活动 机关去哩二十几个")).toEqual(["二十几个=20人"]);
  });
  it("near misses: things brought or sent still count 个", () => {
    expect(found("新的大棚搭好咧八个")).toEqual(["八个=8个"]);
    expect(found("新的喷雾器买回来了十二个")).toEqual(["十二个=12个"]);
    expect(found("项目申报材料报上去咧三个")).toEqual(["三个=3个"]);
  });
});

describe("闽东 侬 = 人: a count of 个 before 侬 counts people", () => {
  it("N个侬", () => {
    expect(found("到福州学习了两天 去了三个侬")).toEqual(["两天=2天", "三个=3人"]);
    expect(found("窗口今旦来办事的有二十几个侬")).toEqual(["二十几个=20人"]);
  });
});

describe("a bare 万 right after 补 / 报销 is money", () => {
  it("paid back or topped up, said bare, with other numbers earlier in the clause", () => {
    expect(found("今年二次报销补了一百二十万 受益六百多人")).toEqual([
      "一百二十万=1200000元",
      "六百多人=600人",
    ]);
    expect(found("三季度门诊统筹报销了八十几万")).toEqual(["八十几万=800000元"]);
  });
  it("near misses: a count of 万 with its own unit or of people stays", () => {
    expect(found("补了三万株苗")).toEqual(["三万株=30000株"]);
  });
});

describe("个 counting people named by what they do, where they stand watch, or how many came each time", () => {
  it("households or people named by their work, then 的有 / 的就 and a bare 个", () => {
    expect(found("移民户在扶贫车间上班的有四十几个")).toEqual(["四十几个=40人"]);
    expect(found("合作社里搞加工的就五个 忙不过来")).toEqual(["五个=5人"]);
  });
  it("helping another body stand watch", () => {
    expect(found("五一假期 八个配合派出所搞路口值守")).toEqual(["八个=8人"]);
  });
  it("each batch of the people the sentence takes along", () => {
    expect(found("带娃娃们去科技馆研学 分了两批 每批三十来个", "2026-08-20")).toEqual([
      "两批=2批",
      "三十来个=30人",
    ]);
  });
  it("老婆 (陕西: an old woman) is a person", () => {
    expect(found("来听课的老汉老婆五十几个")).toEqual(["五十几个=50人"]);
  });
  it("near misses: things done or parts bought stay 个", () => {
    expect(found("做好的就三个")).toEqual(["三个=3个"]);
    expect(found("采购了配件 每批二十来个")).toEqual(["二十来个=20个"]);
  });
});
