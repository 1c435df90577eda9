import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A new report while several drafts wait: the reply names every earlier draft still unconfirmed, not only the last
 * one shown. Found in round 31's console trial: the third report said 「上一条 #2 还没有确认」 and nothing of #1.
 */
const { open } = appPerTest();

describe("a new report names all the earlier unconfirmed drafts", () => {
  it.each([
    [
      ["上午去石板村走访农户12户", "下午在城关镇开了培训会，来了50人", "晚上整理了3份项目申报材料"],
      [1, 2],
    ],
    [
      [
        "今天帮2家企业梳理研发费用加计扣除",
        "组织科技特派员下乡4人次",
        "配合做了科技统计 录入企业8家",
        "接待来访群众3人",
      ],
      [1, 2, 3],
    ],
  ])("%j: each earlier draft is named", async (lines, older) => {
    const t = await open();
    let last = "";
    for (const l of lines) last = await t.sayText("li-rd", l);
    for (const n of older) expect(last).toContain(`#${n}`);
    expect(last).toContain(`确认 ${older[0]}`);
    const drafts = await t.app.services.store.listUpdates({ author: "li-rd", status: "draft" });
    expect(drafts).toHaveLength(lines.length);
  });

  it("one earlier draft: said as before", async () => {
    const t = await open();
    await t.say("li-rd", "上午去石板村走访农户12户");
    const text = await t.sayText("li-rd", "下午在城关镇开了培训会，来了50人");
    expect(text).toContain("上一条 #1 还没有确认");
  });
});
