import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-eight (fig38, docs/understanding.md 第三十八轮): figure classes left over from h4-shawo, h5-jiaoyu and
 * f13-fig37 and seen first in f14-fig38, tested in other words than the corpus's. The rules alone.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figure = (text: string, raw: string) =>
  extractUpdate(text, org, { today: "2026-08-12" }).figures.find((f) => f.raw === raw);
const readAs = (text: string, raw: string) => {
  const f = figure(text, raw);
  return f ? `${f.value}${f.unit}` : undefined;
};

describe("a head count said with no unit after a crowd, or glued before its people", () => {
  it.each([
    ["文化节开幕式上 现场群众八千多 发宣传册5千份", "八千多", "8000人"],
    ["网上直播看的两万多", "两万多", "20000人次"],
    ["读书会来了三百多学生 都是初一的", "三百多", "300人"],
    ["元宵灯会观众估计九千多，比去年多", "九千多", "9000人"],
  ])("「%s」: %s is %s", (text, raw, want) => {
    expect(readAs(text, raw)).toBe(want);
  });
  it("a sum glued before people stays a sum, and a plain count before a thing is no head count", () => {
    expect(readAs("卖山货收了六十几万村民每户分了三千多", "六十几万")).toBe("600000元");
    expect(readAs("来了三百多斤干货", "三百多斤")).toBe("300斤");
  });
  it("a rough bare number taken back goes, the one said instead stays", () => {
    const ex = extractUpdate("庙会那天现场群众五千多 不对 是六千多 发年画两千张", org, {
      today: "2026-02-12",
    });
    expect(ex.figures.map((f) => f.raw)).toEqual(["六千多", "两千张"]);
  });
});

describe("years of a trial or a run kept up, said in Chinese numerals, are no date", () => {
  it("「试点搞了三年」 counts the years; a year of four digits, years in post and years in use do not", () => {
    expect(readAs("秸秆还田试点搞了三年 今年全镇推开", "三年")).toBe("3年");
    expect(readAs("这项活动连续抓了五年 每年一届", "五年")).toBe("5年");
    expect(figure("老会计在站里干了三年", "三年")).toBeUndefined();
    expect(figure("二〇二五年完成了验收", "二〇二五")).toBeUndefined();
  });
});

describe("a bare 个 of people: those paid, the staff of a body, hands lent", () => {
  it.each([
    ["慰问金发下去二十几个 每人五百", "二十几个", "20人"],
    ["局里二十几个轮流值班", "二十几个", "20人"],
    ["防汛人手不够 武装部最多派十五个", "十五个", "15人"],
    ["给一百多个保洁人员培训了垃圾分类", "一百多个", "100人"],
  ])("「%s」: %s is %s", (text, raw, want) => {
    expect(readAs(text, raw)).toBe(want);
  });
  it("a bare 个 of things paid for or sent stays 个", () => {
    expect(readAs("设备款付了3个 还差2个", "3个")).toBe("3个");
    expect(readAs("仓库最多给十五个帐篷", "十五个")).toBe("15个");
  });
});

describe("books lent are work done, like visitors received", () => {
  it("「借阅图书…册」 before a broken machine stands as work; the machine is the problem", () => {
    const ex = extractUpdate("县图书馆上半年外借图书2.1万册，自助借书机老是死机", org, {
      today: "2026-08-12",
    });
    expect((ex.clauses ?? []).map((c) => c.kind)).toEqual(["done", "problem"]);
    const ex2 = extractUpdate("农家书屋借阅图书4600册，有的书屋常年锁门", org, { today: "2026-08-12" });
    expect((ex2.clauses ?? []).map((c) => c.kind)).toEqual(["done", "problem"]);
  });
});

