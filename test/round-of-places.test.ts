import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

const kinds = (t: string) => (run(t, "2026-11-20").clauses ?? []).map((c) => c.kind);

describe("走了 with a count of places or units", () => {
  it("is a round made, work done", () => {
    expect(kinds("防火宣传这礼拜走了5个嘎查")).toEqual(["done"]);
    expect(kinds("安全生产检查走了3个开发区")).toEqual(["done"]);
    expect(kinds("带着专家走了七个合作社")).toEqual(["done"]);
    expect(kinds("科技特派员下乡走了2个牧场")).toEqual(["done"]);
  });
  it("still counts people who left as a problem", () => {
    expect(kinds("乡卫生院今年走了4个医生")).toEqual(["problem"]);
  });
});
