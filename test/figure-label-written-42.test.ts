import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round forty-two (label42): figure labels on the confirm card that did not say what was counted, or said it in chat —
 * 「过了 9家」 (what passed?), 「来了 40多家企业」 after a meeting held, 「查看 3回」 for a film watched, 「一共 3000万」,
 * 「1200万左右」, 「报了 5个」, 「预计来 80人」, 「给种植户上了 4堂技术课」. Sentences written for this test; the stored
 * figures (value, unit, kind) are the same as before, only the labels change.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const figures = (text: string) => extractUpdate(text, org, { today: "2026-12-04" }).figures;
const card = (text: string) => figures(text).map((f) => cardFigure(f));

describe("a label says what was counted, as written", () => {
  it.each([
    // An outcome alone after a count of what was put forward: what passed.
    ["高企今年共报了12家，过了9家", "高新技术企业申报通过 9家"],
    ["今年高新技术企业报上去15家 最后过了11家", "高新技术企业申报通过 11家"],
    ["俺们这边高企报了十来家 过了七家", "高新技术企业申报通过 7家"],
    ["高企報了12家，過了9家", "高新技术企业申报通过 9家"],
    ["省级科技项目报上去了4个 批下来两个", "省级科技项目申报获批 2个"],
    ["省级项目申请了6个 批下来了2个", "省级项目申请获批 2个"],
    // Bodies that came, after a meeting held (the meeting is the previous figure's).
    ["成果转化对接会开了两场，来了40多家企业", "参加成果转化对接会 40多家企业"],
    ["成果对接会办了一场，来了30多家企业", "参加成果对接会 30多家企业"],
    // A film watched is 观看; 回 counts the showings.
    ["局里组织干部看了3回警示片", "组织干部观看 3次警示片"],
    ["这个月看了两场廉政教育片", "观看 2场廉政教育片"],
    ["今年组织班子成员看了两回警示教育片子", "组织班子成员观看 2次警示教育片子"],
    // A total or estimate said of the number, not of the thing.
    ["争取上级资金一共3000万", "争取上级资金 3000万"],
    ["技术合同登记了42份，成交额1200万左右", "成交额 约1200万"],
    ["技术合同成交额大概1500万上下", "技术合同成交额 约1500万"],
    ["技術合同成交額一千二百萬左右", "技术合同成交额 约1200万"],
    // The cleaning wrote the measure as a document does (5个 → 5项, 2500万 → 2500万元): the label is still taken.
    ["省级重点研发项目报了5个", "省级重点研发项目申报 5个"],
    ["项目资金总共落实了两千五百万", "项目资金落实 2500万"],
    // Round forty-six (lead): after a verb of holding or teaching the event's name comes first, the count ends the row.
    ["给种植户上了4堂技术课", "为种植户讲授技术课 4堂"],
    ["给贫困户上了三堂种植技术课", "为贫困户讲授种植技术课 3堂"],
    ["特派员给果农上了五次技术课", "特派员为果农讲授技术课 5次"],
    // Who is expected at an event planned.
    ["下个月准备搞一次知识产权培训 预计来八十人", "知识产权培训预计参加 80人（目标）"],
    ["下周办一场科普讲座 预计来两百人左右", "科普讲座预计参加 约200人（目标）"],
    ["下个月搞个银企对接会，预计来20家企业", "银企对接会预计参加 20家企业（目标）"],
    ["预计来80人", "预计参加 80人（目标）"],
    // A written verb keeps no 了.
    ["发明专利授权了十二件 比去年多了3件", "发明专利授权 12件"],
    ["今年授权了发明专利12件", "授权发明专利 12件"],
    ["帮企业享受了研发费用加计扣除1800多万", "帮助企业享受研发费用加计扣除 1800多万"],
    ["转化了科技成果6项", "转化科技成果 6项"],
  ])("「%s」 → %s", (text, want) => {
    expect(card(text)).toContain(want);
  });

  it.each([
    // The outcome of something not put forward, or a time passing: left as said.
    ["验收了5个项目，过了3个", "过了 3个"],
    ["走访企业23家，过了两天又去了4家", "过了 2天"],
    ["今年申报了8个项目，落地了3个", "落地 3个"],
    // Coming with no meeting held before it.
    ["來了四十多家企業", "来了 40多家企业"],
    ["安排了2辆车，来了15个人", "参加人数 15人"],
    // Looking at places is 查看; 上下游、公共、共青团 are words of the thing.
    ["看了3个示范基地", "查看 3个示范基地"],
    ["带动上下游企业12家", "带动上下游企业 12家"],
    ["全县有公共实验室3个", "全县有公共实验室 3个"],
    ["共青团组织活动5场", "共青团组织活动 5场"],
    // 了解 is a word, not 了.
    ["实现了解决就业200人", "实现了解决就业 200人"],
  ])("unchanged in kind: 「%s」 shows %s", (text, want) => {
    expect(card(text)).toContain(want);
  });

  it("keeps the stored figures: value, unit and kind", () => {
    const got = (t: string) => figures(t).map((f) => [f.value, f.unit, f.kind]);
    expect(got("高企今年共报了12家，过了9家")).toEqual([
      [12, "家", "achieved"],
      [9, "家", "achieved"],
    ]);
    expect(got("技术合同成交额大概1500万上下")).toEqual([[15000000, "元", "achieved"]]);
    expect(got("下个月准备搞一次知识产权培训 预计来八十人")).toEqual([[80, "人", "target"]]);
    expect(got("局里组织干部看了3回警示片")).toEqual([[3, "回", "achieved"]]);
  });
});

describe("written forms the card and the draft share", () => {
  it.each([
    ["成交额1200万左右", "成交额约1200万"],
    ["1500万上下", "约1500万"],
    ["300人上下", "约300人"],
    ["1.5亿左右", "约1.5亿"],
    ["带动上下游企业", "带动上下游企业"],
    ["500万上下游", "500万上下游"],
    ["3000多人左右", "3000多人"],
  ])("writtenAmounts 「%s」 → %s", (text, want) => {
    expect(writtenAmounts(text)).toBe(want);
  });
  it.each([
    ["组织干部看了3回警示片", "观看"],
    ["支部党员看了红色电影", "观看"],
    ["看了5部宣传片", "观看"],
    ["看了3个村的示范片区", "查看"],
    ["去看了4家企业", "查看"],
  ])("cleanChat 「%s」 writes %s", (text, verb) => {
    expect(cleanChat(text, "2026-12-04")).toContain(verb);
  });
});
