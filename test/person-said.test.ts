import { describe, expect, it } from "vitest";
import { personSaid } from "../src/conversation/person-said.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Colleagues named as colleagues name each other (小何、老孙、何姐、王主任、晓梅): a leader's 「小何那边报了没」 is
 * 何婷's reports asked for, as 「何婷报了没」 is — only when the roster leaves exactly one person it can be.
 */
const people = ["林晓梅", "王志强", "李明", "赵丽", "陈静", "孙磊", "何婷", "徐芳"];

describe("personSaid", () => {
  it.each([
    ["小何那边报了没", "何婷"],
    ["老孙这礼拜报了啥", "孙磊"],
    ["何姐今年交了几条", "何婷"],
    ["王主任那边交了几条呢", "王志强"],
    ["晓梅那块的填报看看", "林晓梅"],
    ["阿赵报的东西拿来看看", "赵丽"],
    ["李工，报了没", "李明"],
  ])("「%s」 names %s", (said, name) => {
    expect(personSaid(said, people)?.name).toBe(name);
  });

  it.each([
    "小孙子今天满月",
    "老林场那片防火道修完了",
    "小王子绘本进校园",
    "老李子树挂果了",
    "周局说稿子要看一下",
    "林局那边的意见报上来没",
  ])("「%s」 names nobody (the short name goes on into another word, or addresses a leader)", (said) => {
    expect(personSaid(said, people)).toBeUndefined();
  });

  it("two people with the surname leave the short name unread; the full name still reads", () => {
    const two = [...people, "李文华"];
    expect(personSaid("小李那边报了没", two)).toBeUndefined();
    expect(personSaid("李文华那边报了没", two)?.name).toBe("李文华");
  });
});

let t: TestApp | undefined;
const apps = appPerTest();

describe("a leader asks after a colleague by a short name", () => {
  it.each([
    "小何那边报了没",
    "何姐今年交了几条",
    "让我看看何姐报的东西",
  ])("「%s」 lists 何婷's reports", async (say) => {
    t = await apps.open({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("he-gq", "本周组织科普大篷车进校园3场");
    await t.say("he-gq", "确认");
    const text = await t.sayText("zhou-ju", say);
    expect(text).toContain("何婷2025年填报 1 条");
    expect(text).toContain("科普大篷车进校园3场");
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });
});
