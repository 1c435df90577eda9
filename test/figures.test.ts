import { describe, expect, it } from "vitest";
import {
  canonicalFigure,
  createFigureMatcher,
  extractFigures,
  figureKey,
  findFigures,
  findPlaceholders,
  hasPlaceholder,
  replaceUnmatchedFigures,
  sameFigure,
} from "../src/domain/figures.js";
import { normalizeText } from "../src/domain/normalize.js";
import type { Figure } from "../src/domain/update.js";

/** value/unit/approx triples, for compact assertions. */
const vua = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.approx]);

describe("extractFigures: quantities", () => {
  it("reads any measure word after an Arabic number, and clock times as times", () => {
    expect(vua("接听热线1.3万通，制作展板15面，播放视频200遍，新增岗位50席")).toEqual([
      [13000, "通", false],
      [15, "面", false],
      [200, "遍", false],
      [50, "席", false],
    ]);
    // Chinese numerals keep to the listed units: 三农 and 五水共治 are names.
    expect(vua("抓好三农工作，推进五水共治")).toEqual([]);
    expect(vua("下午3点开会，3点半集合，明天9点前报送")).toEqual([]);
    expect(vua("提出5点建议，覆盖面90%")).toEqual([
      [5, "点", false],
      [90, "%", false],
    ]);
  });

  it("reads a bare 万/亿 of money as 元, measure + 次 as one unit, and leaves ages, holiday lengths and phases out", () => {
    expect(vua("旅游收入9800多万，年底还有六千多万缺口，全县人口52万")).toEqual([
      [98_000_000, "元", true],
      [60_000_000, "元", true],
      [520_000, "", false],
    ]);
    expect(vua("图书馆借阅11.2万册次，送检500件次")).toEqual([
      [112_000, "册次", false],
      [500, "件次", false],
    ]);
    expect(vua("基本是六十多岁的在照顾八九十岁的")).toEqual([]);
    // Chat shorthand and spacing, generations, versions, dates and shares written with a slash.
    expect(vua("粉丝涨了1.2w，阅读量3k+，走访 12 个村，下降3个点")).toEqual([
      [12_000, "", false],
      [3000, "", false],
      [12, "个", false],
      [3, "个点", false],
    ]);
    expect(vua("90后干部，2.0版，12/10开会，占1/3，三分之一的人员")).toEqual([]);
    // Unit symbols in Latin letters, temperatures, decibels, megawatts; levels and codes are not counts.
    expect(vua("清运垃圾120t，修路5km，改造3000m²，最高气温38℃，噪声55分贝，装机20兆瓦，偏多3成")).toEqual([
      [120, "吨", false],
      [5, "公里", false],
      [3000, "平方米", false],
      [38, "℃", false],
      [55, "分贝", false],
      [20, "兆瓦", false],
      [30, "%", false],
    ]);
    expect(vua("风力7级，新建5G基站，G318国道，实行24小时值班")).toEqual([]);
    expect(vua("降雨量较常年偏多2.3成，人均预期寿命78.5岁")).toEqual([
      [23, "%", false],
      [78.5, "岁", false],
    ]);
    // A set span says how long; how long the work took, and 两个多月 whole, still count.
    expect(vua("开展为期3个月的专项整治，培训历时5天")).toEqual([]);
    expect(vua("试点两个多月，连续5天")).toEqual([
      [2, "个月", true],
      [5, "天", false],
    ]);
    expect(vua("古镇国庆8天接待游客12.6万人次")).toEqual([[126_000, "人次", false]]);
    expect(vua("污水处理厂二期通水了，三期明年开工。培训班办了3期")).toEqual([[3, "期", false]]);
    expect(vua("青石村和马坪村的冷库10月份开工，两个村的现在都建好了")).toEqual([]);
  });

  it("keeps the noun a measure word counts, so a label never ends at 个", () => {
    const counted = (text: string) => extractFigures(text).map((f) => [f.raw, f.counted]);
    expect(counted("今年服务了12个村，到12个乡镇开展巡回宣讲")).toEqual([
      ["12个", "村"],
      ["12个", "乡镇"],
    ]);
    expect(counted("走访了3家企业开展调研，对5所学校进行检查，慰问30名困难群众")).toEqual([
      ["3家", "企业"],
      ["5所", "学校"],
      ["30名", "困难群众"],
    ]);
    // Not a measure word, nothing after it, or a run too long to know where the noun ends.
    expect(counted("发放资料2000册，投入资金30万元用于修路，建成5个村的文化广场")).toEqual([
      ["2000册", undefined],
      ["30万元", undefined],
      ["5个", "村"],
    ]);
    expect(counted("新增3家农业产业化龙头重点企业")).toEqual([["3家", undefined]]);
  });

  it("reads a popular-science week report: counts, 多/余 approximations, 万 scaling", () => {
    const figs = extractFigures(
      "举办科技活动周广场宣传，1500名群众参与，摆放展板41块、科普仪器10台，现场咨询150多人次，发放科普资料1.2万余份",
    );
    expect(figs).toEqual([
      { raw: "1500名", value: 1500, unit: "名", context: "群众参与", counted: "群众", approx: false },
      { raw: "41块", value: 41, unit: "块", context: "摆放展板", approx: false },
      { raw: "10台", value: 10, unit: "台", context: "科普仪器", approx: false },
      { raw: "150多人次", value: 150, unit: "人次", context: "现场咨询", approx: true },
      { raw: "1.2万余份", value: 12000, unit: "份", context: "发放科普资料", approx: true },
    ]);
  });

  it("normalises money to 元: 万元, 亿元, Chinese numerals, 1亿2000万", () => {
    expect(
      vua("技术合同成交额1.4亿元，争取项目资金3000万元，兑现奖励两千五百万元，总投资1亿2000万元"),
    ).toEqual([
      [140_000_000, "元", false],
      [30_000_000, "元", false],
      [25_000_000, "元", false],
      [120_000_000, "元", false],
    ]);
    expect(extractFigures("解决特派员工作经费156万元")[0]).toMatchObject({
      raw: "156万元",
      context: "解决特派员工作经费",
    });
  });

  it("reads percentages and percentage points in both notations", () => {
    expect(
      vua("研发经费投入占销售收入3.6%以上，较去年同期增长百分之十五，增速提高12.5个百分点，占比２５％"),
    ).toEqual([
      [3.6, "%", true],
      [15, "%", false],
      [12.5, "个百分点", false],
      [25, "%", false],
    ]);
    expect(extractFigures("完成率百分之百")[0]).toMatchObject({ raw: "百分之百", value: 100, unit: "%" });
    expect(vua("增长百分之十五点五，成交额一点五亿元")).toEqual([
      [15.5, "%", false],
      [150_000_000, "元", false],
    ]);
  });

  it("flags 约/近/余/多/左右/以上 as approximate and keeps the marker in raw", () => {
    const figs = extractFigures(
      "活动期间参观人数近1000多人次，约150人咨询，培训8000余人次，种植5万亩左右，近百家企业参加",
    );
    expect(figs.map((f) => [f.raw, f.value, f.approx])).toEqual([
      ["近1000多人次", 1000, true],
      ["约150人", 150, true],
      ["8000余人次", 8000, true],
      ["5万亩左右", 50000, true],
      ["近百家", 100, true],
    ]);
    expect(figs[0]?.context).toBe("活动期间参观人数");
  });

  it("does not take 签约 / 最近 for approximations", () => {
    expect(extractFigures("现场签约3家企业，最近5天完成验收")).toMatchObject([
      { raw: "3家", approx: false },
      { raw: "5天", approx: false },
    ]);
  });

  it("reads thousands separators, decimals and bare numbers", () => {
    expect(vua("发放资料1,500份，研发投入强度2.4，增长3.6倍")).toEqual([
      [1500, "份", false],
      [2.4, "", false],
      [3.6, "倍", false],
    ]);
  });

  it("reads Chinese-numeral counts with a unit: 两家, 三个, 十二期, 一百二十三人", () => {
    expect(vua("新增两家众创空间，建成三个示范基地，举办十二期培训班，培训一百二十三人")).toEqual([
      [2, "家", false],
      [3, "个", false],
      [12, "期", false],
      [123, "人", false],
    ]);
  });

  it("reads 三成 as 30 %, the lower end of 一百四五十户, and no figure in 双十二期间 or 完成", () => {
    expect(vua("参保率提高了两成，受益七八十户，搭建帐篷20顶")).toEqual([
      [20, "%", false],
      [70, "户", true],
      [20, "顶", false],
    ]);
    expect(vua("救助一百四五十户")).toEqual([[140, "户", true]]);
    // A spoken range of two digits is its lower end too (两三家 = about 2): a count, not nothing.
    // 一两 (one or two) is read like a lone 一: a manner of speaking, no figure (只有一两个老师).
    expect(vua("走访三四家合作社，两三次不够")).toEqual([
      [3, "家", true],
      [2, "次", true],
    ]);
    expect(vua("走访三四家合作社，一两次不够")).toEqual([[3, "家", true]]);
    expect(vua("村小普遍只有一两个老师")).toEqual([]);
    expect(vua("双十二期间完成巡查")).toEqual([]);
    expect(vua("十四五规划编制完成")).toEqual([]);
  });

  it("gives ranges the unit and scale of their second number", () => {
    expect(vua("每家补助1-2万元，计划新增3至5家")).toEqual([
      [10000, "元", false],
      [20000, "元", false],
      [3, "家", false],
      [5, "家", false],
    ]);
  });

  it("reads the scraped Traditional seed paragraph once normalised", () => {
    const text = normalizeText(
      "二是全縣78個貧困村科技特派員開(kāi)展實用技術培訓等78期，受訓群眾8000余人次，創(chuàng)新服務覆蓋擺放展板41塊",
    );
    expect(extractFigures(text)).toEqual([
      { raw: "78个", value: 78, unit: "个", context: "全县", approx: false },
      { raw: "78期", value: 78, unit: "期", context: "贫困村科技特派员开展实用技术培训等", approx: false },
      { raw: "8000余人次", value: 8000, unit: "人次", context: "受训群众", approx: true },
      { raw: "41块", value: 41, unit: "块", context: "创新服务覆盖摆放展板", approx: false },
    ]);
  });
});

