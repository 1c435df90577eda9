import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * blind87 (沔川县) classes, rules alone: a chase said as a ping in the chat (戳、发个信儿、捎个话) and 定稿 with the check
 * not waited for. docs/understanding.md 第四十轮 intent40c. The lines are written for the test, not taken from the corpus.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { said, heard } = rulesReading(t);

describe("a leader's ping to those not yet reported is 催报 (nudge-words.ts)", () => {
  it.each([
    "哪几个还没报 挨个戳一下",
    "没交的都戳一戳",
    "给他们都发个信儿",
    "跟大家捎个话",
    "还没填的 帮我发个消息",
  ])("%s", (line) => {
    expect(said("zhou-ju", line)).toBe("催报");
  });

  it.each([
    ["给我发个信儿 谁还没交", "not 催报"],
    ["没交的名单戳我一下", "not 催报"],
    ["别戳他们了", "not 催报"],
  ])("%s: a word for the leader or a chase refused is %s", (line) => {
    expect(said("zhou-ju", line)).not.toBe("催报");
  });

  it("staff saying they poked someone is no chase", () => {
    expect(said("li-rd", "给他们都发个信儿")).not.toBe("催报");
  });
});

describe("定稿 with the check not waited for is 仍要定稿 (approval-request.ts INSIST)", () => {
  it.each([
    "待核实的那几处等不及了 直接定稿",
    "核实的顾不上了 定稿吧",
    "那几条来不及核了 先定稿再说",
  ])("%s", (line) => {
    expect(said("zhou-ju", line)).toBe("仍要定稿");
  });

  it("定稿 alone still checks first", () => {
    expect(said("zhou-ju", "这版可以 定稿吧")).toBe("定稿");
  });
});

describe("the edit of a numbered update taken back is 放弃修改, not 撤回 (edit-dropped.ts)", () => {
  it.each([
    ["第3条的改动撤销", "放弃修改 3"],
    ["4号修改撤回 还按原来的", "放弃修改 4"],
    ["第二条改的取消吧", "放弃修改 2"],
  ])("%s → %s", (line, text) => {
    expect(said("li-rd", line)).toBe(text);
  });

  it.each(["第3条撤销", "把4号撤回"])("%s: the update itself withdrawn stays 撤回", (line) => {
    expect(said("li-rd", line)).toMatch(/撤回/);
  });
});

describe("stopping at this point for now, in the guided questions, is 取消 (guided-put-off.ts)", () => {
  const guided = { awaiting: "guided" as const, justAsked: true };
  it.each([
    "先到这儿 晚上接着弄",
    "今天就到这吧",
    "先停到这里 开会去了",
    "先填到这 天黑了再说",
  ])("%s", (line) => {
    expect(heard("sun-tp", line, guided)).toBe("取消");
  });

  it.each(["到这里调研了三天", "就到这儿附近的村子走访"])("%s: a place reached is no stop", (line) => {
    expect(heard("sun-tp", line, guided)).not.toBe("取消");
  });
});
