import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

const kinds = (t: string) => (run(t, "2026-11-20").clauses ?? []).map((c) => c.kind);

describe("a 的-phrase said to be a great many, with no count (老鼻子、海了去、多了去)", () => {
  it("names the bad part, a problem", () => {
    expect(kinds("镇上那几家饭店油烟直排的老鼻子了")).toEqual(["problem"]);
    expect(kinds("查了一圈 灭火器过期的海了去")).toContain("problem");
    expect(kinds("牧户家里电线乱拉的多了去了")).toEqual(["problem"]);
  });
  it("leaves turnout said that way alone", () => {
    expect(kinds("来听讲座的老鼻子了")).not.toContain("problem");
  });
});
