import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Lead55's console trial: the leader asked 「食用菌培训是谁报的」「大篷车那条谁报的」 and got the week's 进度 — who has and
 * has not reported — not who reported that matter. A matter named, then who reported it (谁报的、哪个报的、是谁报上来的),
 * is 查数 of that matter (answered with each matching update's reporter and day); who has NOT reported (谁没报、谁还没报)
 * stays 进度, a figure in the draft asked after (八十来号人谁报的) stays the draft's figure question.
 */
const { open } = appPerTest();

describe("who reported a matter, asked by a leader", () => {
  it.each([
    ["食用菌培训是谁报的", "食用菌培训"],
    ["大篷车那条谁报的", "大篷车"],
    ["科普大篷车是哪个报的？", "科普大篷车"],
    ["谁报的大篷车", "大篷车"],
    ["技术合同登记那个是谁报上来的啊", "技术合同登记"],
    ["茶叶嫁接培训是哪位同事报的", "茶叶嫁接培训"],
  ])("「%s」 asks the material about %s", async (said, matter) => {
    const t = await open({ now: "2026-12-08T10:00:00+08:00" });
    const { said: reading } = rulesReading(t);
    expect(reading("zhou-ju", said)).toBe(`查数 谁报的 ${matter}`);
  });

  it.each(["这周谁还没报", "谁没报", "上周谁没报"])("「%s」 stays 进度", async (said) => {
    const t = await open({ now: "2026-12-08T10:00:00+08:00" });
    expect(rulesReading(t).said("zhou-ju", said)).toMatch(/^进度/u);
  });

  it("the answer names who reported it and when, through the engine", async () => {
    const t = await open({ now: "2026-12-08T10:00:00+08:00" });
    await t.sayText("li-rd", "这礼拜去了三个村搞了食用菌技术培训 来了80来个人");
    await t.sayText("li-rd", "确认");
    const reply = await t.sayText("zhou-ju", "食用菌培训是谁报的");
    expect(reply).toContain("「食用菌培训」是李明报的");
    expect(reply).toContain("#1");
    expect(reply).not.toContain("本周截至目前填报情况");
    expect(await t.sayText("zhou-ju", "谁报的无人机")).toContain("没有找到「无人机」");
  });
});
