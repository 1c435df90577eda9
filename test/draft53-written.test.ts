import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardRows } from "./helpers/card-rows.js";

/**
 * draft53 (docs/drafting.md 第五十三轮): the offline drafter and the confirm card on colloquial clauses of a 县卫生健康局 in
 * 北海 (白话), by class; each class with sentences it must leave alone. My own sentences, written before the rules.
 */
const day = "2026-12-05";
const drafted = (t: string) => writtenAmounts(cleanChat(t, day));
const row = (t: string) => cardRows(t).join(" | ");

describe("draft53: a card row whose label says nothing takes the work named before it (draft52's leftover)", () => {
  it.each([
    ["送文化下乡 搞了一些些 大概二十几场", "送文化下乡 20余场"],
    ["海岛巡诊去了涠洲岛和斜阳岛 一共二十四趟", "海岛巡诊 24次"],
    ["健康讲座进社区 一共十几场", "健康讲座进社区 10余场"],
  ])("%s → %s", (said, shown) => {
    expect(row(said)).toContain(shown);
  });
  it.each([
    ["乡镇书屋 换书八千多册", "乡镇书屋换书 8000多册"],
    ["海岛巡诊 送药三百多份", "海岛巡诊送药 300多份"],
    ["乡镇书屋 借书借了三千多册", "乡镇书屋借书 3000多册"],
    ["慢病管理 管了九百多个", "慢病管理 900多个"],
    ["乡镇卫生院改造 搞掂咗十二间", "完成乡镇卫生院改造 12个"],
    ["妇幼保健院 产前筛查咁多 做咗三千个", "产前筛查 3000个"],
    ["流感疫苗这块 打咗九千多针", "接种"],
  ])("a two-character label after a work named alone first: %s → %s", (said, shown) => {
    expect(row(said)).toContain(shown);
  });
  it("leaves a row that says what it counts, and a topic said with 这块, as they were", () => {
    expect(row("病媒生物防制 灭鼠灭蚊搞了八轮")).toContain("灭鼠灭蚊 8轮");
    expect(row("技术合同这块，登记了十八份")).toContain("登记技术合同 18份");
    expect(row("义诊搞了三十几场")).toContain("义诊 30余场");
  });
});

describe("draft53: a part of the day in a problem is when it happens, not the day it was said", () => {
  it.each([
    ["晚上急诊只有一个医生值班", "夜间急诊"],
    ["夜里卫生院没人值守", "夜间卫生院"],
  ])("%s → %s, no date", (said, written) => {
    const p = problemText(said, day);
    expect(p).toContain(written);
    expect(p).not.toMatch(/\d+月\d+日/u);
  });
  it("leaves 晚上 in a work clause said that day to absoluteDates (the day it was)", () => {
    expect(drafted("晚上去村里开了群众会")).toContain("12月5日");
  });
});

