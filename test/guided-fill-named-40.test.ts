import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Trial40: the guided questions asked for by naming the way of filling in — 「引导填报」「分步填报吧」「我要问答式填写」 — were
 * read as a report too short to tell (「只有「引导填报」几个字，我看不出做了什么」). Only the whole message: work that says
 * how others fill in (「指导企业分步骤填报」) is no such ask. Phrasings are this test's own.
 */
const { open } = appPerTest();
const NOW = "2026-12-06T11:30:00+08:00";

async function mine(t: TestApp, who: string) {
  return await t.app.services.store.listUpdates({ author: who });
}

describe("the guided way named: the guided questions start", () => {
  for (const said of ["引导填报", "分步填报吧", "我要问答式填写", "按步骤填"])
    it(`「${said}」`, async () => {
      const t = await open({ now: NOW });
      const reply = await t.sayText("xu-dj", said);
      expect(reply).toMatch(/1\/4/);
      expect(reply).not.toMatch(/看不出|记为工作填报/);
      expect(await mine(t, "xu-dj")).toEqual([]);
    });

  it("work about others' filling in is not the ask", async () => {
    const t = await open({ now: NOW });
    const reply = await t.sayText("li-rd", "指导企业分步骤填报研发费用");
    expect(reply).not.toMatch(/1\/4/);
  });
});
