import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import type { Update } from "../src/domain/update.js";
import { headlines } from "../src/drafting/choose-headlines.js";
import { problemText } from "../src/drafting/offline-plan.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import type { Material } from "../src/drafting/gather-material.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * draft46: the offline draft as a leader meets it in review (round forty-six console trial, messages of my own):
 * a topic said before 栽、评、发放… and a count is the verb's object even when voice input leaves out the pause; a
 * problem's count keeps the thing said earlier in the message when no figure names it; the opening does not lead
 * the year with work someone else did (专家培训300余人). Each rule has lines where it must not fire.
 */
const work = (said: string) => writtenAmounts(cleanChat(said, "2026-12-05"));

describe("a topic before a spoken verb and its count is the verb's object", () => {
  it.each([
    ["葡萄这块儿，栽了一千二百来亩", "栽植葡萄1200余亩"],
    ["茶苗这块，栽了三万株", "栽植茶苗3万株"],
    ["示范户那块，评了三十户", "评选示范户30户"],
    ["良种这块，发放了两万来斤", "发放良种"],
    ["有机肥那块，发了四十吨", "发放有机肥40吨"],
    ["仔猪这块儿，发放了三百头", "发放仔猪300头"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });

  it.each([
    ["食用菌这块推广了八百亩", "推广食用菌800亩"],
    ["示范户那块评了三十户", "评选示范户30户"],
    ["葡萄这块儿栽了一千二百来亩", "栽植葡萄1200余亩"],
    ["示範戶那塊評了三十戶", "评选示范户30户"],
  ])("voice input without the pause: 「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });

  it.each([
    ["食用菌这块推广得不错", "推广食用菌"],
    ["我们这边推广了八百亩", "推广我们"],
    ["食用菌基地那边指导了五十户", "指导食用菌基地"],
    ["那块地种了三十亩", "种植那块地"],
    ["宣传这块印了两千本", "印制宣传"],
  ])("no object made of 「%s」 (no count after the tag, a speaker, a place, no tag)", (said, never) => {
    expect(work(said)).not.toContain(never);
  });
});

const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [{ id: "proj", name: "科技项目" }],
  people: [{ id: "a", name: "甲", role: "staff", sections: ["proj"] }],
});
async function problems(text: string): Promise<string> {
  const d = await offlineDraftOfRows(org, [{ author: "a", section: "proj", date: "2026-10-12", text }]);
  return d.parts
    .find((p) => p.kind === "problems")!
    .items.map((i) => i.text)
    .join("；");
}

describe("a problem's count keeps the thing said earlier in the message", () => {
  it.each([
    ["高企申报材料我们帮企业报了八家，过了五家，有两家材料被退回了", "2家企业材料被退回"],
    ["科技型中小企业评价这块，帮企业报了二十家，有三家资料不全没通过", "3家企业资料不全"],
    ["帮合作社报省级示范社报了六家，两家材料不全", "2家合作社材料不全"],
    ["学校那边走了九所，有两所还没建科普角", "2所学校"],
    ["今年給企業報了八家，有兩家材料被退回", "2家企业材料被退回"],
  ])("「%s」 — 「%s」", async (text, want) => {
    expect(await problems(text)).toContain(want);
  });

  it.each([
    ["材料报了八家，两家没通过", "2家"],
    ["帮五家企业申报，两家研发中心场地不达标", "2家研发中心"],
    ["企业这块帮着报了五个项目，有两项材料被退回", "2项材料"],
  ])("「%s」 — nothing put back that was not said of that count: 「%s」", async (text, want) => {
    const got = await problems(text);
    expect(got).toContain(want);
    expect(got).not.toMatch(/2家企业研发中心|2项项目|2家(?:企业|合作社)(?:没|未)/u);
  });
});

