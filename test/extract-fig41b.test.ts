import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/** Round forty-one's second pass (fig41b), in other words than the corpus's. The rules alone. */
const texts = (text: string, today = "2026-10-20") =>
  (run(text, today).clauses ?? []).map((c) => [c.kind, c.text.replace(/[，,\s]/g, "")]);

describe("what is fine as a whole, then a turn to what is wrong, typed with no separator", () => {
  it("the fine side stays with the work before it; the turn is the problem", () => {
    expect(texts("跟了九场喜宴 帮厨的都有健康证就是有一场的凉菜是外面买来的")).toEqual([
      ["done", "跟了九场喜宴帮厨的都有健康证"],
      ["problem", "就是有一场的凉菜是外面买来的"],
    ]);
    expect(texts("開了三場培訓 學員都挺認真就是有兩個村沒派人來")).toEqual([
      ["done", "开了三场培训学员都挺认真"],
      ["problem", "就是有两个村没派人来"],
    ]);
    expect(texts("查了六个工地 安全帽基本都有可是有两个没系带子")).toEqual([
      ["done", "查了六个工地安全帽基本都有"],
      ["problem", "可是有两个没系带子"],
    ]);
  });
  it("near misses: no fine side (a bare subject, knowing is not being fine) stays one problem", () => {
    expect(texts("救生衣数量就是不够")).toEqual([["problem", "救生衣数量就是不够"]]);
    expect(texts("大家都晓得就是不肯动")).toEqual([["problem", "大家都晓得就是不肯动"]]);
  });
});
