import { describe, expect, it } from "vitest";
import { editOrLook } from "../src/conversation/edit-or-look.js";

/**
 * A 修改 read on an update is an edit asked for now only when the request is to change it: a look asked
 * with a mistake named as its reason is 查看 that update, one's own edit put off asks nothing now, and an
 * edit with what to change stays 修改 (edit-or-look.ts).
 */
const edit = (text: string) => ({ kind: "command" as const, command: "修改", text });

describe("a 修改 read, or a look", () => {
  it.each([
    ["第3条俺瞅瞅写哩对不对", "修改 3", "查看 3"],
    ["5号那条我想看下 看有没有写错", "/ref 修改 #5 我想看下 看有没有写错", "查看 5"],
    ["第4条改了啥 给我看看修改记录", "修改 4 了啥 给我看看修改记录", "查看 4"],
    ["刚才那条给我看下 看对不对", "/ref 修改 recent 给我看下 看对不对", "/ref 查看 recent"],
    // What it became or how it was changed, asked: a look (查看 shows the history too).
    ["第3条改成啥样了 我看下", "修改 3 啥样了 我看下", "查看 3"],
    ["查一下5号的修改记录", "修改 5", "查看 5"],
    ["第一条原来写的啥 改之前的", "修改 1", "查看 1"],
    ["刚才那条咋改的 我看看", "/ref 修改 recent 咋改的 我看看", "/ref 查看 recent"],
    ["上一条改成啥了", "/ref 修改 recent 改成啥了", "/ref 查看 recent"],
    ["第3条改成多少了 看下", "修改 3 多少了 看下", "查看 3"],
  ])("「%s」 looks", (said, read, looked) => {
    expect(editOrLook(edit(read), said)).toEqual({ kind: "command", command: "查看", text: looked });
  });

  it.each([
    ["第4条写错了 应该是12家", "修改 4 应该是12家"],
    ["第3条我看了下 改成26户", "修改 3 改成26户"],
    ["第2条不对 你看看咋改", "修改 2"],
    ["3号那条写岔了 是26户 你看下", "/ref 修改 #3 写岔了 是26户 你看下"],
    ["第3条应该是20家 原来写的啥来着", "修改 3 应该是20家 原来写的啥来着"],
    ["第2条帮我改成60人 改完我看看", "修改 2 60人 改完我看看"],
  ])("「%s」 stays an edit", (said, read) => {
    expect(editOrLook(edit(read), said)).toEqual(edit(read));
  });

  it("one's own edit put off asks nothing now", () => {
    expect(editOrLook(edit("修改 3"), "第3条里的人数我再核一下 回头改")).toEqual({
      kind: "smalltalk",
      topic: "later",
    });
  });
});
