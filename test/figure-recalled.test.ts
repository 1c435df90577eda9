import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * 「我上次报的那个走访是几户来着」: a figure of one's own earlier update asked for — where one update clearly matches (its
 * words and the counting word asked), the answer points at it (#N and the figure), not the whole 我的填报 list; where
 * none or several match, the list as before. Nothing is stored or changed. Found in round 31's console trial.
 */
const { open } = appPerTest();

async function reported(): Promise<TestApp> {
  const t = await open();
  for (const l of ["上午去石板村走访农户12户", "下午在城关镇开了培训会，来了50人", "帮3家企业申报高企"]) {
    await t.say("li-rd", l);
    await t.say("li-rd", "确认");
  }
  return t;
}

describe("a figure of an earlier update asked for", () => {
  it.each([
    ["我上次报的那个走访是几户来着", "#1", "12户"],
    ["之前报的走访农户是多少户啊", "#1", "12户"],
    ["培训会那次来了多少人来着？", "#2", "50人"],
    ["我报的申报高企是几家来着", "#3", "3家"],
    ["上回那个培训会 来了几个人 我忘了", "#2", "50人"],
  ])("「%s」 points at %s and %s", async (said, seq, figure) => {
    const t = await reported();
    const text = await t.sayText("li-rd", said);
    expect(text).toContain(seq);
    expect(text).toContain(figure);
    expect(text).not.toContain("2025年填报 3 条");
    expect(await t.app.services.store.listUpdates({ author: "li-rd" })).toHaveLength(3);
  });

  it("two updates that match: the list as before", async () => {
    const t = await reported();
    await t.say("li-rd", "下午又去柏树村走访农户8户");
    await t.say("li-rd", "确认");
    const text = await t.sayText("li-rd", "我上次报的那个走访是几户来着");
    expect(text).toContain("#1");
    expect(text).toContain("#4");
  });
});

describe("a name or place of an earlier update asked for", () => {
  it.each([
    ["那个合作社的叫啥来着 我记不清了", "#1", "红星合作社"],
    ["上回去的那个村叫什么来着", "#2", "石板村"],
  ])("「%s」 points at %s and its words", async (said, seq, words) => {
    const t = await open();
    for (const l of ["上午去红星合作社指导了3户种植户", "下午在石板村开了培训会，来了50人"]) {
      await t.say("chen-kp", l);
      await t.say("chen-kp", "确认");
    }
    const text = await t.sayText("chen-kp", said);
    expect(text).toContain(seq);
    expect(text).toContain(words);
    expect(text).not.toContain("要记为工作填报吗");
    expect(await t.app.services.store.listUpdates({ author: "chen-kp" })).toHaveLength(2);
  });
});
