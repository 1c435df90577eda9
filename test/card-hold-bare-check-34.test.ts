import { describe, expect, it } from "vitest";
import { cardHeld } from "../src/conversation/card-hold.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * On a card, a wait with a bare check beside it (「先放着 我再核对下」) was read as talk put off — 「好的，有空随时发给我」
 * — instead of the card held as the wait says. A bare check beside a wait is why it waits: a no to the card, the
 * draft kept and said so. A bare check alone stays talk (s5h-004); 「先放着 对」 is no check. Other phrasings than s34-d06.
 */
const { open } = appPerTest();

describe("a wait with a bare check beside it holds the card (round thirty-four)", () => {
  it.each(["先搁着 我复核下", "先放一放 我再查对下", "先留着 我核查下"])("「%s」", (said) => {
    expect(cardHeld(said)).toEqual({ kind: "answer", answer: "no" });
  });

  it.each(["我再核实下", "先放着 对"])("「%s」 is no such hold", (said) => {
    expect(cardHeld(said)).toBeUndefined();
  });

  it("the reply says the draft is kept, not 「有空随时发给我」", async () => {
    const t = await open({ now: "2026-12-04T16:40:00+08:00" });
    await t.say("zhao-zh", "登记技术合同5份 成交额80万");
    await t.say("zhao-zh", "成果转化");
    const reply = await t.sayText("zhao-zh", "先搁着 我复核下");
    expect(reply).not.toContain("有空随时发给我");
    expect(reply).toMatch(/草稿|先不确认/);
  });
});
