import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan:23: how we did it (我们是用温州话讲的), typed straight after the problem
 * it answers, opens a clause of its own and is work done. Sentences written for this test, not corpus lines.
 */
const kinds = (text: string) => (run(text, "2026-12-04").clauses ?? []).map((c) => c.kind);

describe("how we did it, after the problem", () => {
  it("is work done", () => {
    expect(kinds("有的老人看不懂字俺们是拿图片一张一张讲的")).toEqual(["problem", "done"]);
  });
});
