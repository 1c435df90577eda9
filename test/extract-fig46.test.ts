import { describe, expect, it } from "vitest";
import { plainAspect } from "../src/domain/dialect-words.js";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round forty-six's fig46 classes (f22-fig46 商务局 in 鲁西, j1-potang 粤西, round forty-five's leftovers). Sentences of
 * our own — 冀鲁官话、粤语、客家话、西南官话, plain Mandarin, Traditional characters. The rules alone.
 */
const found = (text: string, day = "2026-06-10") =>
  (run(text, day).figures ?? []).map((f) => `${f.raw}=${f.value}${f.unit}`);
const kinds = (text: string, day: string) => (run(text, day).clauses ?? []).map((c) => c.kind);

describe("a sum whose lower part is said with 多/来 before its 万: 三亿四千多万 is 三亿 and 四千多万", () => {
  it("the lower part alone takes the 万 (not the whole number)", () => {
    expect(found("网上零售额三亿四千多万")).toEqual(["三亿四千多万=340000000元"]);
    expect(found("全年外贸两亿三千来万元")).toEqual(["两亿三千来万元=230000000元"]);
    expect(found("到位资金十二亿六百多万")).toEqual(["十二亿六百多万=1206000000元"]);
    expect(found("銷售額一億兩千多萬")).toEqual(["一亿两千多万=120000000元"]);
  });
  it("near misses: sums said whole stay as they were", () => {
    expect(found("营业额三亿四千万")).toEqual(["三亿四千万=340000000元"]);
    expect(found("投资八千多万")).toEqual(["八千多万=80000000元"]);
    expect(found("产值三亿多")).toEqual(["三亿多=300000000元"]);
    expect(found("一万两千多人参加")).toEqual(["一万两千多人=12000人"]);
  });
});

describe("sums of money said without 元 after trade and investment words", () => {
  it("进出口 / 出口 / 进口, a deal struck (成交), foreign capital (外资): the bare 万 or 亿 is money", () => {
    expect(found("2025年全县外贸进出口做到了十八亿五千万")).toEqual(["十八亿五千万=1850000000元"]);
    expect(found("俺们县一季度出口四亿出头 进口一亿二")).toEqual([
      "四亿出头=400000000元",
      "一亿二=120000000元",
    ]);
    expect(found("带了六家企业去广交会 意向成交三千四百万")).toEqual(["六家=6家", "三千四百万=34000000元"]);
    expect(found("帮三家企业办了增资 新增外资八百万")).toEqual(["三家=3家", "八百万=8000000元"]);
  });
  it("a programme's grant (专项) and the county's matching share (配套): money too", () => {
    expect(found("开了两次会 今年省里的科技专项批了九百万")).toEqual(["两次=2次", "九百万=9000000元"]);
    expect(found("省里畀咗两百万 县里配套六十万")).toEqual(["两百万=2000000元", "六十万=600000元"]);
  });
  it("near misses: what is exported by weight, firms with foreign capital, special checks stay counts", () => {
    expect(found("出口了两万吨")).toEqual(["两万吨=20000吨"]);
    expect(found("外资企业就那么三家")).toEqual(["三家=3家"]);
    expect(found("专项检查了三十家")).toEqual(["三十家=30家"]);
    expect(found("配套设施建了五处")).toEqual(["五处=5处"]);
  });
});

describe("a shopping or rights day named by its date is no count", () => {
  it("618前后、双11期间、315晚会、1111当天", () => {
    expect(found("618前后组织了三十家网店搞直播")).toEqual(["三十家=30家"]);
    expect(found("双11期间卖了两千多箱")).toEqual(["两千多箱=2000箱"]);
    expect(found("315晚会前后查了十二家")).toEqual(["十二家=12家"]);
    expect(found("1111当天交易额破了八百万")).toEqual(["八百万=8000000元"]);
  });
  it("near misses: the same numbers counting people or money stay", () => {
    expect(found("今年招了618人")).toEqual(["618人=618人"]);
    expect(found("发放消费券315万")).toEqual(["315万=3150000元"]);
    expect(found("全年办了11期培训")).toEqual(["11期=11期"]);
  });
});

describe("计划总投资 names what signed projects will cost — no plan of ours", () => {
  it("a signed project's planned total is told with the signing, as done", () => {
    expect(kinds("今年新签约项目二十四个 计划总投资八十六亿", "2026-11-20")).toEqual(["done"]);
    expect(kinds("全年签约31个项目，计划总投资126亿元", "2026-12-01")).toEqual(["done"]);
    expect(kinds("上半年引进項目九個 計划总投资四十二億", "2026-07-02")).toEqual(["done"]);
  });
  it("near misses: a plan to invest stays a plan", () => {
    expect(kinds("明年计划投资五千万建冷库", "2026-11-20")).toEqual(["plan"]);
    expect(kinds("计划下个月再签三个项目", "2026-11-20")).toEqual(["plan"]);
  });
});

