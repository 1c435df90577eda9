import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";

/**
 * Round forty-one (label41): round forty's leftover labels, each a class — an event name longer than six characters
 * (「暑假 3期」), a verb of holding with nothing held (「举办 5期」), bodies that came to an event (「来了 40余家企业」), a
 * rough number said rough twice (「3000多人左右」). Sentences written for this test.
 */
const card = (text: string) => findFigures(text).map((f) => cardFigure(f.figure));
const stored = (text: string) =>
  findFigures(text).map((f) => `${f.figure.context}|${f.figure.counted ?? ""}`);

describe("an event's name up to ten characters, the holidays as time words", () => {
  it.each([
    ["暑假搞了3期青少年科技夏令营", "开展青少年科技夏令营 3期"],
    ["寒假里头办了两期少儿机器人编程冬令营", "举办少儿机器人编程冬令营 2期"],
    ["暑期一共组织了4期乡村少年科学营", "组织乡村少年科学营 4期"],
    ["一共整了三期农机手培训班", "农机手培训班 3期"],
  ])("「%s」 → %s", (text, want) => {
    expect(card(text)).toContain(want);
  });
  it("a long run that is no event's name is not taken", () => {
    // 「3期」 then a run of eleven characters that does not end in what an event is.
    expect(stored("今年办了3期全县基层农技人员知识更新工程")).not.toContain(
      "办了|全县基层农技人员知识更新工程",
    );
  });
});

describe("a verb of holding an event takes the topic said before it", () => {
  it.each([
    ["农民田间学校这块，举办了5期", "举办农民田间学校 5期"],
    ["新型职业农民培训那边，办了7期", "举办新型职业农民培训 7期"],
    ["安全生产培训方面，开展了12场", "开展安全生产培训 12场"],
    ["科普大集那边开展了两场", "开展科普大集 2场"],
  ])("「%s」 → %s", (text, want) => {
    expect(card(text)).toContain(want);
  });
  it.each([
    // No topic said, or a count of bodies, not of events: kept as said.
    ["今年举办了5期", "举办了|"],
    ["合作社这块，新办了3家", "新办了|"],
  ])("unchanged: 「%s」 stores %s", (text, want) => {
    expect(stored(text)).toContain(want);
  });
});

describe("bodies that came to an event took part in it", () => {
  it.each([
    ["宣讲会那天来了40多家企业", "参加宣讲会 40多家企业"],
    ["上周开了场政策解读会，来了二十几家企业", "参加政策解读会 20余家企业"],
    ["推介会上来了二十多家合作社", "参加推介会 20多家合作社"],
    ["对接会那天到场了12所高校", "参加对接会 12所高校"],
  ])("「%s」 → %s", (text, want) => {
    expect(card(text)).toContain(want);
  });
  it.each([
    // No event named: they may have come for anything; people who came are counted as before.
    ["上周来了3家企业考察", "来了|企业考察"],
    ["义诊来了五百来号人", "义诊参加人数|"],
  ])("unchanged: 「%s」 stores %s", (text, want) => {
    expect(stored(text)).toContain(want);
  });
});

describe("a rough number said rough twice is written once", () => {
  it.each([
    ["科技周活动来了3000多人左右", "科技周活动来了3000多人"],
    ["大约培训了两千来人上下", "大约培训了两千余人"],
    ["走访了十几家左右的企业", "走访了十余家的企业"],
    // Said rough once: as before.
    ["来了1500人左右", "来了约1500人"],
    ["摆在左右两侧的展板20多块", "摆在左右两侧的展板20多块"],
  ])("「%s」 writes %s", (text, want) => {
    expect(writtenAmounts(text)).toBe(want);
  });
  it("the card shows one estimate", () => {
    expect(card("科技周活动来了3000多人左右")).toContain("科技周活动参加人数 3000多人");
  });
});
