import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-seven (fig37, docs/understanding.md 第三十七轮): classes left over from f11-fig35 and the lead's
 * console trial, and seen first in f13-fig37, tested in other words than the corpus's. The rules alone.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string, today = "2026-08-12") => extractUpdate(text, org, { today });
const kindOf = (text: string, words: string, today?: string) =>
  (read(text, today).clauses ?? []).find((c) => c.text.includes(words))?.kind;
const figure = (text: string, raw: string) => read(text).figures.find((f) => f.raw === raw);

describe("a part singled out of what was just counted, failing, is a problem even without 有", () => {
  it.each([
    ["组织6个村参加农技比武，其中2个村没按时报名", "其中2个村"],
    ["验收了12座泵站，其中3座未达到设计流量", "其中3座"],
    ["帮9家合作社申报示范社，其余4家场地不达标", "其余4家"],
    ["排查了20处渡口，剩下的5处没落实救生衣", "剩下的5处"],
  ])("「%s」: 「%s…」 is a problem", (text, words) => {
    expect(kindOf(text, words)).toBe("problem");
    expect(kindOf(text, text.slice(0, 4))).toBe("done");
  });
  it("a part that did the work, or has no trouble, is no problem", () => {
    expect(kindOf("走访了9户，其中3户已经办完了", "其中3户")).toBe("done");
    expect(kindOf("查了11家药店，其中2家没有问题", "查了11家")).toBe("done");
  });
});

describe("a voice run cut at its turns keeps the people its 个 counted", () => {
  it.each([
    [
      "给全镇一百二十个网格员搞了培训 考试合格一百零五个 还有十五个没过 大多数是年纪大的 下个月补考",
      "十五个",
      15,
    ],
    [
      "今年给全乡二百四十个护林员搞了业务培训 考核合格二百一十个 还有三十个没过 大多数是年纪大的 明年开春补考",
      "三十个",
      30,
    ],
  ])("「%s」: %s are people, a problem", (text, raw, value) => {
    expect(figure(text, raw)).toMatchObject({ value, unit: "人", kind: "problem" });
  });
  it("a 个 of things stays 个", () => {
    const text = "给全镇一百二十个村装了广播 验收合格一百零五个 还有十五个没装好 大多数是山里的 下个月返工";
    expect(figure(text, "十五个")).toMatchObject({ value: 15, unit: "个" });
  });
});

describe("printed matter straight after a bare number counts copies (份)", () => {
  it.each([
    ["入户发了三千挂零明白纸", "三千挂零", 3000],
    ["赶集那天印了两千多宣传册 全发完了", "两千多", 2000],
    ["给商户送了800告知书", "800", 800],
  ])("「%s」: %s is %d份", (text, raw, value) => {
    expect(figure(text, raw)).toMatchObject({ value, unit: "份" });
  });
  it("a lone 一 and a number with its own measure are left as they were", () => {
    expect(read("发了一宣传单就走了").figures).toHaveLength(0);
    expect(figure("发了三千张明白纸", "三千张")).toMatchObject({ value: 3000, unit: "张" });
  });
});

describe("今年计划 with a step after it is a plan", () => {
  it.each([
    ["今年计划新建灌溉渠系45公里 改造泵站9座", "灌溉渠系"],
    ["今年计划治理水土流失面积12平方公里", "水土流失"],
    ["年内计划招聘水管员30名", "水管员"],
  ])("「%s」 (said in March) is a plan", (text, words) => {
    expect(kindOf(text, words, "2026-03-10")).toBe("plan");
  });
  it("the plan's own progress, and what it named by 的, are work done", () => {
    expect(kindOf("今年计划改造的12座泵站，目前已完工10座", "改造的", "2026-09-10")).toBe("done");
    expect(kindOf("今年计划完成了九成", "九成", "2026-09-10")).toBe("done");
  });
});

describe("a space typed for a comma before a count in digits that heads its own clause cuts as a comma", () => {
  it.each([
    ["走访了14个村 4个村还没通自来水", "4个村还没通自来水"],
    ["帮6家企业申报研发中心 2家研发中心场地不达标", "2家研发中心场地不达标"],
    ["查了25家餐馆 7家后厨没装纱窗", "7家后厨没装纱窗"],
  ])("「%s」: 「%s」 is its own problem", (text, words) => {
    const clauses = read(text).clauses ?? [];
    expect(clauses.find((c) => c.text === words)?.kind).toBe("problem");
    expect(clauses.find((c) => c.text !== words)?.kind).toBe("done");
  });
  it("a count in digits after a space with nothing of its own after it stays with the work", () => {
    const clauses = read("今天开展了培训 3场 来了120人").clauses ?? [];
    expect(clauses.every((c) => c.kind === "done")).toBe(true);
  });
});

describe("西北 着 after 了 closes a clause as 呢 does", () => {
  it.each([
    ["今早去了下庄 两个村的水管冻裂了着 拿火烤了半天", "冻裂了着", "problem"],
    ["泵站的配电柜烧坏了着", "烧坏了着", "problem"],
  ])("「%s」: 「…%s」 is a %s", (text, words, kind) => {
    expect(kindOf(text, words, "2026-01-20")).toBe(kind);
  });
  it("着 of an ongoing verb (等着、放着) is left alone", () => {
    expect(kindOf("渠道清淤弄完了 机械还放着", "清淤", "2026-01-20")).toBe("done");
  });
});

