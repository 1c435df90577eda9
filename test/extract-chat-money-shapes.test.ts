import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { findFigures } from "../src/domain/figure-scan.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round nine's classes (docs/extraction.md, 第九轮), each on wording of its own, never the corpus
 * lines: money said the chat way (块, 块钱, 万块, 个W, k, W), digits typed with spaces or in full
 * width, numbers taken back in the same breath, look-alikes that count nothing (how long a body has
 * existed, 二组三组, a landline with a space), and the clause shapes of 38-hetang's misses.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const run = (text: string, today = "2026-12-09") => extractUpdate(text, org, { today });
const kinds = (text: string, today?: string) => (run(text, today).clauses ?? []).map((c) => c.kind);
const figures = (text: string, today?: string) =>
  run(text, today).figures.map((f) => `${f.value}${f.unit}:${f.kind ?? "achieved"}`);

describe("money said the chat way", () => {
  it.each([
    ["帮脱贫户卖土鸡蛋，一个月卖了六千多块", "6000元"],
    ["这次到账的奖补是两万块钱", "20000元"],
    ["农家乐老板说国庆那几天挣了3万多块", "30000元"],
    ["每户一次性补一千五百块", "1500元"],
    ["镇里给每个网格员贴了800块话费", "800元"],
    ["结对帮扶资金到了8个W", "80000元"],
    ["给烈属送的慰问品值2k左右", "2000元"],
    ["村集体经济收入今年破了30W", "300000元"],
    ["修那段机耕路还差七万来块", "70000元"],
  ])("%s → %s", (text, money) => {
    expect(figures(text).map((f) => f.split(":")[0])).toContain(money);
  });

  it("块 before a noun still counts pieces, and views in w are no money", () => {
    expect(figures("立了12块警示牌，补了3块破损的盖板")).toEqual(["12块:achieved", "3块:achieved"]);
    expect(figures("回收废旧电瓶2.6万块")).toEqual(["26000块:achieved"]);
    expect(figures("公众号这篇推文阅读量1.5w")).toEqual(["15000:achieved"]);
  });

  it("a bare 万 amount said to correct one is money when the sentence is about money", () => {
    expect(figures("合作社分红去年报的十二万，说错了，应该是十四万")).toEqual(["140000元:achieved"]);
    expect(figures("争取的项目资金里到位的大概是两百万")).toEqual(["2000000元:achieved"]);
  });
});

describe("digits typed with spaces or in full width", () => {
  it.each([
    ["今年新增就业 2 480 人", "2480人"],
    ["全年接待游客 12 600 人次", "12600人次"],
    ["土地流转金额 3 200 万元", "32000000元"],
    ["发放补贴 1 860 万", "18600000元"],
    ["培训ＧＡＰ种植户 １２０ 人", "120人"],
    ["完成造林　３　６００　亩", "3600亩"],
    ["优良天数比例 ８７．４％", "87.4%"],
  ])("%s → %s", (text, figure) => {
    expect(figures(text).map((f) => f.split(":")[0])).toContain(figure);
  });

  it("a list number at a line's start and two separate counts stay apart", () => {
    expect(figures("1 新建村级服务站4个\n2 培训220人")).toEqual(["4个:achieved", "220人:achieved"]);
    expect(figures("共走访34户，其中 120 户…")).not.toContain("34120户:achieved");
  });
});

describe("a number taken back in the same breath", () => {
  it("keeps only the number said after 不对 / 说错了 / 等下", () => {
    expect(figures("巡河队出动了30人次，哦不对，是36人次")).toEqual(["36人次:achieved"]);
    expect(figures("义诊来了八十来人，等一下我看了登记本是九十多人")).toEqual(["90人:achieved"]);
    expect(figures("不是5家，是6家企业签了约")).toEqual(["6家:achieved"]);
    expect(kinds("巡河队出动了30人次，哦不对，是36人次")).toEqual(["done"]);
  });

  it("two numbers of the same kind with no taking back stay two", () => {
    expect(figures("去年认定12家，今年认定15家")).toEqual(["12家:achieved", "15家:achieved"]);
  });

  it("grounding a draft still reads both (findFigures keeps every number)", () => {
    expect(findFigures("出动了30人次，哦不对，是36人次").map((f) => f.figure.value)).toEqual([30, 36]);
  });
});

