import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * Round thirty-two (fig32), from g3-ounan:65: a matter raised (有件事要讲一下) and things that arrived with no
 * work of the office's (设备到了、资金到位了) set up the 但是 problem after them — one problem; work the office
 * did before 但是 stays work done. Sentences written for this test, not corpus lines.
 */
const kinds = (text: string) => (run(text, "2026-12-04").clauses ?? []).map((c) => c.kind);

describe("the setting of a 但是 problem", () => {
  it("things arrived, but", () => {
    expect(kinds("冷库的制冷机组上个月就运到了，可是场地的电一直没接通")).toEqual(["problem"]);
  });
  it("a matter raised, then the problem", () => {
    expect(kinds("有个事反映一下，村里的饮水工程管材到位了，不过施工队一直不进场")).toEqual(["problem"]);
  });
  it("work done before 但是 stays done", () => {
    expect(kinds("管材我们已经采购了两千米，但是施工队一直不进场")).toEqual(["done", "problem"]);
  });
});
