import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from f7-fig32 and f5-leibie31: problems said mildly and typed straight after the
 * work done, in one breath — hardly anyone comes (冇得几个人去、没几个年轻人在家), many of those served lack
 * what the work needs (好多老人家冇得智能手机), short hands (人手不够) — are problems, and the run-on is cut
 * where they open. Work done on the spot by some of them (有二十多个当场装了) stays done.
 * Sentences written for this test, not corpus lines.
 */
const kinds = (text: string) => (run(text, "2026-12-04").clauses ?? []).map((c) => c.kind);

describe("a mild problem typed straight after the work", () => {
  it("hardly anyone comes", () => {
    expect(kinds("村里的图书室上个月建好了 平时没几个人去看")).toEqual(["done", "problem"]);
    expect(kinds("夜校开了两期冇得几个年轻人来")).toEqual(["done", "problem"]);
  });
  it("many lack what the work needs", () => {
    expect(kinds("医保电子凭证推广了一个礼拜 激活了三百多个好多老人家没有智能手机")).toEqual([
      "done",
      "problem",
    ]);
  });
  it("short hands after the work", () => {
    expect(kinds("这个月把全镇的低保档案重新整理了一遍人手不够 就我一个人在弄")).toEqual(["done", "problem"]);
  });
  it("some did it on the spot: still done", () => {
    expect(kinds("集市上摆摊宣传医保 有三十多个当场参保了")).toEqual(["done"]);
  });
});