describe("extractFigures: what is not a figure", () => {
  it.each([
    ["dates", "2020年11月5日召开推进会，2025-01-05报送，2025.1.5截止，14:30开始"],
    ["year ranges", "编制2021-2025年规划，二〇二〇年启动"],
    ["ordinals", "第一批入库，排名全市第3位，第五届农高会，第×届杨凌农高会"],
    ["plan and congress names", "学习二十大精神，编制十四五规划，十九届四中全会"],
    ["enumerations", "一是加强宣传；二是强化培训\n1.举办培训\n2、开展调研（1）组织活动（二）建设平台"],
    ["quarters and months", "前三季度进展顺利，三季度完成，一至四月份增速较快"],
    ["slogans and fixed expressions", "树牢“四个意识”，做到“两个维护”，落实八项规定，千方百计走进千家万户"],
    ["titles", "印发《XX县人才新政二十四条》和《2020年度实施方案》"],
    ["model numbers and ids", "KN95口罩生产线，5G基站，网站客服3074922707"],
    // 十几家 is at least ten (read, approximate); 数百万、几十家 say no number at all.
    ["vague amounts", "参与消费数百万元，几十家企业，三五成群"],
    ["variety names", "天麻新品种略麻1号通过鉴定"],
    ["bare 一 in set phrases", "建成一条生产线，组织一次检查，统一部署"],
  ])("%s", (_label, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it("placeholders X, ×, * and ** are not figures, but are detected", () => {
    const text = "研发投入强度X%，实施科技项目×个，完成技术合同登记**份，成交额*****万元，第*位";
    expect(extractFigures(text)).toEqual([]);
    expect(hasPlaceholder(text)).toBe(true);
    expect(findPlaceholders(text).map((p) => p.raw)).toEqual(["X", "×", "**", "*****", "*"]);
    expect(hasPlaceholder("举办科技活动周，1500名群众参与")).toBe(false);
    expect(hasPlaceholder("KN95口罩")).toBe(false);
  });

  it("keeps real figures next to dates and ordinals", () => {
    expect(extractFigures("2020年第一批新申报高新技术企业15家，11月完成170件登记")).toMatchObject([
      { raw: "15家", value: 15, context: "第一批新申报高新技术企业" },
      { raw: "170件", value: 170 },
    ]);
  });
});

describe("findFigures positions", () => {
  it("points at raw and at the digits to blank out, in the caller's own text", () => {
    const text = "发放资料１．２万余份，近1000多人次，百分之十五";
    const found = findFigures(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      "１．２万余份",
      "近1000多人次",
      "百分之十五",
    ]);
    expect(found.map((f) => text.slice(f.numStart, f.numEnd))).toEqual(["１．２", "1000", "十五"]);
    expect(found[0]?.figure.value).toBe(12000);
  });
});

describe("sameFigure / figureKey", () => {
  const fig = (raw: string): Figure => {
    const f = extractFigures(raw)[0];
    if (!f) throw new Error(`no figure in ${raw}`);
    return f;
  };

  it.each([
    ["1.2万份", "12000份"],
    ["1.4亿元", "14000万元"],
    ["两千五百万元", "2500万元"],
    ["百分之十五", "15%"],
    ["近1000多人次", "1000人次"],
    ["1500名", "1500人"],
    ["一点四亿元", "1.4亿元"],
    ["3.6%", "3.6％"],
  ])("%s = %s", (a, b) => {
    expect(sameFigure(fig(a), fig(b))).toBe(true);
    expect(figureKey(fig(a))).toBe(figureKey(fig(b)));
  });

  it.each([
    ["1.2万份", "1.2万元"],
    ["15%", "15个百分点"],
    ["1500名", "1500人次"],
    ["3.6%", "3.7%"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameFigure(fig(a), fig(b))).toBe(false);
  });

  it("accepts figures made elsewhere that kept the scale in the unit", () => {
    expect(sameFigure({ value: 156, unit: "万元" }, fig("156万元"))).toBe(true);
    expect(sameFigure({ value: 1.4, unit: "亿元" }, { value: 140_000_000, unit: "元" })).toBe(true);
  });
});

describe("replaceUnmatchedFigures (grounding)", () => {
  const sources = [
    "举办科技活动周，1500名群众参与，发放科普资料1.2万余份，现场咨询150多人次",
    "技术合同成交额1.4亿元，研发投入较去年同期增长百分之十五，兑现奖励资金两千五百万元",
    "流动科技馆参观人数近1000多人次，摆放展板41块，企业研发经费投入占销售收入3.6%以上",
  ];
  const allowed = sources.flatMap((s) => extractFigures(normalizeText(s)));

  it("keeps sourced figures written in the other notation", () => {
    const draft =
      "全年发放科普资料12000余份，一千五百名群众参与；技术合同成交额14000万元，研发投入增长15%，" +
      "兑现奖励资金2500万元，参观人数约1000人次，展板四十一块，研发投入占比3.6%。";
    expect(replaceUnmatchedFigures(draft, allowed)).toEqual({ text: draft, replaced: [] });
  });

  it("replaces invented figures with ×, keeping unit, scale and approximation words", () => {
    const draft =
      "发放资料3万份，参观人数近2000多人次，成交额1.5亿元，增长百分之二十，新增企业两家，增速3.7%，培训2,000人次，奖励1亿2000万元。";
    const out = replaceUnmatchedFigures(draft, allowed);
    expect(out.text).toBe(
      "发放资料×万份，参观人数近×多人次，成交额×亿元，增长百分之×，新增企业×家，增速×%，培训×人次，奖励×万元。",
    );
    expect(out.replaced).toEqual([
      "3万份",
      "近2000多人次",
      "1.5亿元",
      "百分之二十",
      "两家",
      "3.7%",
      "2,000人次",
      "1亿2000万元",
    ]);
  });

  it("a sourced value with the wrong unit is not grounded", () => {
    expect(replaceUnmatchedFigures("发放资料1500份", allowed).text).toBe("发放资料×份");
  });

  it("a bare number is grounded when its value was reported", () => {
    expect(replaceUnmatchedFigures("展板41，参与1500", allowed).replaced).toEqual([]);
    expect(replaceUnmatchedFigures("参与1600", allowed).text).toBe("参与×");
  });

  it("leaves dates, ordinals, list numbers and existing placeholders alone", () => {
    const draft = "2025年3月，全市排名第3位。\n1.科技成果转化×项。\n（二）成交额×万元";
    expect(replaceUnmatchedFigures(draft, allowed)).toEqual({ text: draft, replaced: [] });
  });

  it("no invented figure survives: after replacement every remaining figure is grounded", () => {
    const inventions = [
      "新增高新技术企业12家，培育科技型中小企业35家，研发投入强度2.8%，技术交易额3.2亿元",
      "举办培训二十期，受训群众九千余人次，发放资料１５０００份，建成示范基地6个",
      "引进人才团队2个，成交额8000万元，增长百分之三十，提高1.5个百分点，新增5万亩",
      "近三千人参与，约两百家企业，万余人就业，2-3家平台，种植高粱300多亩",
    ];
    for (const text of inventions) {
      const out = replaceUnmatchedFigures(text, allowed);
      expect(out.replaced.length).toBeGreaterThan(0);
      for (const f of extractFigures(out.text)) {
        expect(
          allowed.some((a) => sameFigure(a, f)),
          `${f.raw} survived in ${out.text}`,
        ).toBe(true);
      }
      expect(out.text).not.toMatch(/\d/);
    }
  });

  it("replaces nothing when nothing is allowed only if there are no figures", () => {
    expect(replaceUnmatchedFigures("加强科技宣传培训。", [])).toEqual({
      text: "加强科技宣传培训。",
      replaced: [],
    });
    expect(replaceUnmatchedFigures("举办活动3场", []).text).toBe("举办活动×场");
  });
});

describe("createFigureMatcher (grounding built once per part)", () => {
  const allowed = extractFigures(
    "举办科技活动周，1500名群众参与，发放科普资料1.2万余份；技术合同成交额1.4亿元，占比3.6%",
  );
  const texts = [
    "一千五百人参与，发放资料12000份，成交额14000万元，占比3.6%。",
    "新增企业99家，成交额2.5亿元，参与1500，增长百分之二十。",
    "加强科技宣传培训。",
    "2025年3月，全市排名第3位。",
  ];

  it("gives exactly what replaceUnmatchedFigures gives, text after text", () => {
    const m = createFigureMatcher(allowed);
    for (const t of texts) expect(m.replaceUnmatched(t)).toEqual(replaceUnmatchedFigures(t, allowed));
    expect(m.replaceUnmatched(texts[1]!)).toEqual({
      text: "新增企业×家，成交额×亿元，参与1500，增长百分之×。",
      replaced: ["99家", "2.5亿元", "百分之二十"],
    });
  });

  it("allows a reported figure in either notation and never an invented one", () => {
    const m = createFigureMatcher(allowed);
    expect(m.allows({ value: 1500, unit: "人" })).toBe(true); // 1500名
    expect(m.allows({ value: 1.2, unit: "万份" })).toBe(true);
    expect(m.allows({ value: 14000, unit: "万元" })).toBe(true);
    expect(m.allows({ value: 1500, unit: "" })).toBe(true); // a reported number without its unit
    expect(m.allows({ value: 1500, unit: "份" })).toBe(false);
    expect(m.allows({ value: 10, unit: "亿元" })).toBe(false);
    expect(m.unmatched("研发投入10亿元").map((f) => f.figure.raw)).toEqual(["10亿元"]);
  });

  it("takes any iterable, and an empty one grounds nothing", () => {
    const m = createFigureMatcher(new Set(allowed));
    expect(m.replaceUnmatched("成交额1.4亿元").replaced).toEqual([]);
    expect(createFigureMatcher([]).replaceUnmatched("举办活动3场").text).toBe("举办活动×场");
  });

  it("memoised canonical forms are not shared with callers", () => {
    const a = canonicalFigure({ value: 156, unit: "万元" });
    a.value = 1;
    expect(canonicalFigure({ value: 156, unit: "万元" })).toEqual({ value: 1_560_000, unit: "元" });
  });

  it("grounds many texts against many figures: reported ones kept, the rest blanked", () => {
    // Its speed is in the bench (npm run bench, extraction: grounding), beside scanning the same texts.
    const many = Array.from({ length: 3000 }, (_, i) => ({ value: i * 7, unit: i % 2 ? "家" : "万元" }));
    const m = createFigureMatcher(many);
    let replaced = 0;
    for (let i = 0; i < 3000; i++) {
      const r = m.replaceUnmatched(`新增企业${i * 7}家，投入${i}亿元`);
      replaced += r.replaced.length;
      // 家 is allowed for odd i only; 亿元 never is (allowed money is in 万元, i*7 万 ≠ i 亿 unless i = 0).
      if (i % 2 === 1) expect(r.text.startsWith(`新增企业${i * 7}家`)).toBe(true);
    }
    expect(replaced).toBeGreaterThan(3000);
    expect(replaced).toBeLessThan(6000);
  });
});
