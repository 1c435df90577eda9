import { describe, expect, it } from "vitest";
import { weekNothing } from "../src/conversation/week-nothing.js";

/**
 * review40: review39b kept days of training given to others (给果农培训了三天、为村干部讲了两天课) out of the days spent
 * away (week-nothing.ts DAYS_AWAY) by a word of giving before them — but 为、对、组织 also begin words that give nothing:
 * 为期五天的培训 (lasting), 县里组织的三天培训 (organised by others, attended), 对口支援, 作为学员. A course attended is how
 * the week went, as before review39b.
 */
describe("days away at a course or meeting, with 为/对/组织 inside another word, are still the week away", () => {
  it.each([
    "这周参加了为期五天的培训 手头的项目没动",
    "这周参加了县里组织的三天培训 手头的项目没动",
    "这周作为学员在省里培训了五天 手头的项目没动",
    "这周对口支援开了三天会 手头的项目没动",
    "这周在省里参加了为期五天的培训 别的没啥进展",
  ])("「%s」 is an empty week", (said) => {
    expect(weekNothing(said)).toBe("none");
  });
});

describe("days given to others stay work (review39b)", () => {
  it.each([
    "这周给果农培训了三天 别的没啥进展",
    "这周为村干部讲了两天课 别的没啥进展",
    "这周组织村干部培训了三天 别的没啥进展",
    "这周对新招的网格员培训了三天 别的没啥进展",
  ])("「%s」 is not an empty week", (said) => {
    expect(weekNothing(said)).not.toBe("none");
  });
});