describe("look-alikes that count nothing", () => {
  it("how long a body has existed or been run", () => {
    expect(figures("乡文化站建站三十多年，今年第一次评上一级站")).toEqual([]);
    expect(figures("这个协会创办十五年了，今年新发展会员42名")).toEqual(["42名:achieved"]);
    expect(figures("农机合作社办了六七年，今年机耕面积1.2万亩")).toEqual(["12000亩:achieved"]);
    // How long a course ran still counts.
    expect(figures("夜校办了3个月")).toEqual(["3个月:achieved"]);
  });

  it("numbered groups named together, and a landline typed with a space", () => {
    expect(figures("一队三队的水渠都清完了，清淤800方")).toEqual(["800方:achieved"]);
    expect(figures("全村分了三组，每组12户")).toEqual(["3组:achieved", "12户:achieved"]);
    expect(figures("咨询电话 0731 8821456，已解答群众问题65个")).toEqual(["65个:achieved"]);
  });

  it("people with an age between count and noun, and a stint at a named place", () => {
    expect(figures("走访了23个70岁以上的空巢老人")).toEqual(["23人:achieved"]);
    expect(figures("在桐木村驻村一个月")).toEqual(["1个月:achieved"]);
  });
});

describe("clause shapes from 38-hetang's misses", () => {
  it("in a dictated run, 有 + a count after a figure turns to what is wrong with part of it", () => {
    expect(kinds("上午去了三个村查了十二座危桥有两座桥墩冲空了下个礼拜请设计院来看", "2026-12-09")).toEqual([
      "done",
      "problem",
      "plan",
    ]);
  });

  it("fewer than the expected or set figure is a problem, the figure before it the work", () => {
    expect(kinds("全年新增市场主体820户，比年初预计的少了近一成")).toEqual(["done", "problem"]);
  });

  it("a weak or old thing as what a remedy works on is no problem", () => {
    expect(kinds("今年完成3个落后村道改造提升")).toEqual(["done"]);
    expect(kinds("薄弱学校改造完成4所")).toEqual(["done"]);
  });

  it("a completion verb closing the clause needs no 了", () => {
    expect(kinds("城南污水厂正式投产，管网配套资金还缺八百万")).toEqual(["done", "problem"]);
    expect(kinds("城南污水厂明年投产").at(-1)).toBe("plan");
  });

  it("a month ahead with a bare 完成 is when it will be finished", () => {
    expect(kinds("上半年改了18户，下半年再改20户，11月份完成验收", "2026-07-20")).toEqual(["done", "plan"]);
    expect(kinds("3月份完成了验收", "2026-07-20")).toEqual(["done"]);
  });

  it("a floor in a plan (不低于、不少于) is a target, not a shortfall", () => {
    expect(figures("明年继续压减差旅费，压减比例不低于8%")).toEqual(["8%:target"]);
  });

  it("some of them in disorder is a problem, unless it was dealt with on the spot", () => {
    expect(kinds("巡查沿街商铺31家，有几家门口乱堆乱放，过几天再去看")).toEqual(["done", "problem", "plan"]);
    expect(kinds("巡查沿街商铺31家，有几家门口乱堆乱放，已经当场责令清理")).toEqual(["done"]);
    expect(kinds("拆除乱搭乱建棚子14处")).toEqual(["done"]);
  });

  it("a service for the people counted stands as work before a shortage", () => {
    expect(kinds("为58个残疾人上门办理证件，办证员就一个，跑不过来")).toEqual(["done", "problem"]);
  });

  it("the work after a note to check a figure later is work done", () => {
    expect(kinds("今年建了高标准农田若干亩具体面积我回头再核一下然后培训种粮大户三百二十人次")).toEqual([
      "done",
    ]);
    expect(figures("今年建了高标准农田若干亩具体面积我回头再核一下然后培训种粮大户三百二十人次")).toEqual([
      "320人次:achieved",
    ]);
    expect(kinds("回头去东山村看看秸秆禁烧")).toEqual(["plan"]);
  });
});

