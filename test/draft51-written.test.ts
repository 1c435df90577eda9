import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardRows } from "./helpers/card-rows.js";

/**
 * draft51 (县市场监督管理局, 钦州): the classes the round's own 40 clauses showed, each with sentences of my own (none from
 * the fixture) and sentences that must not change. Work is drafted as the section parts write it, problems and plans by
 * their sentence makers; the card rows as the confirm card shows them.
 */
const day = "2026-12-05";
const work = (t: string) => writtenAmounts(cleanChat(t, day));

describe("a topic before a verb that has its own object: the card and the draft keep it", () => {
  it.each([
    ["烟花爆竹这块 检查门店十五家", "检查烟花爆竹门店 15家", "检查烟花爆竹门店15家"],
    ["特种设备这块 检查锅炉十二台", "检查特种设备锅炉 12台", "检查特种设备锅炉12台"],
    ["成品油这块 抽查加油站九个", "抽查成品油加油站 9个", "抽查成品油加油站9个"],
    ["餐饮抽检这块 抽咗样品四十批", "餐饮抽检样品 40批", undefined],
  ])("「%s」 → card %s, draft %s", (said, card, draft) => {
    expect(cardRows(said)).toContain(card);
    if (draft) expect(work(said)).toContain(draft);
  });

  it.each([
    ["食用菌基地那边，指导了五十户", "指导 50户"],
    ["危化品这块 检查危化品企业九家", "检查危化品企业 9家"],
    ["今年检查企业十家", "检查企业 10家"],
    ["药品这块 检查药店三十家", "检查药店 30家"],
  ])("unchanged: 「%s」 → %s", (said, card) => {
    expect(cardRows(said)).toContain(card);
  });
});

describe("又 and the one event counted are chat in a drafted sentence", () => {
  it.each([
    ["禁毒宣传又在东场镇搞了一场 来了两百人", "在东场镇开展禁毒宣传", ["又", "一场"]],
    ["农贸市场又去巡查了一次 出动十个人", "再次巡查农贸市场", ["又去", "一次"]],
    ["开展了一场消防演练", "开展消防演练", ["一场"]],
  ])("「%s」 → %s", (said, has, gone) => {
    const w = work(said);
    expect(w).toContain(has);
    for (const g of gone) expect(w).not.toContain(g);
  });

  it("unchanged: 「又新增企业5家」 keeps its 又-less words as before, 「举办培训班2期」 keeps its count", () => {
    expect(work("举办培训班2期")).toContain("2期");
    expect(work("新增市场主体三百家")).toContain("300家");
  });
});

describe("桂南粤语/平话 words are written as a 公文 writes them", () => {
  it.each([
    ["查咗门店二十家", "检查门店20家", ["咗"]],
    ["企业年报搞掂咗九百多户", "完成", ["搞掂", "咗"]],
    ["价格这块 罚咗款三万几", "罚款3万余元", ["咗", "万几"]],
    ["佢哋检测站快检做咗五百多批次", "检测站快检500多批次", ["佢", "他们", "做了"]],
    ["抽检呢块 今年抽咗样品六十批", "抽检样品60批", ["呢块", "咗"]],
  ])("「%s」 → %s", (said, has, gone) => {
    const w = work(said);
    expect(w).toContain(has);
    for (const g of gone) expect(w).not.toContain(g);
  });

  it("unchanged: 「冇得一个伤亡」 is no 只有 (得 of 冇得)", () => {
    expect(work("转移群众两百人 冇得一个伤亡")).toContain("未发生人员伤亡");
  });

  it.each(["系统录入企业信息500条", "理顺关系3项"])("unchanged: 「%s」 keeps 系", (said) => {
    expect(work(said)).toContain(said.includes("系统") ? "系统" : "关系");
  });
});

describe("problems and plans of the market bureau", () => {
  it.each([
    ["部分药店有啲乱涨价 搞到群众好有意见", "存在乱涨价问题", ["有啲", "搞到", "好有"]],
    ["农村学校食堂有啲还冇装监控", "尚未安装", ["有啲", "冇装"]],
    ["检测车得一台 根本唔够用", "严重不足", ["唔", "不足用"]],
    ["好多商户都冇按时公示", "未按时公示", ["冇", "好多"]],
  ])("problem 「%s」 → %s", (said, has, gone) => {
    const w = problemText(said, day);
    expect(w).toContain(has);
    for (const g of gone) expect(w).not.toContain(g);
  });

  it.each([
    ["明年药品抽检还要再多抽啲", "进一步加大药品抽检力度", ["啲"]],
    ["企业年报率明年要搞上去百分之九十", "提高到90%", ["搞上去"]],
    ["明年再招三个懂计量嘅", "招聘计量专业人员3人", ["嘅", "懂"]],
  ])("plan 「%s」 → %s", (said, has, gone) => {
    const w = planSentence(said, day);
    expect(w).toContain(has);
    for (const g of gone) expect(w).not.toContain(g);
  });
});
