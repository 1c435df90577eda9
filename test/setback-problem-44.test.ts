import { describe, expect, it } from "vitest";
import { offlineDraftOf } from "./fixtures/drafting/one-section-draft.js";

/**
 * Lead's console trial, round forty-four: 何婷 reported 「高企今年新认定了7家，复审通过4家，还有两家材料退回来了要补」.
 * The card listed 「还有两家材料退回来了要补」 under 问题与困难, yet the offline draft wrote 「2家材料退回来了要补」 into the
 * work part and told the leader 「暂无填报的问题和不足」: a setback said with a count (材料被退回、要补材料、被驳回)
 * had no problem word the drafter knew, and its figure made it read as work. A setback is a problem, written as one.
 */
async function partsOf(text: string) {
  const d = await offlineDraftOf([text]);
  const body = (kind: string) =>
    d.parts
      .filter((p) => p.kind === kind)
      .flatMap((p) => p.items.map((i) => i.text))
      .join("\n");
  return { work: body("section"), problems: body("problems") };
}

describe("a setback said with a count is a problem", () => {
  it.each([
    ["高企今年新认定了7家，复审通过4家，还有两家材料退回来了要补", "退回"],
    ["帮企业申报了5件发明专利，有2件被驳回了", "驳回"],
    ["科技型中小企业评价报了12家 3家的资料被退了回来", "退回"],
    ["今年申报市级项目6个，其中两个被否了", "未获通过"],
    ["技术合同登记18份，有3份要补材料", "补"],
    ["星创天地申报2家，1家资料需要补充", "补充"],
  ])("「%s」: its setback is in the problems part, not the work part", async (text, word) => {
    const { work, problems } = await partsOf(text);
    expect(problems, problems).toContain(word);
    expect(work, work).not.toMatch(/退回|驳回|否|补充|补材料|未获通过/u);
    // The work said with it stays under 一、.
    expect(work.length, work).toBeGreaterThan(0);
  });

  it("is written as a document says it: 被退回、需补充完善", async () => {
    const { problems } = await partsOf("高企今年新认定了7家，复审通过4家，还有两家材料退回来了要补");
    expect(problems).toMatch(/被退回/u);
    expect(problems).not.toMatch(/退回来了|要补/u);
  });

  it.each([
    // Passing is no setback.
    "高企今年复审通过4家，新认定7家",
    // Money returned by the bureau, a certificate issued again, subsidies paid: work done.
    "清退结余资金，退回财政20万元",
    "补发科技特派员证书30本",
    "农机购置补贴要补的200户已经全部发放到位",
    // The bureau itself turned down applications: its work, not its setback.
    "驳回不符合条件的申请2件，办结率100%",
  ])("「%s」 stays work", async (text) => {
    const { work, problems } = await partsOf(text);
    expect(work.length, work).toBeGreaterThan(0);
    expect(problems).toBe("");
  });
});
