import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 「1」 to 「1/4 这段时间主要做了哪些工作？」 (console trial, round 31: a habit from the section question of
 * colleagues with two sections) was kept as the work — the card read 「1. 1，组织科技政策宣讲会…」. A
 * number alone says no work: the question is asked again, and nothing of it reaches the card.
 */
const { open } = appPerTest();

describe("a bare number to the work question", () => {
  it.each(["1", "２", "1。", " 3 "])("「%s」 is asked again, never kept as work", async (said) => {
    const t = await open();
    await t.say("li-rd", "填报");
    const again = await t.sayText("li-rd", said);
    expect(again).toContain("1/4");
    expect(again).not.toContain("2/4");
    const q2 = await t.sayText("li-rd", "组织科技政策宣讲会，发放宣传册1200份");
    expect(q2).toContain("2/4");
    for (const a of ["无", "无", "无"]) await t.say("li-rd", a);
    const [u] = await t.app.services.store.listUpdates({ author: "li-rd" });
    expect(u?.items.map((i) => i.text).join("；")).not.toMatch(/^\s*[0-9０-９]\s*[，,。]/);
  });
});
