import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { passedWritten } from "../src/drafting/passed-written.js";

/**
 * How many got through an application, said as staff say it (「过了3家」「批了7个」「都过了」), written as a 公文 says it
 * (通过、获批、入选、全部通过) — only after something was put forward in the same sentence (lead's console trial, round
 * thirty-six: the draft read 「…申报高新技术企业，过了3家」).
 */
describe("an application's outcome in writing", () => {
  it.each([
    ["10月份帮5家企业申报高企 过了3家", "通过3家"],
    ["今年推荐了8个项目参评市科技进步奖，最后评上了3个", "入选3个"],
    ["报了12个项目到市里，批了7个", "获批7"],
    ["省级星创天地的申请报上去了 批下来2家", "获批2家"],
    ["上半年申报的6个科技型中小企业都过了", "全部通过"],
    ["组织4家企业申请研发费用后补助，只过了1家", "仅通过1家"],
  ])("「%s」 writes 「%s」", (said, written) => {
    const t = cleanChat(said, "2026-10-20");
    expect(t).toContain(written);
    expect(t).not.toMatch(/过了|批了|评上了?|批下来/u);
  });

  it("is no outcome without an application before it", () => {
    expect(passedWritten("过了3天又去园区对接了一次")).toBe("过了3天又去园区对接了一次");
    expect(passedWritten("过了2个月才去申报")).toBe("过了2个月才去申报");
    expect(passedWritten("特派员培训都过了一遍")).toBe("特派员培训都过了一遍");
    // The outcome is read in its own sentence only.
    expect(passedWritten("材料都申报了。过了两天又补了3份")).toBe("材料都申报了。过了两天又补了3份");
  });
});