describe("the perfective particle in dialect: 喽 (冀鲁), 哩 (客家/赣), 得 (西南) after a result", () => {
  it("folds to 了 where the work is finished", () => {
    expect(plainAspect("主体完工喽")).toBe("主体完工了");
    expect(plainAspect("当场整改喽")).toBe("当场整改了");
    expect(plainAspect("材料整理完报市局喽")).toBe("材料整理完报市局了");
    expect(plainAspect("调配方案定下来哩")).toBe("调配方案定下来了");
    expect(plainAspect("已经转去核实哩")).toBe("已经转去核实了");
    expect(plainAspect("水样都送检得 结果还没出")).toBe("水样都送检了 结果还没出");
  });
  it("near misses: 哩 as 呢, 得 before how well, 喽 inside a clause stay", () => {
    expect(plainAspect("俺们正统计着哩")).toBe("俺们正统计着哩");
    expect(plainAspect("跑得快")).toBe("跑得快");
    expect(plainAspect("做得好 来得及")).toBe("做得好 来得及");
    expect(plainAspect("还没弄哩")).toBe("还没弄哩");
  });
  it("after a deadline still ahead, a clause ending so tells the work done by then, not a plan", () => {
    expect(kinds("节前那批预付卡的投诉都核实完喽", "2026-01-20")).toEqual(["done"]);
    expect(kinds("月底前要报的台账都整理好喽", "2026-05-20")).toEqual(["done"]);
    expect(kinds("开学前嘅分班名单都定下来哩", "2026-08-20")).toEqual(["done"]);
  });
  it("near misses: the step to do by then, and 哩 as 呢, stay plans", () => {
    expect(kinds("节前把预付卡的投诉都核实完", "2026-01-20")).toEqual(["plan"]);
    expect(kinds("月底前俺们正统计着哩", "2026-05-20")).toEqual(["plan"]);
    expect(kinds("赶明儿把材料报市局", "2026-05-20")).toEqual(["plan"]);
  });
});

describe("counts said the spoken way", () => {
  it("钱数、笔数、亩数 name what is counted, as 人数 does: the number after them is said", () => {
    expect(found("老板跑了 卷走的钱数二十多万")).toEqual(["二十多万=200000元"]);
    expect(found("今年贷款笔数三百多笔")).toEqual(["三百多笔=300笔"]);
    expect(found("流转亩数两千多亩")).toEqual(["两千多亩=2000亩"]);
  });
  it("near misses: 数十、数百 say no number", () => {
    expect(found("投入了数十万")).toEqual([]);
    expect(found("数百人参加")).toEqual([]);
  });
  it("五吨二、四吨六、两米五: a tenth of the unit said as one digit after it", () => {
    expect(found("测产平均亩产五吨二比旧年多")).toEqual(["五吨二=5.2吨"]);
    expect(found("鸭梨亩产四吨六")).toEqual(["四吨六=4.6吨"]);
    expect(found("堤围加高两米五")).toEqual(["两米五=2.5米"]);
    expect(found("亩产三吨半")).toEqual(["三吨半=3.5吨"]);
  });
  it("near misses: a digit that starts another count stays with it", () => {
    expect(found("亩产三斤二两")).toEqual(["三斤=3斤"]);
    expect(found("收了五吨二十斤")).toEqual(["五吨=5吨", "二十斤=20斤"]);
    expect(found("种了五亩一家一户都有")).toEqual(["五亩=5亩"]);
  });
});

describe("how long a thing has waited, said with 成 (粤: 等咗成两个月 = a good two months), is no count", () => {
  it("等咗成 / 卡了成 + a stretch of time: the wait is how the problem looks", () => {
    expect(found("有两件专利嘅审查意见等咗成两个月 仲未有回音", "2026-10-21")).toEqual(["两件=2件"]);
    expect(found("用地审批卡了成一个月", "2026-10-21")).toEqual([]);
  });
  it("and the clause that says so is a problem, as 等了两个月 is", () => {
    expect(kinds("有两件专利嘅审查意见等咗成两个月", "2026-10-21")).toEqual(["problem"]);
    expect(kinds("环评批复等了快三个月", "2026-10-21")).toEqual(["problem"]);
    expect(kinds("驻村蹲点两个月", "2026-10-21")).toEqual(["done"]);
  });
  it("near misses: 分成两组, and a stretch not after a wait, stay", () => {
    expect(found("分成两组下村", "2026-10-21")).toEqual(["两组=2组"]);
    expect(found("驻村蹲点两个月", "2026-10-21")).toEqual(["两个月=2个月"]);
  });
});
