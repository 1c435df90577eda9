import { describe, expect, it } from "vitest";
import { draftPlan } from "../src/conversation/draft-subset.js";
import { intentText } from "../src/conversation/intent-lexicon.js";
import type { IntentContext } from "../src/conversation/intent-types.js";
import { supplementRequest } from "../src/conversation/supplement.js";

/** s13's classes in both directions: some drafts settled by a loose reference; an addition, not a new update. */
const plan = (said: string, seqs: number[]) => draftPlan(intentText(said).norm, seqs);

describe("a subset of several drafts settled in one message", () => {
  it("reads the place, the exception and each clause's action", () => {
    expect(plan("前两条确认 第三条我再核核数", [1, 2, 3])).toEqual({
      confirm: [1, 2],
      withdraw: [],
      hold: [3],
    });
    expect(plan("除开第二条 其他的都确认咯", [1, 2, 3])).toEqual({
      confirm: [1, 3],
      withdraw: [],
      hold: [2],
    });
    expect(plan("头一个确认，第二个删了吧 重复了", [4, 5])).toEqual({
      confirm: [4],
      withdraw: [5],
      hold: [],
    });
    expect(plan("后一条确认 前一条我还要改哈子", [1, 2])).toEqual({ confirm: [2], withdraw: [], hold: [1] });
    expect(plan("中 除了第一个 都确认了吧", [1, 2])).toEqual({ confirm: [2], withdraw: [], hold: [1] });
    // 搁、撂、缓、放放 and 先甭 leave a draft too (dlg23 read them in the list; here two cards wait, no list):
    // 「头一条确认 第二条先搁那」 confirmed both before (s24-d13).
    expect(plan("头一条确认 第二条先搁那", [1, 2])).toEqual({ confirm: [1], withdraw: [], hold: [2] });
    expect(plan("头一个确认 后面那个先放放", [1, 2])).toEqual({ confirm: [1], withdraw: [], hold: [2] });
    expect(plan("第二条确认 头一条先甭动", [1, 2])).toEqual({ confirm: [2], withdraw: [], hold: [1] });
  });
  it("reads a number said as the update's number, a 第N个 in words as a place", () => {
    // 「2号确认一下」 with #4 #5 #6 waiting means update #2 (confirmed already, says the 确认 command), not #5.
    expect(plan("2号确认一下", [4, 5, 6])).toBeUndefined();
    expect(plan("第2条确认一下", [4, 5, 6])).toBeUndefined();
    expect(plan("5号确认 6号删了", [4, 5, 6])).toEqual({ confirm: [5], withdraw: [6], hold: [] });
    expect(plan("第二个确认 第三个不要", [4, 5, 6])).toEqual({ confirm: [5], withdraw: [6], hold: [] });
  });
  it("leaves to other readers what settles all, only withdraws, or is no such message", () => {
    for (const said of [
      "两条都确认",
      "第二条不要了",
      "确认",
      "前两条确认",
      "第二部分写短一点",
      "走访了3家企业 第一条确认",
    ])
      expect(plan(said, [1, 2]), said).toBeUndefined();
  });
});

describe("a second message that adds to the first", () => {
  const ctx = (awaiting: IntentContext["awaiting"]) => ({ awaiting, justAsked: true }) as IntentContext;
  const read = (said: string, awaiting: IntentContext["awaiting"] = "confirm") =>
    supplementRequest(intentText(said).norm, ctx(awaiting));
  it("is an addition to the draft on the card, or to the update named", () => {
    expect(read("补充一下 还现场发了技术资料60份")).toMatchObject({
      command: "修改",
      text: "/ref 补充 shown 还现场发了技术资料60份",
    });
    expect(read("刚才那条补充一下：还发放了宣传单800份", "nothing")).toMatchObject({
      text: "/ref 补充 recent 还发放了宣传单800份",
    });
    expect(read("忘了说 还发了防冻技术明白纸50份")).toMatchObject({ command: "修改" });
  });
  it("is no addition when it is a correction, a new item, or work of its own", () => {
    for (const said of [
      "数漏了 是8场",
      "还有 下午去社区发了科普挂图40套",
      "补充一下 应该是45人",
      "补充材料已报送",
      "漏了两户没走访",
    ])
      expect(read(said), said).toBeUndefined();
  });
});
