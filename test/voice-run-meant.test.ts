import { describe, expect, it } from "vitest";
import { run } from "./helpers/extract-shapes.js";

/**
 * A day's work dictated in one breath (29th-round console trial): 「就是说今天上午去了两个合作社看了大棚
 * 蔬菜长势然后下午又组织了特派员例会定了下个月的培训计划」 became a problem 「说今天上午去了两个合作社…」
 * (就是说 read as 「but」), a work item 「…例会定了」 and a plan 「下个月的培训计划」 (the decision's object
 * cut off as a time ahead); and 「…来了八十多个农户然后…」 lost its figure once the run was punctuated.
 * Sentences written for this test, not corpus lines.
 */
const clauses = (text: string) => (run(text).clauses ?? []).map((c) => `${c.kind}:${c.text}`);
const raws = (text: string) => run(text).figures.map((f) => f.raw);

describe("就是说 leading a dictated run is a filler, not a turn to a problem", () => {
  it.each([
    ["就是说今天上午去了两个合作社看了大棚蔬菜长势然后下午又组织了特派员例会", "今天上午去了两个合作社"],
    ["就是说这周跑了三个村，指导果树冬剪", "这周跑了三个村"],
    ["就是说呢，帮两家企业做了研发费用归集", "帮两家企业"],
    ["嗯就是说上午跑了三个村看了冬季苗木然后下午开了特派员例会", "上午跑了三个村"],
  ])("「%s」 is work done, its text without 说", (said, starts) => {
    const read = clauses(said);
    expect(read.every((c) => c.startsWith("done:"))).toBe(true);
    expect(read[0]).toContain(starts);
    expect(read[0]).not.toMatch(/^done:说/);
  });

  it("a problem after 就是说 is still a problem", () => {
    expect(clauses("就是说场地太小 群众坐不下")[0]).toMatch(/^problem:/);
  });
});

describe("what a meeting decided about a time ahead stays with the meeting", () => {
  it.each([
    [
      "今天上午去了两个合作社看了大棚蔬菜长势然后下午又组织了特派员例会定了下个月的培训计划",
      "定了下个月的培训计划",
    ],
    ["上午跑了三个村看了冬季苗木然后下午开了个例会研究了明年的示范基地建设", "研究了明年的示范基地建设"],
    ["这周走访了五家企业然后跟他们商量了下个月的申报安排", "商量了下个月的申报安排"],
    ["昨天开了个培训会来了八十多个农户然后部署了下周的防火巡查", "部署了下周的防火巡查"],
  ])("「%s」 has no plan, and keeps 「%s」 whole", (said, whole) => {
    const read = clauses(said);
    expect(read.some((c) => c.startsWith("plan:"))).toBe(false);
    expect(read.join("|")).toContain(whole);
  });

  it("a job of its own ahead is still a plan", () => {
    expect(clauses("今天走访了两个合作社看了大棚长势下个月再去一趟看看")).toContain(
      "plan:下个月再去一趟看看",
    );
  });
});

describe("a count of people in a dictated run keeps its figure", () => {
  it.each([
    ["今天开了个培训会来了八十多个农户然后又去了柏树村", "八十多个"],
    ["昨天在镇上开了个培训会来了八十多个农户然后部署了下周的防火巡查", "八十多个"],
    ["今天上午去了两个合作社然后下午培训了五十多个农民", "五十多个"],
  ])("「%s」 reads %s", (said, raw) => {
    expect(raws(said)).toContain(raw);
  });
});
