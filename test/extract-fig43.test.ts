import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-three's figure and kind classes (fig43: i4-shiling's misses, round forty-two's leftovers), in other
 * words than the corpus's — 滇东, 豫南, 吴, plain Mandarin, Traditional. The rules alone.
 */
const texts = (text: string, today = "2026-06-10") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);
const figs = (text: string) =>
  (run(text, "2026-06-10").figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);

describe("people said by what they did (在场的、上台的、领走…的) or by their job (财务才五个), counted in 个", () => {
  it("在场 / 上台 / 登台 / 领走 / 领到 … 的 + N个 are people", () => {
    expect(figs("入户宣传那天在场的二十来个 都领了资料")).toEqual(["二十来个=20人"]);
    expect(figs("颁奖典礼上台的八个 都是种粮大户")).toEqual(["八个=8人"]);
    expect(figs("领到补贴的三百来个 都核对过了")).toEqual(["三百来个=300人"]);
    expect(figs("科普摊前领走宣传袋的四百來个")).toEqual(["四百来个=400人"]);
  });
  it("财务 before 才 / 只有 / 就 + N个 is the people who keep the books; 财务 with a sum stays money", () => {
    expect(figs("会做辅助账的财务才五个")).toEqual(["五个=5人"]);
    expect(figs("企业里专职财务只有两个")).toEqual(["两个=2人"]);
    expect(figs("财务才五万")).toEqual(["五万=50000元"]);
  });
  it("near misses: things counted after 在场的 keep their own unit", () => {
    expect(figs("在场的三四十头牛")).toEqual(["三四十头=30头"]);
  });
});

describe("a bare sum of 万 after a money verb, before a project, or in 标箱", () => {
  it("贷了 / 借了 / 花了 / 罚了 + a bare sum is money even after another count in the clause", () => {
    expect(figs("两家一共贷了两千四百万")).toEqual(["两家=2家", "两千四百万=24000000元"]);
    expect(figs("三家企业一共借了一千二百万")).toEqual(["三家=3家", "一千二百万=12000000元"]);
    expect(figs("4个村一共花了八十多万")).toEqual(["4个=4个", "八十多万=800000元"]);
  });
  it("a sum of 万/亿 + 的 + a project, a base or a plant is what it costs", () => {
    expect(figs("三千五百万的茶叶精深加工中试基地开工了")).toEqual(["三千五百万=35000000元"]);
    expect(figs("两千万的冷库项目签约了")).toEqual(["两千万=20000000元"]);
  });
  it("标箱 (containers) is a unit of its own, 万 and 千 read together", () => {
    expect(figs("一季度集装箱吞吐量十二万三千标箱")).toEqual(["十二万三千标箱=123000标箱"]);
    expect(figs("全年吞吐量8.6万标箱")).toEqual(["8.6万标箱=86000标箱"]);
  });
  it("天数 / 人数 / 件数 + a numeral: the noun names what is counted, the number is said; 数十 / 几十 still say none", () => {
    expect(figs("去年全年县城空气优良天数三百五十一天")).toEqual(["三百五十一天=351天"]);
    expect(figs("今年接诉件数三百来件")).toEqual(["三百来件=300件"]);
    expect(figs("来了数十人")).toEqual([]);
    expect(figs("来了几十人")).toEqual([]);
  });
  it("near misses: a bare 万 of people is not money", () => {
    expect(figs("覆盖三万的人口")).toEqual([]);
  });
});

describe("分几批 / 几期 / 几组 count the rounds a job takes (README, fig43)", () => {
  it("said on its own, before the count per batch, or with the work", () => {
    expect(figs("环保负责人培训 分两批 每批五十个左右")).toEqual(["两批=2批", "五十个左右=50人"]);
    // 每批 + N个 in a training counts who came, as 每期 does; batches of goods keep 个.
    expect(figs("这个月分了两批货 每批三十个")).toEqual(["两批=2批", "三十个=30个"]);
    expect(figs("后面分三批轮训")).toEqual(["三批=3批"]);
    expect(figs("党员分三期轮训 每期两天")).toEqual(["三期=3期", "两天=2天"]);
  });
});

