import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Round thirty-two (fig32), from g3-ounan:23: how we did it (我们是用温州话讲的), typed straight after the problem
 * it answers, opens a clause of its own and is work done. Sentences written for this test, not corpus lines.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string) =>
  (extractUpdate(text, org, { today: "2026-12-04" }).clauses ?? []).map((c) => c.kind);

describe("how we did it, after the problem", () => {
  it("is work done", () => {
    expect(kinds("有的老人看不懂字俺们是拿图片一张一张讲的")).toEqual(["problem", "done"]);
  });
});
