import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { estimateShown } from "../src/conversation/card-count-word.js";
import { frontedObject } from "../src/conversation/card-label-fronted.js";
import { itemTopic, labelWithTopic } from "../src/conversation/card-label-topic.js";
import { planCorrection } from "../src/conversation/plan-correction.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * card44: the confirm card says what was counted.
 * 1. a label that is only a verb takes the topic said before it (「技术合同这块，登记了十八份」 showed 「登记 18份」);
 * 2. a figure stored as an estimate shows as one (「大概六百人」 showed 「600人」), and a correction said exactly drops the
 *    old estimate word with the number;
 * 3. people put before the verb that takes them (科技特派员选派了、农民培训了) are written verb first.
 * Sentences in our own words.
 */
describe("the topic of an item", () => {
  it.each([
    ["技术合同这块，登记了十八份", "技术合同"],
    ["科普e站这块，新建了六个", "科普e站"],
    ["今年示范基地那边，验收了两个", "示范基地"],
    ["项目经费这一块呢，拨付了五百万", "项目经费"],
    ["专利申请方面，受理了三十件", "专利申请"],
  ])("%s → %s", (text, topic) => {
    expect(itemTopic(text)).toBe(topic);
  });
  it.each([
    ["我们这边，登记了十八份"],
    ["研发这块，新建了四个"],
    ["党建方面，开展了十次"],
    ["一方面，登记了十八份"],
    ["登记了十八份技术合同"],
    ["技术合同登记了十八份"],
  ])("%s has none", (text) => {
    expect(itemTopic(text)).toBeUndefined();
  });
});

describe("a label that is only a verb takes the topic", () => {
  it.each([
    ["登记", "技术合同", "登记技术合同"],
    ["选派", "科技特派员", "选派科技特派员"],
    ["新建", "科普e站", "新建科普e站"],
    ["新认定", "示范基地", "新认定示范基地"],
    ["制作", "展板", "制作展板"],
    ["拨付", "项目经费", "拨付项目经费"],
    ["核实", "企业研发费用", "核实企业研发费用"],
    // the verb's own word ends the topic: the verb's head, then the topic
    ["组织验收", "科技项目验收", "组织科技项目验收"],
    ["登记", "技术合同登记", "技术合同登记"],
    // an outcome reads topic first; a total is the topic's total
    ["立项", "县级科技项目", "县级科技项目立项"],
    ["通过", "高企认定", "高企认定通过"],
    ["总数到", "科普e站", "科普e站总数"],
    ["累计达到", "众创空间", "众创空间总数"],
    // whom the work was done for, then the bare verb
    ["帮助企业申报", "研发费用加计扣除", "帮助企业申报研发费用加计扣除"],
    // first sight of a second set: 最后 off an outcome, more verbs, a place only for verbs done to a place
    ["最后立项", "省级科技计划", "省级科技计划立项"],
    ["捐赠", "科普图书", "捐赠科普图书"],
    ["轮训", "党员干部", "轮训党员干部"],
    ["验收", "食用菌基地", "验收食用菌基地"],
  ])("%s + %s → %s", (label, topic, shown) => {
    expect(labelWithTopic(label, topic)).toBe(shown);
  });
  it.each([
    // the label already says what it counts
    ["发放技术资料", "农技服务"],
    ["举办科普讲座", "科普讲座"],
    ["成交额", "技术合同"],
    ["参加学生", "科普进校园"],
    ["书记讲解", "党课"],
    ["带动农户", "中药材基地"],
    ["覆盖", "特派员服务"],
    ["增长", "研发投入"],
    ["挽回损失", "特派员服务"],
    ["指导", "食用菌基地"],
    ["培训", "柳河村"],
  ])("%s stays under %s", (label, topic) => {
    expect(labelWithTopic(label, topic)).toBe(label);
  });
  it("no topic, no change", () => {
    expect(labelWithTopic("登记", undefined)).toBe("登记");
  });
});

describe("an estimate shows as one", () => {
  it.each([
    ["600人", "约600人"],
    ["1.2万人次", "约1.2万人次"],
    ["500万", "约500万"],
    ["90次", "约90次"],
  ])("%s → %s", (shown, written) => {
    expect(estimateShown(shown, true)).toBe(written);
  });
  it.each([
    ["约600人", true],
    ["300余人", true],
    ["40多次", true],
    ["十五六家", true],
    ["3至5家", true],
    ["两三家", true],
    ["上千人", true],
    ["20个出头", true],
    ["600人", false],
    ["18份", false],
  ])("%s stays (estimate %s)", (shown, approx) => {
    expect(estimateShown(shown, approx)).toBe(shown);
  });
});