describe("draft53: 北海白话 words written as the draft writes them (draft and card)", () => {
  it.each([
    ["山区嗰边药品唔够", "山区药品不足", ["嗰", "𠮶", "边"]],
    ["有啲血压计仲系十年前嘅", "还是", ["仲", "嘅"]],
    ["宣传冇咩效果", "宣传效果不明显", ["冇", "咩", "没什么"]],
    ["体检做咗但系冇咩跟踪 群众话体检咗等于冇体检", "流于形式", ["但系", "群众话", "等于"]],
    ["卫生院设备好旧", "设备老", ["好旧"]],
    ["老人家接种率偏低", "老年人接种率偏低", ["老人家"]],
    ["夜间门诊得一个护士 搞唔掂", "门诊仅有", ["得一", "掂"]],
    ["医共体分钱分唔均 村医有意见", "资金分配不均，村医意见较大", ["分钱", "有意见"]],
    ["疫苗接种率 小朋友嗰块偏低", "儿童疫苗接种率偏低", ["嗰块", "小朋友"]],
  ])("problem: %s → %s", (said, written, gone) => {
    const p = problemText(said, day);
    expect(p).toContain(written);
    for (const g of gone) expect(p).not.toContain(g);
  });
  it.each([
    ["中医馆新建咗三间 好靓", "中医馆新建3个", ["好靓", "间"]],
    ["罚款罚咗两万几 全部埋单咗", "全部缴清", ["埋单"]],
    ["义诊去咗南万同福成 冇问题", "南万和福成", ["同福成", "冇问题"]],
    ["筛查咁多 做咗三千个", "筛查3000个", ["咁多"]],
    ["流感疫苗打咗八千多针", "接种8000多剂次", ["打了", "针"]],
    ["家庭医生今年签咗两万几个人", "签约居民2万余人", ["几个人", "签了"]],
    ["人民医院派咗六个医生落村", "派驻6名医生下沉村", ["落村", "派了"]],
  ])("work: %s → %s", (said, written, gone) => {
    const d = drafted(said);
    expect(d).toContain(written);
    for (const g of gone) expect(d).not.toContain(g);
  });
  it.each([
    ["卫生培训咗三期 考核过咗嘅有九十个", "考核合格90人"],
    ["义诊搞咗五场 来睇病嘅有六百多人", "就诊群众600多人"],
    ["献血活动搞咗两场 献血嘅有三百来人", "参与献血300余人"],
    ["急救这块 出车出咗九百多次", "出车900多次"],
  ])("who came, written: %s → %s", (said, written) => {
    expect(drafted(said)).toContain(written);
  });
  it.each([
    ["送医下乡明年要搞多几趟", "增加频次", ["多几"]],
    ["乡医明年要招多五个", "招聘乡医5名", ["招多"]],
    ["健康讲座下步继续搞 唔可以停", "确保常态化开展", ["不可以停", "唔"]],
    ["签约服务要做实啲 唔好只系走过场", "避免走过场", ["啲", "唔好", "只系", "不好"]],
    ["体检明年要做到三万人 咁多都要搞掂", "确保全部完成", ["咁多", "都要完成"]],
  ])("plan: %s → %s", (said, written, gone) => {
    const p = planSentence(said, day);
    expect(p).toContain(written);
    for (const g of gone) expect(p).not.toContain(g);
  });
  it("leaves 同比、同时、共同、系统 and 好多年 as they were", () => {
    expect(drafted("门诊量同比增长百分之十")).toContain("同比");
    expect(drafted("同时开展义诊")).toContain("同时");
    expect(drafted("信息系统上线了")).toContain("系统");
    expect(problemText("设备用了好多年", day)).not.toContain("不少年");
  });
});

describe("draft53: a topic whose last word is the clause's verb is one name, not 「X方面，」 lost or doubled", () => {
  it.each([
    ["免疫规划这块 接种了六千多剂次", "免疫规划方面"],
    ["流感疫苗接种这块 接种了四千多剂次", "流感疫苗接种4000多剂次"],
    ["签约服务这块 今年签约居民一万多人", "签约服务"],
    ["诊所这块 查了三十几间", "30余个"],
  ])("%s → %s", (said, written) => {
    expect(drafted(said)).toContain(written);
  });
});

describe("draft53: what the whole offline draft showed (several staff's 白话 updates)", () => {
  it.each([
    ["药品采购明年要搞多几次抽检", "增加抽检频次", ["多几", "增加频次抽检"]],
    ["明年要招多三个护士", "招聘护士3名", ["招多", "2027年3名"]],
  ])("plan: %s → %s", (said, written, gone) => {
    const p = planSentence(said, day);
    expect(p).toContain(written);
    for (const g of gone) expect(p).not.toContain(g);
  });
  it.each([
    ["体检报告仲未出嚟 问题系系统唔稳定", "尚未出来", ["嚟", "仲", "问题系"]],
  ])("problem: %s → %s", (said, written, gone) => {
    const p = problemText(said, day);
    expect(p).toContain(written);
    for (const g of gone) expect(p).not.toContain(g);
  });
  it("writes who came to watch with who they were (来看的学生有 → 观看学生)", () => {
    expect(drafted("防溺水宣传搞了六场 来睇嘅学生有九百多人")).toContain("观看学生900多人");
  });
});
