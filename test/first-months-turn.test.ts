import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * 「前十个月」「近三个月」 open a clause with the time it covers: they are no count that closes a clause, nor a
 * deadline (「年底前14公里」) that makes the count after them the subject of what follows (kind-turns.ts). Found in
 * kind30's f4-leibie30: 「工信这块前十个月规上工业增加值增长6.8%比预期低了零点九个百分点…」 was all work done.
 */
const read = (text: string) =>
  (run(text, "2026-12-04").clauses ?? []).map((c) => [c.kind, c.text.replace(/[，。]$/, "")]);

describe("the first or last months before a count", () => {
  it("leave the shortfall after the count a problem of its own", () => {
    expect(read("前十个月规上工业增加值增长6.8%比预期低了两个百分点")).toEqual([
      ["done", "前十个月规上工业增加值增长6.8%"],
      ["problem", "比预期低了两个百分点"],
    ]);
    expect(read("近三个月工业用电量增长4.2%比去年同期低了一点五个百分点")).toEqual([
      ["done", "近三个月工业用电量增长4.2%"],
      ["problem", "比去年同期低了一点五个百分点"],
    ]);
  });
});
