import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

const raws = (t: string) => run(t, "2026-11-20").figures.map((f) => f.raw);

describe("a bare count said again with 都", () => {
  it("points back at the same count said earlier and is no new figure", () => {
    expect(raws("新建了三个村级电商服务站 三个都在河东片")).toEqual(["三个"]);
    expect(raws("帮两家合作社办了商标注册 两家都批下来了")).toEqual(["两家"]);
  });
  it("stays a figure when nothing with that measure was counted before", () => {
    expect(raws("走访了5户困难户 两个都是独居老人")).toEqual(["5户", "两个"]);
  });
  it("stays a figure when it counts a part of what came before (剩下…都)", () => {
    expect(raws("查出隐患4处 整改了2处 剩下2处都要等开春")).toEqual(["4处", "2处", "2处"]);
  });
});