describe("what a flood broke open or carried off, and a loss told bare, are problems", () => {
  it.each([
    ["雨太大 北沟的谷坊冲开了三个豁口", "冲开"],
    ["上游来水猛 冲断了两座漫水桥", "冲断"],
    ["灾情统计报上去了 损失八百多万", "损失"],
  ])("「%s」: the clause with 「%s」 is a problem", (text, words) => {
    expect(kindOf(text, words, "2026-07-20")).toBe("problem");
  });
  it("a loss won back or reckoned is work, and mending what broke is work", () => {
    expect(kindOf("帮农户挽回损失三十多万", "挽回", "2026-07-20")).toBe("done");
    expect(kindOf("抢修被冲断的便桥两座", "抢修", "2026-07-20")).toBe("done");
  });
});

describe("the needy that the work served (给缺水的村送水) are no problem of the work", () => {
  it.each([
    ["组织拉水车给缺水的几个村送了水", "拉水车"],
    ["帮缺劳力的农户把麦子收了", "麦子"],
  ])("「%s」 is work done", (text, words) => {
    expect(kindOf(text, words, "2026-05-20")).toBe("done");
  });
  it("a school short of teachers is still a problem", () => {
    expect(kindOf("山里那所小学缺数学老师", "小学", "2026-05-20")).toBe("problem");
  });
});

describe("上半天/下半天 are parts of the day, as 上午/下午 are", () => {
  const at = (text: string, time: string) =>
    (extractUpdate(text, org, { today: "2026-11-10", time }).clauses ?? []).map((c) => c.kind);
  it("「下半天去…」 sent in the morning lies ahead, sent at dusk it is done", () => {
    expect(at("下半天去东沟村看渠道防渗", "09:15")).toEqual(["plan"]);
    expect(at("下半天去东沟村看渠道防渗", "17:30")).toEqual(["done"]);
    expect(at("后半天到水厂查余氯", "10:05")).toEqual(["plan"]);
  });
});

describe("a round led by a time before something, then how far it went, is told done", () => {
  it.each([
    ["开学前跟教育局进学校讲防溺水 跑了14所", "2026-08-28"],
    ["春节前挨家走访独居老人，走了36户", "2026-02-10"],
  ])("「%s」 is work done", (text, today) => {
    expect((read(text, today).clauses ?? []).map((c) => c.kind)).toEqual(["done"]);
  });
  it("a deadline with progress, or a round still to run, keeps its plan", () => {
    expect(kindOf("年底前完成验收 已经验了12个", "年底前", "2026-11-10")).toBe("plan");
    expect(kindOf("开学前要进学校讲防溺水 跑11所", "开学前", "2026-08-10")).toBe("plan");
  });
});

describe("people put forward (报了) and those picked (入选、评上) are counted in 人 when 个 counts them", () => {
  it("「乡土人才报了6个，评上三个」", () => {
    const text = "今年的乡土人才报了6个，评上三个";
    expect(figure(text, "6个")).toMatchObject({ value: 6, unit: "人" });
    expect(figure(text, "三个")).toMatchObject({ value: 3, unit: "人" });
  });
  it("projects put forward and picked stay 个", () => {
    const text = "水利项目报了4个 入选两个";
    expect(figure(text, "4个")).toMatchObject({ unit: "个" });
    expect(figure(text, "两个")).toMatchObject({ unit: "个" });
  });
});

describe("粤 唔啱 (= 不对) takes a number back", () => {
  it("「…去到百分之三十一 啊唔啱 系百分之三十七」 keeps only the second", () => {
    const figures = read("高企申报通过率去到百分之三十一 啊唔啱 系百分之三十七").figures;
    expect(figures.map((f) => f.value)).toEqual([37]);
  });
});

describe("work held up (耽搁了、耽误了工期) is a problem; not held up is not", () => {
  it.each([
    ["渠道防渗还差三公里 八月雨多耽搁了", "耽搁了"],
    ["砂石料运不上来 工期耽误了"],
  ])("「%s」 says a problem", (text, words = "耽误了") => {
    expect(kindOf(text, words, "2026-09-01")).toBe("problem");
  });
  it("「没耽误农时」「把耽误的工期抢回来了」 are work done", () => {
    expect(kindOf("抢收抢种没耽误农时", "农时", "2026-09-01")).toBe("done");
    expect(kindOf("加班赶进度 把耽误的工期抢回来了", "抢回来了", "2026-09-01")).toBe("done");
  });
});

describe("a share singled out (有两成、有一半) that something befell is a problem, as a count is", () => {
  it.each(["今年雨水多 有三成网箱出了蓝藻", "有一半的菜棚长了虫", "有两成果树冻死了"])("「%s」", (text) => {
    expect((read(text, "2026-06-01").clauses ?? []).at(-1)?.kind).toBe("problem");
  });
  it("a share that did the work is work done", () => {
    expect(kindOf("有三成农户领了补贴", "补贴", "2026-06-01")).toBe("done");
  });
});

describe("开年 told done after it is the start of this year, not next year", () => {
  it.each([
    ["开年第一课搞咗 全局干部40人参加", "2026-02-20"],
    ["开年头一个礼拜走访了12家企业", "2026-02-20"],
  ])("「%s」 is work done", (text, today) => {
    expect((read(text, today).clauses ?? []).map((c) => c.kind)).toEqual(["done"]);
  });
  it("开年 + a step, or 开年了, is still ahead", () => {
    expect(kindOf("开年三月份组织验收", "验收", "2026-12-03")).toBe("plan");
    expect(kindOf("开年了换套新的", "换套", "2026-12-03")).toBe("plan");
  });
});

describe("准备金 is money set aside, no plan", () => {
  it("「上门辅导企业12家，帮助建立研发准备金制度」 is work done", () => {
    expect(
      (read("上门辅导企业12家，帮助建立研发准备金制度", "2026-06-20").clauses ?? []).map((c) => c.kind),
    ).toEqual(["done"]);
    expect(kindOf("准备下周开展培训", "培训", "2026-06-20")).toBe("plan");
  });
});
