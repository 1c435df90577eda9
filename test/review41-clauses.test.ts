import { describe, expect, it } from "vitest";
import { writtenPlan, writtenProblem } from "../src/drafting/written-clauses.js";

/**
 * Review41: trial41's written-clause rules tried on sentences they were not written for. A rewrite that changes
 * what was said (an adverb left after its object, 将 of time read as 把, a feeling read as a procedure, a 督办 split
 * into 督举办, an inspection turned into an event held) is wrong; where no rule fits, the clause stays as said.
 */
describe("plan clauses keep their meaning", () => {
  it.each([
    ["把台账进一步完善", "进一步完善台账"],
    ["将制度逐步健全", "逐步健全制度"],
    ["把问题全部整改", "全部整改问题"],
    ["把流程再优化一下", "再优化流程"],
    ["把資料整理一下", "整理資料"],
    ["将在年底前完成更新", "将在年底前完成更新"],
    ["将于三月底前完成清理", "将于三月底前完成清理"],
    ["把流程简化一下", "简化流程"],
  ])("把/将 %s → %s", (said, written) => expect(writtenPlan(said)).toBe(written));

  it.each([
    ["多看看技术资料", "多看看技术资料"],
    ["多转转思路", "多转转思路"],
    ["多跑跑项目资金", "多跑跑项目资金"],
    ["多看看困难户", "加大困难户走访力度"],
    ["多走走农户", "加大农户走访力度"],
    ["多下去看看偏远的村", "加大偏远村走访力度"],
    ["多转转各乡镇的基地", "加大各乡镇的基地走访力度"],
  ])("visits only to places or people: %s → %s", (said, written) => expect(writtenPlan(said)).toBe(written));

  it.each([
    ["再督办3次", "再督办3次"],
    ["交办2次", "交办2次"],
    ["联办3场", "联办3场"],
    ["再办2场培训", "再举办2场培训"],
    ["开展几次检查", "开展多次检查"],
    ["组织几批观摩", "组织多批观摩"],
    ["开几次会", "召开多次会"],
    ["搞几期田间学校", "举办多期田间学校"],
    ["办几场培训", "举办多场培训"],
  ])("held events only: %s → %s", (said, written) => expect(writtenPlan(said)).toBe(written));
});

describe("problem clauses keep their meaning", () => {
  it.each([
    ["有的时候信号不好", "有时信号不好"],
    ["有的时网络断", "有时网络断"],
    ["有的基地管护跟不上", "部分基地管护不到位"],
    ["村民有点烦", "村民有点烦"],
    ["群众很烦", "群众很烦"],
    ["农户们挺烦", "农户们挺烦"],
    ["手续太麻烦", "手续较为繁琐"],
    ["流程太繁", "流程较为繁琐"],
    ["流程不太繁", "流程不太繁"],
  ])("%s → %s", (said, written) => expect(writtenProblem(said)).toBe(written));
});
