import { describe, expect, it } from "vitest";
import { planSentence } from "../src/drafting/offline-plan.js";

/**
 * Trial39b, on the console: 「明年想办法补充2名讲解员」 was drafted 「办法补充2名讲解员」 (想 cut as a chat modal, 办法 left
 * standing), and 「人才公寓那边入住率不高…明年要完善配套」 as 「完善配套」 — whose 配套 the plan part never said.
 * Two classes: 想办法/想个办法/想法子 before a verb is 设法 in writing; a plan improving a generic 配套、设施、服务、管理
 * takes the topic the message opened with (X那边、X这块).
 */
const date = "2026-12-05";
describe("a plan said with 想办法", () => {
  it.each([
    ["明年想办法补充3名技术员", "补充3名技术员"],
    ["下一步想个办法把展厅设备更新一下", "更新展厅设备"],
    ["明年想法子多争取两个项目", "争取2个项目"],
  ])("「%s」 reads 设法…", (said, rest) => {
    const out = planSentence(said, date, said);
    expect(out.startsWith("设法")).toBe(true);
    expect(out).toContain(rest);
    expect(out).not.toMatch(/^办法|想办法|想个办法/u);
  });
});

describe("a plan improving a generic thing names the message's topic", () => {
  it.each([
    ["明年要完善配套", "职工周转房那边住的人不多，明年要完善配套", "完善职工周转房配套"],
    ["明年加强管理", "农家书屋这块有的长期关门，明年加强管理", "加强农家书屋管理"],
    ["下一步改善设施", "乡镇文化站那块活动少，下一步改善设施", "改善乡镇文化站设施"],
  ])("「%s」 after 「%s」 → %s", (plan, message, want) => {
    expect(planSentence(plan, date, message)).toContain(want);
  });

  it("without a topic nothing is guessed", () => {
    expect(planSentence("明年完善配套", date, "住的人不多，明年完善配套")).toBe("完善配套");
  });
});
