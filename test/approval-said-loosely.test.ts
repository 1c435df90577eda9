import { describe, expect, it } from "vitest";
import { approval } from "../src/conversation/approval-request.js";
import { rulesAnswer } from "../src/conversation/staff-questions.js";

/**
 * 定稿 said loosely by a leader (approval-request.ts): 算定了 and 定下去 pass the draft; the check's findings
 * put off (「核实的事回头再说」「那几个×先不要紧」) before 定 finalise anyway (仍要定稿); asked, it is 待核实.
 */
describe("定稿 said loosely", () => {
  it.each([
    ["行 这稿子就算定了", "定稿"],
    ["这版算定了吧", "定稿"],
    ["就这样定下去", "定稿"],
    ["核实的事回头再说 先定稿", "仍要定稿"],
    ["那几个×先不要紧 照样定下去", "仍要定稿"],
    ["标×的回头再核 定稿", "仍要定稿"],
    ["能定稿了不", "待核实"],
  ])("「%s」 → %s", (said, command) => {
    expect(approval(said, "")?.command).toBe(command);
  });

  it.each([
    "报告算定了",
    "方案就这样定下去了 下周实施",
    "科普读本终于定稿啦",
  ])("「%s」 passes no draft", (said) => {
    expect(approval(said, "")?.command === "定稿" || approval(said, "")?.command === "仍要定稿").toBe(false);
  });
});

/** Whether work done out of hours or on the side is reported (staff-questions.ts): a rules question. */
describe("whether side work is reported", () => {
  it.each([
    "周末加班要报吗",
    "晚上加班干的算不算 要报吗",
    "下乡的事要报不",
    "陪同检查要不要报啊",
  ])("「%s」 is answered", (said) => {
    expect(rulesAnswer(said, undefined)).toContain("做了的工作都可以报");
  });

  it.each([
    "周末加班搞了2场培训",
    "这周末要加班吗",
    "周末的周报还要报吗",
  ])("「%s」 is not this question", (said) => {
    expect(rulesAnswer(said, undefined) ?? "").not.toContain("做了的工作都可以报");
  });
});
