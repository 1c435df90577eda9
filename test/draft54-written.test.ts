import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardRows } from "./helpers/card-rows.js";

/** draft54 (docs/drafting.md 第五十四轮): 潮汕话 words, the 代报 preface, and card rows naming what is counted. Own sentences. */
const work = (s: string) => writtenAmounts(cleanChat(s, "2026-12-05"));

describe("draft54: 潮汕话 words as the draft writes them", () => {
  it.each([
    ["文化站伫三个镇办了讲座", "在", "伫"],
    ["修好了两座祠堂甲一座戏台", "和", "甲"],
    ["非遗展示馆正建成 有两个", "非遗展示馆", "正建成"],
    ["潮剧汇演搞了十二场 好势", "12场", "好势"],
    ["元宵游神巡游去了六个乡 闹热到爆", "6个", "闹热"],
    ["灯谜会来的学生仔好多", "学生", "仔"],
  ])("%s", (said, keep, gone) => {
    const w = work(said);
    expect(w).toContain(keep);
    expect(w).not.toContain(gone);
  });
  it.each([
    ["祠堂维修经费无够", "不足", "无够"],
    ["乡镇文化站无人管", "无人管理", "无人管 "],
    ["非遗传承队伍后生仔少", "青年", "后生仔"],
    ["不少文物点无装消防设施", "未安装", "无装"],
  ])("problem %s", (said, keep, gone) => {
    const w = problemText(said, "2026-12-05");
    expect(w).toContain(keep);
    expect(w).not.toContain(gone);
  });
  it("甲级、甲方 stay", () => {
    expect(work("评上甲级景区一个")).toContain("甲级");
  });
});

describe("draft54: 代报 — the preface naming whom one reports for is no part of the work", () => {
  it.each([
    ["帮小李报一下 他这周去了两个村宣讲", "宣讲", ["帮", "他"]],
    ["替老周报下 她负责的图书馆分馆借阅了三千册", "借阅", ["替老周", "她负责"]],
  ])("%s", (said, keep, gone) => {
    const w = work(said);
    expect(w).toContain(keep);
    for (const g of gone) expect(w).not.toContain(g);
  });
  it("帮企业报了二十家 is work and stays", () => {
    expect(work("帮企业报了二十家")).toContain("企业");
  });
});

describe("draft54: card rows name what is counted", () => {
  it("a count of places after a subject and 在 is named by what was done there", () => {
    expect(cardRows("驻村干部在 6个村开展防溺水宣传")).toEqual(["开展防溺水宣传的村 6个"]);
    expect(cardRows("文化志愿者伫四个社区开展送戏活动").join("")).toContain("社区");
    expect(cardRows("文化志愿者伫四个社区开展送戏活动").join("")).not.toContain("志愿者");
  });
  it("who came, counted by a noun after the count, took part", () => {
    expect(cardRows("茶艺培训来了 70多个村民")).toEqual(["茶艺培训参加村民 70多名"]);
  });
  it("a topic with 接待 and its count keeps the topic in the draft", () => {
    expect(work("红色旅游这块 接待游客八万多人次")).toContain("红色旅游");
  });
});

describe("draft54: leftovers written by class", () => {
  it.each([
    ["河道巡查 巡了二十个点", "巡查20个", "巡了"],
    ["文化室补充桌椅 换了四十套", "更换40套", "换了"],
    ["节前安全检查 出动了六十多人次", "出动60多人次", "出动了"],
    ["文保单位申报 省级的批了两个 国家级一个", "省级获批2个", "批了"],
    ["文保单位申报 省级的批了两个 国家级一个", "国家级1个", "国家级一个"],
    ["下午场的讲座来了四十人", "下午场", "12月5日"],
  ])("%s", (said, keep, gone) => {
    const w = work(said);
    expect(w).toContain(keep);
    expect(w).not.toContain(gone);
  });
  it.each([
    ["农家书屋开门时间无固定", "开放时间不固定", "无固定"],
    ["压力好大 怕搞无好", "", "怕搞无好"],
  ])("problem %s", (said, keep, gone) => {
    const w = problemText(said, "2026-12-05");
    expect(w).toContain(keep);
    expect(w).not.toContain(gone);
  });
  it("更换了 stays one verb", () => {
    expect(work("更换了三十个灯箱")).not.toContain("更更换");
  });
  it("plans: X下步继续抓 → 继续抓好X; 不能放松 closing it → 毫不放松", () => {
    const p = planSentence("消防安全下步继续抓 不能放松", "2026-12-05");
    expect(p).toContain("继续抓好消防安全");
    expect(p).toContain("毫不放松");
  });
});

describe("draft54: the whole offline draft read as 公文 (second pass)", () => {
  it("a topic before a part of the year and 接待/演出 + count is kept", () => {
    expect(work("红色旅游这块 下半年接待游客三万多人次")).toContain("红色旅游");
    expect(work("舞狮队这块 春节外出演出十几场")).toContain("舞狮");
  });
  it("代报: a bare 下乡了 after the preface goes when where the work was done follows", () => {
    const w = work("帮小何报一下 他下乡了 在4个村开展送书服务");
    expect(w).not.toMatch(/^下乡/u);
    expect(w).toContain("4个村");
  });
  it("plans: 下步 before the work, 去 + places → 赴", () => {
    expect(planSentence("下步消防安全继续抓 不能放松", "2026-12-05")).toContain("继续抓好消防安全");
    expect(planSentence("下个月去3个景区检查", "2026-12-05")).toContain("赴3个景区");
  });
  it("越来越少 → 逐年减少", () => {
    expect(problemText("舞狮队青年越来越少", "2026-12-05")).toContain("逐年减少");
  });
});

describe("draft54: a place built before its count", () => {
  it("文化站今年建了三个 → 新建文化站3个", () => {
    expect(work("综合文化站今年建了三个")).toContain("新建综合文化站3个");
  });
});

describe("draft54: 潮汕 words in their order", () => {
  it("明年要做好势 keeps 做好", () => {
    expect(planSentence("明年非遗工坊要做好势", "2026-12-05")).toContain("做好");
  });
  it("伫周末正有人 → 客流集中在周末, with no 在 left before it", () => {
    const w = problemText("古村落伫节假日正有人", "2026-12-05");
    expect(w).toContain("客流集中在节假日");
    expect(w).not.toContain("在客流");
  });
});

describe("draft54: a verb said twice is left to draft52's rule", () => {
  it("巡河巡了 / 换书换了 are not 巡查 / 更换", () => {
    expect(work("巡河巡了五十多趟")).not.toContain("巡查");
    expect(work("农家书屋 换书换了三千多册")).not.toContain("更换");
  });
});