function material(...texts: string[]): Material {
  const all = texts.map(
    (normalizedText, i) =>
      ({
        id: `u${i}`,
        section: `s${i}`,
        date: "2026-11-30",
        normalizedText,
        figures: [],
        items: [],
        problems: [],
        plans: [],
      }) as unknown as Update,
  );
  return { all, sections: [], period: { year: 2026 } } as unknown as Material;
}
const weightOf = (m: Material, part: string) => headlines(m).find((h) => h.clause.includes(part))?.weight;

describe("the opening does not lead the year with work someone else did", () => {
  it.each([
    "专家培训300余人",
    "省里专家培训了三百来人",
    "农科院老师讲课指导了两百多人",
    "講師培訓了三百人",
  ])("「%s」 weighs below the bureau's own counts", (said) => {
    const m = material(cleanChat(said, "2026-11-30"), "培训农民300余人");
    const others = headlines(m).find((h) => h.updateId === "u0")?.weight ?? 0;
    expect(others).toBeLessThan(weightOf(m, "培训农民300余人") ?? 0);
    expect(others).toBeLessThanOrEqual(0);
  });

  it.each([
    "邀请专家培训300余人",
    "组织专家培训农民300余人",
    "我局请老师培训了三百人",
    "培训专家300人",
  ])("「%s」 is the bureau's and weighs as any count", (said) => {
    const m = material(cleanChat(said, "2026-11-30"), "培训农民300余人");
    expect(headlines(m).find((h) => h.updateId === "u0")?.weight).toBe(weightOf(m, "培训农民300余人"));
  });
});

describe("a problem's spoken degree and fit written as a 公文 says them", () => {
  const problem = (said: string) => problemText(said, "2026-12-05");
  it.each([
    ["项目资金拨得慢", "项目资金拨付较慢"],
    ["补助资金兑得太慢了", "补助资金兑现较慢"],
    ["审批批得有点慢", "审批较慢"],
    ["项目推进得慢", "项目推进较慢"],
    ["专利转化率低", "专利转化率偏低"],
    ["贫困户参保比例太低了", "参保比例偏低"],
    ["农户不太愿意用新品种", "农户使用新品种的意愿不强"],
    ["農戶不太願意用新品種", "农户使用新品种的意愿不强"],
    ["农户不太愿意种新品种", "农户种植新品种的意愿不强"],
    ["企业不大愿意投入研发", "企业投入研发的意愿不强"],
    ["培训内容跟农民需求对不上", "培训内容与农民需求不匹配"],
    ["课程和企业需要不对路", "课程与企业需要不匹配"],
  ])("「%s」 → %s", (said, want) => {
    expect(problem(said)).toContain(want);
  });

  it.each([
    ["资金拨得很及时", "资金拨得很及时"],
    ["他跑得慢", "他跑得慢"],
    ["成本低", "成本低"],
    ["低保户多", "低保户"],
    ["年轻人不愿意种地", "不愿意种地"],
    ["他跟我对不上", "他跟我对不上"],
    ["两边数据对不上", "数据对不上"],
  ])("「%s」 stays as said (%s)", (said, kept) => {
    expect(problem(said)).toContain(kept);
  });
});

describe("a count of those helped stands before them", () => {
  it.each([
    ["科技型中小企业评价这块，帮企业报了二十家", "帮助20家企业申报科技型中小企业评价"],
    ["帮企业报了八家", "帮助8家企业申报"],
    ["协助合作社申报了六家", "协助6家合作社申报"],
    ["帮农户申请了三十户", "帮助30户农户申请"],
    ["幫企業報了十二家", "帮助12家企业申报"],
    ["帮企业报了八家，过了五家", "帮助8家企业申报，通过5家"],
  ])("「%s」 → %s", (said, want) => {
    expect(work(said)).toContain(want);
  });

  it.each([
    ["帮企业申报了三个项目", "帮助企业申报3个项目"],
    ["帮助企业申报项目20个", "帮助企业申报项目20个"],
    ["帮企业申报，共15家", "共15家"],
    ["帮农户申报了八家", "帮助农户申报8家"],
  ])("「%s」 keeps its order (the count is not of those helped, or not at the clause's end)", (said, want) => {
    expect(work(said)).toContain(want);
  });
});
