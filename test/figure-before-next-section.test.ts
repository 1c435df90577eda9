import { beforeEach, describe, expect, it } from "vitest";
import { units } from "./helpers/extract-shapes.js";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「成果转化这块…技术合同成交额80万 人才那边组织了…」 from someone holding both sections (29th-round console
 * trial): the 80万 was read as 「80万 人」 (people) across the space into 人才, and the 成果转化 card lost it.
 * 人 after a space and before 才 is the next section's 人才, not the unit; 「来了50人才开始」 still counts 50人.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

describe("a figure before 人才 said after a space", () => {
  it.each([
    ["技术合同成交额80万 人才那边组织了一场座谈会", "80万=800000元"],
    ["兑现奖补资金35万 人才这块引进了博士2名", "35万=350000元"],
    ["登记技术合同成交额1200万 人才方面新认定3人", "1200万=12000000元"],
  ])("「%s」 reads %s", (said, figure) => {
    expect(units(said)).toContain(figure);
  });

  it("「来了50人才开始」 still counts 50 people", () => {
    expect(units("座谈会来了50人才开始")).toContain("50人=50人");
  });

  it("the two-section message keeps 80万 on the 成果转化 draft", async () => {
    await t.say(
      "zhao-zh",
      "成果转化这块今天帮企业登记了3份技术合同成交额80万 人才那边组织了一场专家座谈会来了12个专家",
    );
    const [first] = (await t.app.services.store.listUpdates({ author: "zhao-zh" })).sort(
      (a, b) => a.seq - b.seq,
    );
    expect(first?.figures.map((f) => f.raw)).toContain("80万");
  });
});
