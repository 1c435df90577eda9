import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";

/**
 * Trial39, console (a round-38 leftover): 李明 said 「到位资金650万，明年力争过千万」 and his confirm card listed the plan
 * as said (「明年力争过千万」) beside the target 「2027年力争 过1000万（目标）」. On the card the plan's year is said as
 * the person said it (明年、来年), in the target's label too; the other words of the label are still written.
 */
const labels = (text: string, date?: string) => findFigures(text).map((f) => cardFigure(f.figure, date));

describe("a target's label on the card keeps the person's 明年", () => {
  it.each([
    ["到位资金650万，明年力争过千万", "明年力争 过1000万"],
    ["去年引进了3名博士，明年计划再引进5名", "明年计划再引进 5名"],
    // 培训班 whole since round forty-one (label41): the class the verb of doing names is part of the event.
    ["来年打算再办4期培训班", "来年打算再办 4期培训班"],
  ])("「%s」 shows 「%s」", (text, want) => {
    const got = labels(text, "2026-12-05");
    expect(got).toContain(want);
    expect(got.join("|")).not.toContain("2027年");
  });

  it("still writes the spoken verb of a label with no year", () => {
    expect(labels("今年科普宣传月发了资料2000多份", "2026-12-05")).toContain("科普宣传月发放资料 2000多份");
  });
});