describe("kinds: told again and again and not heeded, records made up, a share short, traffic stopped", () => {
  it("讲了 / 喊了 / 催了 / 说了 + 好几回 … then they pay no heed: one problem, with the pieces before it", () => {
    expect(texts("城西的分拨中心门口 夜里货车排到马路上 交警讲了好几回 渠拉弗当回事")).toEqual([
      ["problem", "城西的分拨中心门口夜里货车排到马路上交警讲了好几回渠拉弗当回事"],
    ]);
    expect(texts("江边几家农家乐 污水直接排江里 喊了好几回都不整")).toEqual([
      ["problem", "江边几家农家乐污水直接排江里喊了好几回都不整"],
    ]);
    expect(texts("工地夜里施工 我们喊了三四次 他们照样干")).toEqual([
      ["problem", "工地夜里施工我们喊了三四次他们照样干"],
    ]);
    expect(texts("催了好几遍 還是不搬")).toEqual([["problem", "催了好几遍还是不搬"]]);
  });
  it("near misses: told and heeded, or told as the work itself", () => {
    expect(texts("给企业讲了好几回政策 大家都配合了")).toEqual([
      ["done", "给企业讲了好几回政策大家都配合了"],
    ]);
    expect(texts("约谈了三次 现在整改了")).toEqual([["done", "约谈了三次现在整改了"]]);
  });
  it("records made up in one go or after the fact (是一日补出来的、事后补签的) are a fault found", () => {
    expect(texts("有三个镇的记录是一日补出来的 字迹都一样")).toEqual([
      ["problem", "有三个镇的记录是一日补出来的字迹都一样"],
    ]);
    expect(texts("台账是事后补签的 签名都一个样")).toEqual([["problem", "台账是事后补签的签名都一个样"]]);
    expect(texts("他们的巡查日志全是连夜补出来的")).toEqual([["problem", "他们的巡查日志全是连夜补出来的"]]);
  });
  it("near misses: records filled in as work (补录了三十份、后来补齐了)", () => {
    expect(texts("检查记录补录了三十份")).toEqual([["done", "检查记录补录了三十份"]]);
    expect(texts("去年的台账后来补齐了")).toEqual([["done", "去年的台账后来补齐了"]]);
  });
  it("…的 + 不到 + a share (不到四成、不到三分之一、不到百分之六十) is a shortfall, as 不到一半 is", () => {
    expect(texts("研发人员本科以上的不到四成 多是老师傅带徒弟")).toEqual([
      ["problem", "研发人员本科以上的不到四成多是老师傅带徒弟"],
    ]);
    expect(texts("今年登记的成果在县里落地的不到三分之一")).toEqual([
      ["problem", "今年登记的成果在县里落地的不到三分之一"],
    ]);
    expect(texts("持证上岗的不到三成")).toEqual([["problem", "持证上岗的不到三成"]]);
    expect(texts("参保的还不到百分之六十")).toEqual([["problem", "参保的还不到百分之六十"]]);
  });
  it("near misses: a share brought down (成本降了不到三成) is no shortfall", () => {
    expect(texts("成本降了不到三成")).toEqual([["done", "成本降了不到三成"]]);
  });
  it("traffic stopped, ships stranded (全部停航、停运了、滞留的十七条船) is harm; ordering a stop or helping the stranded is work", () => {
    expect(texts("台风天江上的货船全部停航 滞留的十七条船 船员吃住都是问题")).toEqual([
      ["problem", "台风天江上的货船全部停航滞留的十七条船船员吃住都是问题"],
    ]);
    expect(texts("暴雨以后班车全部停运了")).toEqual([["problem", "暴雨以后班车全部停运了"]]);
    expect(texts("通知各船全部停航")).toEqual([["done", "通知各船全部停航"]]);
    expect(texts("帮助滞留的游客转移了两百多人")).toEqual([["done", "帮助滞留的游客转移了两百多人"]]);
  });
  it("done behind the bureau's back (又偷偷开起来了、晚上偷着烧、擅自复产了) is a fault; punishing it is work", () => {
    expect(texts("那个采石场今年又偷偷开起来了")).toEqual([["problem", "那个采石场今年又偷偷开起来了"]]);
    expect(texts("那家砖厂晚上偷着烧")).toEqual([["problem", "那家砖厂晚上偷着烧"]]);
    expect(texts("停产整治的厂擅自复产了")).toEqual([["problem", "停产整治的厂擅自复产了"]]);
    expect(texts("罚了私自开采的两家")).toEqual([["done", "罚了私自开采的两家"]]);
    expect(texts("关停了私自生产的作坊三家")).toEqual([["done", "关停了私自生产的作坊三家"]]);
  });
  it("a set framed as among (…里头), then the part as it should be under a share: the set is the problem's frame", () => {
    expect(texts("走访的60家企业里 建了研发辅助账的不到三成")).toEqual([
      ["problem", "走访的60家企业里建了研发辅助账的不到三成"],
    ]);
  });
  it("演将 is 演讲 typed by its sound: no future (将 as 'will' stays a plan)", () => {
    expect(texts("五四那天组织青年干部搞了场演将比赛 上台的十二个", "2026-05-21")).toEqual([
      ["done", "五四那天组织青年干部搞了场演将比赛上台的十二个"],
    ]);
    expect(texts("演讲比赛将在下周举行", "2026-05-21")).toEqual([["plan", "演讲比赛将在下周举行"]]);
  });
});
