import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Console trial, round 52: 赵丽 reports for 成果转化 and 人才; 「科普这块 11月搞了科普大篷车进校园…」 asked only which of
 * her two sections it was, though the text plainly names 科普 (陈静's). Someone with two sections is offered the named
 * section last in that list (their own keep their numbers), marked as not theirs; picking it files the draft there, picking their own files it there.
 */
const { open } = appPerTest();

describe("a report plainly naming a section that is none of the sender's two", () => {
  it("offers the named section last, marked, and files it there when picked", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    const asked = await t.sayText("zhao-zh", "科普那边的活 上周办了青少年科普讲座3场 来了学生400多人");
    expect(asked).toContain("属于哪个科室");
    // Last, so her own sections keep their numbers (s39c-d03's 「2」).
    expect(asked).toMatch(/3\. 科普宣传与培训（看内容像是这个科室的工作，不是您负责的科室）/);
    expect(asked).toMatch(/1\. (?:成果转化与知识产权|科技人才与创新环境)\n2\. /);
    const picked = await t.sayText("zhao-zh", "3");
    expect(picked).toContain("科普宣传与培训");
    const u = await t.app.services.store.findBySeq("zhao-zh", 1);
    expect(u?.section).toBe("popsci");
  });

  it("her own section can still be picked", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    await t.sayText("zhao-zh", "科普那边的活 上周办了青少年科普讲座3场 来了学生400多人");
    await t.sayText("zhao-zh", "成果转化与知识产权");
    const u = await t.app.services.store.findBySeq("zhao-zh", 1);
    expect(u?.section).toBe("transfer");
  });

  it("a report on her own sections is asked as before, with nothing marked", async () => {
    const t = await open({ now: "2026-12-07T10:00:00+08:00" });
    const asked = await t.sayText("zhao-zh", "本周办了两场交流会 来了二十多家单位");
    expect(asked).not.toContain("不是您负责的科室");
  });
});
