import { describe, expect, it } from "vitest";
import { unclearLine } from "../src/conversation/unclear-line.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A line that is not stored was answered only 「我没看出这是不是工作情况」 (round thirty-three's leftover). When it reads
 * as something not yet done, the reply says so in one line and offers what to do (report it when done, or file it now
 * as a plan with 记为填报 — which files it under 下一步计划); a trip told done with nothing done there says what is
 * missing. Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("an unclear line that reads as still ahead (round thirty-four)", () => {
  it.each([
    "下礼拜去趟双河镇",
    "后天要去园区跑一下平台的事",
    "过两天准备去趟县医院",
  ])("「%s」 is said to be not done yet", (text) => {
    const line = unclearLine(undefined, text);
    expect(line).toContain("还没做");
    expect(line).toContain("记为填报");
  });

  it.each([
    "昨天去了趟石门乡",
    "陪主任跑了一趟开发区",
  ])("「%s」: where one went is said, not what was done", (text) => {
    expect(unclearLine(undefined, text)).toContain("没说在那里做了什么");
  });

  it("「记为填报」 on such a line files it as a plan, as the line says", async () => {
    const t = await open({ now: "2026-12-04T16:40:00+08:00" });
    const asked = await t.sayText("sun-tp", "下礼拜去趟双河镇");
    expect(asked).toContain("还没做");
    const filed = await t.sayText("sun-tp", "记为填报");
    expect(filed).toContain("下一步计划");
  });

  it("a line with nothing ahead keeps the plain answer", () => {
    expect(unclearLine(undefined, "今天好忙")).not.toContain("还没做");
  });
});
