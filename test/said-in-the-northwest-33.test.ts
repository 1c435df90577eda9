import { describe, expect, it } from "vitest";
import { asksHowTo } from "../src/conversation/how-to.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind71 (黔川县, 贵州 speech), round thirty-two's leftovers and intent33's check batch i33a
 * (宁夏-flavoured Mandarin) — docs/understanding.md 第三十三轮 intent33. Each class in other words than the corpus's,
 * the rules alone (no learned guess); lines here are not in the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard: said } = rulesReading(t);

describe("a section's reports asked with 那一块 (a leader's 查看填报)", () => {
  it.each([
    ["lin-fen", "人才那一块最近报了些啥", "查看填报 人才"],
    ["zhou-ju", "人才那一块这个月报了啥 我瞅瞅", "查看填报 人才 本月"],
    ["zhou-ju", "研发那一块这礼拜报了什么", "查看填报 研发 本周"],
    ["zhou-ju", "平台这块这个月报了些什么 我看看", "查看填报 平台 本月"],
    ["lin-fen", "高企这嘎达今年都报了啥", "查看填报 高企"],
  ])("%s: 「%s」 → %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it("near misses: a plot of land (那一块地) and work told under a topic (党建这一块 整理了…) are reports", () => {
    expect(said("sun-tp", "示范基地那一块地今年种了200亩枸杞")).toBe("report");
    expect(said("xu-dj", "党建这一块 把三会一课的记录整理了 学习心得也交上去了")).toBe("report");
    expect(said("wang-ban", "安全生产这块报了3次检查 都没发现大问题")).toBe("report");
  });
});

describe("东北 那旮沓 / 那嘎达 / 那疙瘩 as 那边 (i33b's first-sight miss)", () => {
  it.each([
    ["lin-fen", "科普那嘎达最近报了些啥", "查看填报 科普"],
    ["zhou-ju", "特派员那疙瘩这礼拜报了啥", "查看填报 特派员 本周"],
  ])("%s: 「%s」 → %s", (who, text, want) => {
    expect(said(who, text)).toBe(want);
  });

  it("near misses: work told there is a report; 疙瘩汤 is lunch", () => {
    expect(said("sun-tp", "给那旮沓的合作社送了200斤种子")).toBe("report");
    expect(said("li-rd", "中午喝了碗疙瘩汤")).toBe("smalltalk");
  });
});

describe("宁夏 么 as 没 before 啥/撒 or a verb of reporting", () => {
  it.each([
    ["chen-kp", "这个星期么撒可报的"],
    ["xu-dj", "我这周么撒东西报"],
  ])("%s: 「%s」 is no progress this week", (who, text) => {
    expect(said(who, text)).toBe("本周无进展");
  });

  it("「还有哪个么填」 from a leader asks who has not reported", () => {
    expect(said("lin-fen", "还有哪个么填")).toBe("进度");
  });

  it("near misses: 怎么报 still asks how (帮助)", () => {
    expect(said("chen-kp", "这个怎么报")).toBe("帮助");
  });
});

describe("西北 麻达 as 问题 (莫麻达、么麻达: 没问题)", () => {
  it("「能成 么麻达 定稿」 settles the draft; 「没麻达 就这么改」 on an edit preview is a yes", () => {
    expect(said("zhou-ju", "能成 么麻达 定稿")).toBe("定稿");
    expect(
      said("sun-tp", "没麻达 就这么改", { awaiting: "edit-confirm", pendingDrafts: 1, justAsked: true }),
    ).toBe("yes");
  });
});

describe("贵州 嘞 as 的 after a verb of the bot's things (改嘞不要了)", () => {
  it("「2号改嘞那个不要了 还是用原来的」 drops the edit of #2", () => {
    expect(said("he-gq", "2号改嘞那个不要了 还是用原来的")).toBe("放弃修改 2");
  });
});

describe("a lookup asked first, then the count with 好多 (西南: 多少)", () => {
  it.each([
    ["zhou-ju", "帮我查下 今年专利授权了好多件"],
    ["lin-fen", "给我查一下 科普讲座今年搞了好多场"],
  ])("%s: 「%s」 asks the count (查数)", (who, text) => {
    expect(said(who, text)).toMatch(/^查数/);
  });

  it("near miss: 「帮我看下 今天来了好多人」 asks no count", () => {
    expect(said("zhou-ju", "帮我看下 今天来了好多人")).not.toMatch(/^查数/);
  });
});

describe("cut off after a pause: a filler closing the message (那个、就是、然后)", () => {
  it.each([
    ["sun-tp", "主任刚才说了 就是"],
    ["li-rd", "昨天克了趟县里 就是"],
    ["chen-kp", "上午跑了趟教育局，那个…"],
  ])("%s: 「%s」 is asked about (unclear)", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it("near miss: work done with a filler after it is still a report", () => {
    expect(said("li-rd", "今天去高坡乡开了3场培训 那个")).toBe("report");
  });
});

describe("西南 克 as 去 before a trip's 趟 (a trip done is asked about, like 去了趟)", () => {
  it.each([
    ["li-rd", "今天克了趟园区"],
    ["sun-tp", "上午克了趟县医院"],
  ])("%s: 「%s」 is asked about, not chat", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });
});

describe("going again, still ahead, with the errand said as 把…了 (never stored)", () => {
  it.each([
    ["he-gq", "明天得再跑一趟 把展板拉回来"],
    ["zhao-zh", "下周再去一趟 把专利资助的钱领了"],
    ["li-rd", "过几天还要再去一次企业 把研发台账核一下"],
  ])("%s: 「%s」 is asked about, not stored", (who, text) => {
    expect(said(who, text)).toBe("unclear");
  });

  it("near misses: the going done (又去了一趟), or work done beside it, is a report", () => {
    expect(said("sun-tp", "昨天又去了一趟 把合同签了")).toBe("report");
    expect(said("he-gq", "上午开了座谈会 下礼拜还要再去一趟")).toBe("report");
  });
});

describe("how-to questions: 么 of 什么 asks nothing (「可以了 没什么要改了 就定稿吧」)", () => {
  it("a settling with 没什么 is no how-to; 可以定稿么 and 能导出word么 are", () => {
    expect(asksHowTo("行了 没什么好改的 定稿吧")).toBe(false);
    expect(asksHowTo("能行了 没什么问题了 就定稿")).toBe(false);
    expect(asksHowTo("可以定稿么")).toBe(true);
    expect(asksHowTo("能导出word么")).toBe(true);
  });
});
