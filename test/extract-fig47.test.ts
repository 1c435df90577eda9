import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-seven's fig47 classes (f23-fig47 统计局 in 晋北忻州, j3-guangyu 川东北巴中, round forty-six's leftovers).
 * Sentences of our own — 晋语、西南官话、冀鲁官话, plain Mandarin, Traditional characters. The rules alone.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const kinds = (text: string, day = "2026-06-10") => (run(text, day).clauses ?? []).map((c) => c.kind);

describe("a pause, then a noun that starts with a measure word's character: the number before keeps no unit from it", () => {
  it("「少了五十万 项目多钱少」 is a sum of money, not 五十万项", () => {
    expect(found("县级科技专项七百五十万 比去年少了五十万 项目多钱少")).toEqual([
      "七百五十万=7500000元",
      "五十万=500000元",
    ]);
    expect(found("今年的专项资金下来了八十万 项目还没定")).toEqual(["八十万=800000元"]);
    expect(found("慰问金发了两万 個人的名單還沒報")).toEqual(["两万=20000元"]);
    expect(found("补贴资金拨了三十万 村里还没收到")).toEqual(["三十万=300000元"]);
  });
  it("near misses: the unit right after the number, or after a pause when it is no longer word, stays", () => {
    expect(found("新上了三个项目")).toEqual(["三个=3个"]);
    expect(found("帮扶了二十户 家家都通了水")).toEqual(["二十户=20户"]);
    expect(found("走访企业十二家 项目落地了三个")).toEqual(["十二家=12家", "三个=3个"]);
  });
});

describe("the value of the whole county's output (地区生产总值, 总值): a bare 万 or 亿 is money", () => {
  it("read even after a year or another number said earlier in the piece", () => {
    expect(found("2025年全县地区生产总值初步核算八十六亿四千万 增长百分之五点一")).toEqual([
      "八十六亿四千万=8640000000元",
      "百分之五点一=5.1%",
    ]);
    expect(found("前三季度生产总值六十三亿出头")).toEqual(["六十三亿出头=6300000000元"]);
    expect(found("1到9月全縣生產總值五十一億二千萬")).toEqual(["五十一亿二千万=5120000000元"]);
    expect(found("今年农业总值两亿三")).toEqual(["两亿三=230000000元"]);
  });
  it("near misses: a count after 总值 words that is no sum stays a count", () => {
    expect(found("总产值统计了十二家企业")).toEqual(["十二家=12家"]);
  });
});

describe("拨 (groups of visitors, inspections) and 单 (orders, deals) as measure words", () => {
  it("read with their count", () => {
    expect(found("五月接了上级检查六拨 材料都是我一个人弄的")).toEqual(["六拨=6拨"]);
    expect(found("今年来考察的客商有十几拨")).toEqual(["十几拨=10拨"]);
    expect(found("夜来直播卖了两千四百多单")).toEqual(["两千四百多单=2400单"]);
    expect(found("还有三百来单没审完", "2026-05-20")).toEqual(["三百来单=300单"]);
    expect(found("本月新接了两单业务")).toEqual(["两单=2单"]);
    expect(found("以旧換新補貼一千二百單")).toEqual(["一千二百单=1200单"]);
  });
  it("near misses: 拨付、拨款 after a sum, 单位、单价、单独 after a number", () => {
    expect(found("资金五十万拨付到位")).toEqual(["五十万=500000元"]);
    expect(found("配套资金三十万拨款到乡里")).toEqual(["三十万=300000元"]);
    expect(found("检查了十二家单位")).toEqual(["十二家=12家"]);
    expect(found("下了十单位")).toEqual([]);
    expect(found("表格填到一单元")).toEqual([]);
  });
});

describe("a second look before the number said instead (「九件 等哈 我再看一眼 是十一件」) takes the first back", () => {
  it("only the number said after the second look is read, as done", () => {
    expect(found("专利授权发明的九件 等哈 我再看一眼 是十一件", "2026-04-10")).toEqual(["十一件=11件"]);
    expect(kinds("专利授权发明的九件 等哈 我再看一眼 是十一件", "2026-04-10")).toEqual(["done"]);
    expect(found("来了三十个人 等下 我再查一下 是三十二个人")).toEqual(["三十二个人=32人"]);
    expect(found("入户八十六户 等一下 我再翻翻 应该是八十九户")).toEqual(["八十九户=89户"]);
  });
  it("near misses: 等哈 / 等下 before a step later is still a plan, and the number before it stays", () => {
    expect(kinds("等哈再去乡里看看")).toEqual(["plan"]);
    expect(kinds("来了三十个人 等哈 我再对一下签到表")).toEqual(["done", "plan"]);
    expect(found("来了三十个人 等哈 我再对一下签到表")).toEqual(["三十个人=30人"]);
  });
});

describe("a bare 要 before a step to take (要搞、要开、要去): a plan", () => {
  it("read as a plan when nothing in the piece is said done", () => {
    expect(kinds("618前后要搞电商节 组织全县五十家网店统一上活动", "2026-05-27")).toEqual(["plan"]);
    expect(kinds("月底要开个座谈会")).toEqual(["plan"]);
    expect(kinds("明天要去季庄乡看看记账户")).toEqual(["plan"]);
    expect(kinds("五一要搞消費季 請商戶擺攤")).toEqual(["plan"]);
    expect(kinds("下礼拜要组织统计员培训")).toEqual(["plan"]);
  });
  it("near misses: 主要、需要 and a 要 whose step is said done stay as they were", () => {
    expect(kinds("主要开展了三场培训")).toEqual(["done"]);
    expect(kinds("要搞的都搞完了")).toEqual(["done"]);
    expect(kinds("要开的会都开过了")).toEqual(["done"]);
  });
});