describe("people put before the verb that takes them", () => {
  it.each([
    ["科技特派员选派了", "选派科技特派员"],
    ["农民培训了", "培训农民"],
    ["科普志愿者培训", "培训科普志愿者"],
    ["入党积极分子培养了", "培养入党积极分子"],
    ["乡土人才培养了", "培养乡土人才"],
    ["科技特派员我局选派了", "选派科技特派员"],
    ["农技人员咱们培训了", "培训农技人员"],
  ])("%s → %s", (label, written) => {
    expect(frontedObject(label)).toBe(written);
  });
  it.each([
    ["农民培训班"],
    ["培训农民"],
    ["专家我们请了"],
    ["领导我们陪同了"],
    ["新品种引进了"],
    ["技术培训"],
    ["农民参加了"],
  ])("%s stays", (label) => {
    expect(frontedObject(label)).toBe(label);
  });
});

describe("a correction said exactly drops the old estimate word", () => {
  it.each([
    ["科普日活动来了大概六百人", "不对，是六百五十人", "大概六百人", "六百五十人"],
    ["服务时长差不多六百小时", "应该是620小时", "差不多六百小时", "620小时"],
    ["拨付了估计有五百万", "改成480万", "估计有五百万", "480万"],
  ])("%s / %s", (old, said, from, to) => {
    const plan = planCorrection(old, said);
    expect(plan).toMatchObject({ kind: "substitute", from, to });
  });
  it.each([
    ["科普日活动来了大概六百人", "大概是六百五十人", "六百人"],
    ["科普日活动来了大概六百人", "应该是六百五十人左右", "六百人"],
    ["签约大概六百人", "是七十多人", "六百人"],
    ["技术合同签约600份", "是650份", "600份"],
  ])("%s / %s keeps what was said before the figure", (old, said, from) => {
    const plan = planCorrection(old, said);
    expect(plan).toMatchObject({ kind: "substitute", from });
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ now: "2026-11-20T10:00:00+08:00" });
});
afterAll(async () => {
  await t.app.close();
  cleanTmpDirs();
});

async function figuresOf(who: string, text: string): Promise<string> {
  const replies = await t.say(who, text);
  const blocks = replies.flatMap((r) => r.card?.blocks ?? []);
  await t.say(who, "取消");
  return blocks.find((b) => b.includes("数据")) ?? "";
}

describe("on the card", () => {
  it.each([
    ["李明", "技术合同这块，今年登记了二十二份", "登记技术合同 22份"],
    ["李明", "項目經費這塊，撥付了大概三百萬", "拨付项目经费 约300万"],
    ["孙磊", "示范基地那边，今年验收了四个，新认定两个", "新认定示范基地 2个"],
    ["孙磊", "科技特派员选派了十五个，服务合作社二十家", "选派科技特派员 15人"], // draft45: people counted 人 as the draft writes them (was 15个)
    ["孙磊", "农民培训了两百来人", "培训农民 200余人"],
    ["陈静", "科普日那天来了大概八百人", "约800人"],
    ["陈静", "科技馆接待参观差不多一万人次", "约1万人次"],
    ["徐芳", "入党积极分子培养了三名", "培养入党积极分子 3名"],
    ["陈静", "科普e站这块，新建了四个，总数到了十五个", "科普e站总数 15个"],
  ])("%s：%s", async (who, text, shown) => {
    const card = await figuresOf(who, text);
    expect(card).toContain(shown);
  });
  it.each([
    // the counted noun is the verb's object: the topic is not joined
    ["孙磊", "中药材基地那边，新建了三个示范点", "新建 3个示范点"],
    // said exactly: no 约
    ["陈静", "科普日那天来了八百人", "参加人数 800人"],
    // the speaker is no thing done
    ["李明", "我们这边，登记了十份技术合同", "登记 10份技术合同"],
  ])("%s：%s stays", async (who, text, shown) => {
    const card = await figuresOf(who, text);
    expect(card).toContain(shown);
    expect(card).not.toMatch(/约800|登记我们|新建中药材/u);
  });
});