describe("second own batch's classes (42-kuaiqian2), on other wording", () => {
  it("money: 多个W, 块 before a verb, a take-back in the clause before, 钱 and 省下", () => {
    expect(figures("电商直播今年卖了60多个W")).toEqual(["600000元:achieved"]);
    expect(figures("村道硬化还差三万多块没落实")).toContain("30000元:problem");
    expect(figures("光伏收益报的十二万，不对，是十五万")).toEqual(["150000元:achieved"]);
    expect(figures("简办婚事帮群众省下二十多万")).toEqual(["200000元:achieved"]);
  });

  it("look-alikes: 有…年了, a landline with a space inside, grown old said with a range", () => {
    expect(figures("这座石拱桥有一百多年了，今年加固花了18万")).toEqual(["180000元:achieved"]);
    expect(figures("值班电话 0731-8821 4456，全年接警312起")).toEqual(["312起:achieved"]);
    expect(kinds("村里的护林员都六十七八了")).toEqual(["problem"]);
  });

  it("people in need are people, not a problem, with a word or two before them", () => {
    expect(kinds("走访困难老党员12人，每人送去慰问金500元")).toEqual(["done"]);
    expect(kinds("困难是村里没人会用电脑")).toEqual(["problem"]);
  });

  it("a figure not known yet stays with its work; money that has not come is a problem", () => {
    expect(kinds("全年组织义诊38场，受益人数卫健局那边还没统计出来")).toEqual(["done"]);
    expect(kinds("研发投入数据还没出，人手很紧张")).toEqual(["done", "problem"]);
    expect(kinds("明年的培训经费还没下来，只够办两期")).toEqual(["problem"]);
  });

  it("a counted piece of work stands before a problem; a bare stock is its topic", () => {
    expect(kinds("垃圾分类覆盖2.3万户，分拣员就3个")).toEqual(["done", "problem"]);
    expect(kinds("辖区老旧电梯80多部，安全隐患大")).toEqual(["problem"]);
  });
});

describe("a correction inside the message: the card keeps what was meant (trial five, class 1)", () => {
  const texts = (text: string) => (run(text).clauses ?? []).map((c) => `${c.kind}:${c.text}`);

  it("drops the number taken back and the words taking it back, whatever the words", () => {
    expect(texts("帮合作社争取到贴息贷款三十万块 不对不对 是四十万块 带动农户二十来户")).toEqual([
      "done:帮合作社争取到贴息贷款四十万块 带动农户二十来户",
    ]);
    expect(texts("送法进校园跑了五所学校，呃不是，六所学校，发放手册一千本")).toEqual([
      "done:送法进校园跑了六所学校，发放手册一千本",
    ]);
    expect(texts("开展应急演练3次，哦说错了是4次")).toEqual(["done:开展应急演练4次"]);
    expect(figures("开展应急演练3次，哦说错了是4次")).toEqual(["4次:achieved"]);
  });

  it("trial five's own lines read the same way (regression)", () => {
    expect(
      texts(
        "这个月给青山镇争取了乡村振兴科技项目资金十五万块 不对不对 是二十五万块 建了一个食用菌大棚 带动脱贫户十几户 产值多少还没统计出来",
      )[0],
    ).toBe("done:这个月给青山镇争取了乡村振兴科技项目资金二十五万块");
    expect(texts("举办科普大篷车进乡村活动，走了七个乡镇，啊不是，八个乡镇，发放资料三千份")).toEqual([
      "done:举办科普大篷车进乡村活动，走了八个乡镇，发放资料三千份",
    ]);
    expect(figures("经费三万块由组织部出的")).toEqual(["30000元:achieved"]);
  });

  it("a note to check a figure tomorrow is no plan; tomorrow's work is", () => {
    expect(kinds("召开银企对接会一次，到会企业三十家，具体多少我明天再核实一下")).toEqual(["done"]);
    expect(kinds("明天核查12家加油站")).toEqual(["plan"]);
  });

  it("people who left are a problem; places visited are not", () => {
    expect(kinds("卫生院今年走了4个护士")).toEqual(["problem"]);
    expect(kinds("调研走了5个乡镇")).toEqual(["done"]);
  });
});
