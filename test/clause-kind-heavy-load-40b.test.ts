import { describe, expect, it } from "vitest";
import { classifyClause, extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const kinds = (text: string) =>
  (extractUpdate(text, org, { today: "2026-10-12" }).clauses ?? []).map((c) => `${c.kind}:${c.text}`);

/**
 * Round forty (fig40b): work piling up said as a load — what is still to be handled (要查的、待审的、需要核的…)
 * or the work items themselves (任务、案子、图斑、工单) said to be many, then their count — is a difficulty,
 * not work done. A crowd that came (来的人多) or something done a lot stays done.
 */
describe("a heavy load of work still to do is a problem", () => {
  it.each([
    "今年要核的企业多 三百二十家 比上年多了两成",
    "下半年待办的案子多，九十几件，人手跟不上",
    "这一批工单多 两百四十张 比上个月翻了一番",
    "今年需要复查的户多 一千一百多户",
  ])("「%s」 is a problem", (text) => {
    expect(classifyClause(text, "2026-10-12")).toBe("problem");
  });
  it.each([
    "活动办得热闹 来的人多 两百多个 比去年翻了一番",
    "今年办结的案子多 九十几件 比去年多了两成",
  ])("「%s」 stays work done", (text) => {
    expect(classifyClause(text, "2026-10-12")).toBe("item");
  });
});

describe("the rise said after a load is the load grown", () => {
  it("a plan before it stays a plan; the load, its count and its rise are one problem", () => {
    expect(kinds("月底前把汛后水毁项目核完 这一轮要核的项目多 一百九十个 比上一轮多了四成")).toEqual([
      "plan:月底前把汛后水毁项目核完",
      "problem:这一轮要核的项目多 一百九十个 比上一轮多了四成",
    ]);
  });
  it("a rise after a crowd that came stays work done", () => {
    expect(kinds("义诊办得热闹 来的人多 三百来个 比去年多了一半").map((k) => k.split(":")[0])).toEqual([
      "done",
    ]);
  });
});