describe("clause kinds (fig38): decay of things kept, a step got done at a festival, a plan made and how often it runs", () => {
  const kinds = (text: string, today = "2026-04-01") =>
    (extractUpdate(text, org, { today }).clauses ?? []).map((c) => `${c.kind}:${c.text}`);
  it("things kept that decay (起碱、虫蛀、褪色) are a problem, and the request after it a plan", () => {
    expect(kinds("库房里有两幅古画虫蛀了 打报告申请修复经费")).toEqual([
      "problem:库房里有两幅古画虫蛀了",
      "plan:打报告申请修复经费",
    ]);
    expect(kinds("档案室的老照片褪色了")).toEqual(["problem:档案室的老照片褪色了"]);
    expect(kinds("虫蛀的古籍都修复了")).toEqual(["done:虫蛀的古籍都修复了"]);
  });
  it("「清明后找…来看看」 said before 清明 is a step to come", () => {
    expect(kinds("亭子的柱子裂了道缝 清明后找古建队来看看").map((k) => k.split(":")[0])).toEqual([
      "problem",
      "plan",
    ]);
  });
  it("a plan made is work done; how often it runs, said right after, is the plan", () => {
    expect(kinds("党小组制定了全年学习安排 每月集中学习两次")).toEqual([
      "done:党小组制定了全年学习安排",
      "plan:每月集中学习两次",
    ]);
    expect(kinds("科室制定了下半年工作计划")).toEqual(["done:科室制定了下半年工作计划"]);
    expect(kinds("每月集中学习2次").map((k) => k.split(":")[0])).toEqual(["done"]);
  });
});

describe("clause kinds (fig38): what is left and why, lacking a means, 中原官话 嘞 = 的, a zero's share", () => {
  const kinds = (text: string) =>
    (extractUpdate(text, org, { today: "2026-06-10" }).clauses ?? []).map((c) => c.kind);
  it("what is left, counted, before a bare comment on it, is the problem's topic", () => {
    const ex = extractUpdate("拆违二十处 剩下五处是农户的旧仓房 拆起来难度大", org, { today: "2026-06-10" });
    expect((ex.clauses ?? []).map((c) => `${c.kind}:${c.text}`)).toEqual([
      "done:拆违二十处",
      "problem:剩下五处是农户的旧仓房 拆起来难度大",
    ]);
  });
  it("without a means named with what it is for (没网络信号、没冷藏设备) is a problem", () => {
    expect(kinds("应急广播装了四十套 剩下的是山里的小村子 没网络信号")).toEqual(["done", "problem"]);
    expect(kinds("村里没网络信号")).toEqual(["problem"]);
  });
  it("有嘞 = 有的, …嘞占了 = …的占了 (皖北/豫)", () => {
    expect(kinds("发了秸秆打捆机补贴 有嘞户不舍得自己掏钱")).toEqual(["done", "problem"]);
    expect(kinds("调查的合作社里账本是零嘞占了两成")).toEqual(["problem"]);
  });
});

describe("spans that are no figures (README): a time limit set, a holiday named with its 节", () => {
  it("「限期十天整改」 and 「中秋节三天」 count no days; 「连续巡查了十五天」 still does", () => {
    expect(figure("下了整改通知书 限期十天整改", "十天")).toBeUndefined();
    expect(figure("中秋节三天 景区接待游客2万人次", "三天")).toBeUndefined();
    expect(readAs("连续巡查了十五天", "十五天")).toBe("15天");
  });
});

describe("what a step is done by (按照…的要求) goes with that step when the kind turns after it", () => {
  it("「…到位了…，按照市里的要求，月底前…」: the 按照 part opens the plan", () => {
    const ex = extractUpdate("修缮资金拨下来了六十万，按照市文物局的要求，十月底前完成主体修缮", org, {
      today: "2026-08-12",
    });
    expect((ex.clauses ?? []).map((c) => `${c.kind}:${c.text}`)).toEqual([
      "done:修缮资金拨下来了六十万",
      "plan:按照市文物局的要求，十月底前完成主体修缮",
    ]);
  });
});

describe("a worry about the weather or time (怕…下雨、怕来不及) is a problem", () => {
  it("「…铺开了，怕秋收时候连阴雨」: the worry is the problem; 不怕下雨 is none", () => {
    const kinds = (text: string) =>
      (extractUpdate(text, org, { today: "2026-08-12" }).clauses ?? []).map((c) => c.kind);
    expect(kinds("玉米机收在三个乡镇铺开了 就怕秋收时候连阴雨")).toEqual(["done", "problem"]);
    expect(kinds("抢收队伍组织好了 不怕下雨")).toEqual(["done"]);
  });
});
