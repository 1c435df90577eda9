import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * The period still running, then 再 and a step with nothing said done, is a step ahead (plan-words.ts): 「这个月再上门
 * 跑5家重点企业」「这个月再冲一下争取过60家」 read as work done, as 「这个月」 alone does. 争取过 + a count is an aim to
 * exceed it. Found in kind30's f4-leibie30. 「这个月再次召开了调度会」「今年再次获评先进」 stay work done.
 */
const read = (text: string) =>
  (run(text, "2026-12-04").clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);

describe("this period, then 再 and a step", () => {
  it("is a plan after the work told before it", () => {
    expect(read("科技型企业入库58家了比去年多了11家这个月再冲一下争取过60家")).toEqual([
      ["done", "科技型企业入库58家了比去年多了11家"],
      ["plan", "这个月再冲一下争取过60家"],
    ]);
    expect(read("专利申请受理了120件，这周再去两家企业摸一下底")).toEqual([
      ["done", "专利申请受理了120件"],
      ["plan", "这周再去两家企业摸一下底"],
    ]);
  });

  it("leaves 再次 and what is said done as work done", () => {
    expect(read("这个月再次召开了调度会")).toEqual([["done", "这个月再次召开了调度会"]]);
    expect(read("今年再次获评省级先进")[0]?.[0]).toBe("done");
  });
});
