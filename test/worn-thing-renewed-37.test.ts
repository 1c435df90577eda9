import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { offlineDraftOfRows } from "./fixtures/drafting/one-section-draft.js";

/**
 * Console trial, round thirty-seven: 「…有个问题是车辆老化经常趴窝，明年想申请更新一台」 was flagged 「问题在计划中没有对应
 * 措施」 beside its own measure. A thing worn out or broken, with a plan right after it to renew, replace or repair,
 * is answered in place; renewing is no answer to a problem of another kind (经费紧张, then 更新展板).
 */
const org = parseOrg({
  unit: "示例县科学技术局",
  superiors: "县委、县政府",
  sections: [{ id: "pop", name: "科普宣传" }],
  people: [{ id: "b", name: "乙", role: "staff", sections: ["pop"] }],
});

async function unansweredOf(text: string) {
  const draft = await offlineDraftOfRows(org, [{ author: "b", section: "pop", date: "2026-10-12", text }]);
  const plan = draft.parts.find((p) => p.kind === "plan")!;
  const problems = draft.parts.find((p) => p.kind === "problems")!;
  return { plan, problems, unanswered: plan.unanswered ?? [] };
}

describe("a worn-out thing renewed right after (round thirty-seven)", () => {
  it.each([
    "科普大篷车今年下乡18个村，有个问题是车辆老化经常趴窝，明年想申请更新一台",
    "实验室今年开放接待学生600人次，几台显微镜坏了修不好，打算明年换新的",
    "科技馆全年接待参观1.2万人次，存在的问题是展厅触摸屏老出故障，明年报请维修",
    "流动科技馆今年巡展12场，问题是展品设备陈旧，明年计划购置新展品10件",
  ])("「%s」: its problem is not listed as unanswered", async (text) => {
    const { plan, problems, unanswered } = await unansweredOf(text);
    expect(problems.items.length).toBeGreaterThan(0);
    expect(plan.items.length).toBeGreaterThan(0);
    expect(unanswered).toEqual([]);
  });

  it.each([
    "科普活动周办了6场，科普经费紧张，明年更新展板20块",
    "科普讲座办了8场，投影设备老化，明年还要办5场讲座",
  ])("「%s」: the problem stays for the reviewer", async (text) => {
    const { unanswered } = await unansweredOf(text);
    expect(unanswered.length).toBe(1);
  });
});
