import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A run-on clause is never cut between a number and its measure word (kind-turns.ts COUNT_END): 「…建成1.2万亩有近两千
 * 亩的灌溉渠还没通水…」 was cut after 两千 (两千亩 cannot end a clause before 的, and the count backtracked), so the
 * 近两千亩 of the problem was lost. Found in kind30's f4-leibie30.
 */
const ex = (text: string) => run(text, "2026-12-04");

describe("a count and its measure word", () => {
  it("stay in one clause, and the figure is kept", () => {
    const text = "高标准农田项目今年建成1.2万亩有近两千亩的灌溉渠还没通水开春前督促施工方完工";
    expect((ex(text).clauses ?? []).map((c) => c.kind)).toEqual(["done", "problem", "plan"]);
    expect((ex(text).clauses ?? [])[1]?.text).toContain("有近两千亩的灌溉渠还没通水");
    expect(ex(text).figures.map((f) => `${f.raw}|${f.kind}`)).toEqual([
      "1.2万亩|achieved",
      "近两千亩|problem",
    ]);
  });
});
