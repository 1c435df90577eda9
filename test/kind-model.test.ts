import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { guessKind, trainKindModel } from "./corpus/kind-model.js";
import { examplesOf } from "./corpus/leave-one-out.js";
import { loadReports } from "./corpus/load-reports.js";

/**
 * The learned clause-kind guess used by the leave-one-batch-out evaluation
 * (bench/evaluate-kind-model.ts, docs/extraction.md). It is not wired into the product.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});

describe("the clause-kind model", () => {
  const train = loadReports().filter((c) => !c.id.startsWith("14-") && !c.id.startsWith("19-"));

  it("trains deterministically and reads a kind from character n-grams", () => {
    const a = trainKindModel(examplesOf(train));
    const b = trainKindModel(examplesOf([...train]));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a.weights).length).toBeGreaterThan(1000);
    expect(guessKind(a, "下个月准备组织一次全县培训").kind).toBe("plan");
    expect(guessKind(a, "人手不够进度跟不上").kind).toBe("problem");
    expect(guessKind(a, "组织培训3场参训120人次").kind).toBe("done");
  });

  it("extractUpdate asks the guess only for pieces the rules call done or find no sign in", () => {
    const text = "检查企业12家，发现隐患5处。下周计划复查。";
    const seen: [string, string | undefined][] = [];
    const ex = extractUpdate(text, org, {
      today: "2025-12-10",
      guess: (piece, _prev, own) => {
        seen.push([piece, own]);
        return piece.startsWith("发现") ? "problem" : undefined;
      },
    });
    expect(seen.map(([p]) => p)).not.toContain("下周计划复查。");
    expect(ex.clauses?.map((c) => c.kind)).toEqual(["done", "problem", "plan"]);
    const plain = extractUpdate(text, org, { today: "2025-12-10" });
    expect(plain.clauses?.map((c) => c.kind)).toEqual(["done", "plan"]);
  });
});
