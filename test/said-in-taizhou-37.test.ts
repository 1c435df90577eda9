import { describe, expect, it } from "vitest";
import { toMandarin } from "../src/conversation/dialect-words.js";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * 台州 Wu classes missed by blind82 (椒屿县), and the two kinds of line it stored though no report, the rules alone
 * (no learned guess): docs/understanding.md 第三十七轮 intent37b. The lines here are written for the test, not taken
 * from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { read, heard } = rulesReading(t);
const commandOf = (who: string, text: string) => {
  const got = read(who, text);
  return got.kind === "command" ? got.command : got.kind;
};

describe("round thirty-seven's 台州 classes (intent37b)", () => {
  it("reads 个 as 的 after a verb done, closing a clause or before 都/弗/这 — a measure word before a noun stays", () => {
    expect(toMandarin("上礼拜写个弗作数")).toContain("写的");
    expect(toMandarin("该条是我科报个")).toBe("这条是我科报的");
    expect(toMandarin("我报个数")).toBe("我报个数");
    expect(toMandarin("下午做个总结")).toBe("下午做个总结");
    expect(commandOf("li-rd", "3号刚改个弗作数 还是按原来个")).toBe("放弃修改");
    expect(commandOf("lin-fen", "还呒没交个都催一下")).toBe("催报");
  });

  it("reads 没有报的 (those who have not reported, said with 没有) as whom a leader's chase is for", () => {
    expect(commandOf("zhou-ju", "没有交的都通知一下")).toBe("催报");
  });

  it("reads 好 + a verb of the bot's things asked with 弗/伐 as 能…不 — 好 as good stays", () => {
    expect(toMandarin("填重了好撤伐")).toContain("能撤");
    expect(toMandarin("该个稿子写得好弗")).not.toContain("能");
  });

  it("reads 天亮 opening a clause as 明天, never dawn", () => {
    expect(toMandarin("天亮我去市里开会")).toBe("明天我去市里开会");
    expect(toMandarin("天亮了还在弄材料")).toBe("天亮了还在弄材料");
    expect(toMandarin("等天亮再讲")).toBe("等天亮再讲");
    expect(commandOf("sun-tp", "天亮我请半日假 去医院")).toBe("请假");
  });

  it("reads a span of days written in characters as numbers, and only a span", () => {
    expect(toMandarin("十二号到十四号去省里学习")).toBe("12号到14号去省里学习");
    expect(toMandarin("三十号至三十一号")).toBe("30号至31号");
    expect(toMandarin("一号文件学了")).toBe("一号文件学了");
    expect(commandOf("chen-kp", "十八号到二十号我去宁波培训 弗在单位")).toBe("请假");
  });

  it("reads 猛 after how one feels as very (吃力猛 is 很累): talk, not unclear", () => {
    expect(toMandarin("该两日忙猛")).toContain("很忙");
    expect(read("he-gq", "该礼拜迎检台账多猛 吃力猛").kind).toBe("smalltalk");
  });

  it("reads 尔有数弗 (你知道不) as asked of a person, never 查数", () => {
    expect(toMandarin("尔有数弗")).toBe("你知道不");
    expect(toMandarin("偶尔有数弗对")).not.toContain("你");
    expect(commandOf("xu-dj", "上午讲个该件事 尔有数弗")).not.toBe("查数");
  });

  it("reads the week said spent on something else, then a matter's nothing, as 本周无进展 — a matter's trouble stays", () => {
    expect(commandOf("he-gq", "这周一直在出差 项目没什么进展")).toBe("本周无进展");
    expect(commandOf("li-rd", "该礼拜全在迎检 平台呒啥推进")).toBe("本周无进展");
    expect(read("li-rd", "项目这周没进展，卡在审批").kind).toBe("report");
  });

  it("asks back how a quantity of the business is counted, never storing it", () => {
    expect(heard("he-gq", "培训费用到底怎么核算")).toBe("unclear");
    expect(heard("chen-kp", "差旅费用该个口径 到底咋算")).toBe("unclear");
    expect(heard("sun-tp", "成果转化收入到底咋算")).toBe("unclear");
    expect(heard("zhao-zh", "研发投入的口径究竟按啥算")).toBe("unclear");
    expect(heard("li-rd", "加计扣除金额咋个算法")).not.toBe("report");
  });

  it("reads 慢慢 standing alone as a wait (等一下): to a card, a no — 慢慢来 stays", () => {
    expect(
      heard("sun-tp", "慢慢 我去问下村里", { awaiting: "confirm", justAsked: true, pendingDrafts: 1 }),
    ).toBe("no");
    expect(toMandarin("慢慢来 弗急")).toContain("慢慢来");
  });

  it("reads 不要记 / 弗要记 opening a line as the ask card's 不用记 (a slip: the no)", () => {
    expect(heard("chen-kp", "弗要记 发错了", { justAsked: true })).toBe("no");
    expect(heard("li-rd", "不要记 手滑", { justAsked: true })).toBe("no");
  });

  it("reads a part said wrong then its right name (a school, a village) on the card shown as 修改", () => {
    const card = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;
    expect(heard("zhao-zh", "村名弗对 是下洋村", card)).toContain("修改");
    expect(heard("chen-kp", "单位写错了 应该是城关第二中学", card)).toContain("修改");
  });

  it("reads a slip said then whether it can be undone (报错了能撤不) as 帮助 on it, not an offer to withdraw", () => {
    expect(commandOf("xu-dj", "报错了好撤弗")).toBe("帮助");
    expect(commandOf("sun-tp", "报错了能删掉吗")).toBe("帮助");
  });

  it("reads a wait beside someone above who has not yet seen it (科长还没望过) as a no to the card — not alone", () => {
    const card = { awaiting: "confirm", justAsked: true, pendingDrafts: 1 } as const;
    expect(heard("he-gq", "慢慢 主任还呒没看过", card)).toBe("no");
    expect(heard("sun-tp", "等一下 局长还没审", card)).toBe("no");
    expect(heard("sun-tp", "等一下 局长看过了", card)).not.toBe("no");
  });
});
