import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (t: string) =>
  (extractUpdate(t, org, { today: "2026-11-20" }).clauses ?? []).map((c) => c.kind);

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
