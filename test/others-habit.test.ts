import { describe, expect, it } from "vitest";
import { othersHabitOnly } from "../src/conversation/others-habit.js";
import { normalizeText as normalize } from "../src/domain/normalize.js";

/** Others' habits complained of, with nothing done of one's own, are asked about, never stored. */
describe("others' habits, complained of", () => {
  it.each([
    "支部里老有人请假 到会率上不去",
    "群里总有人发广告 烦死了",
    "办事大厅经常有人插队",
    "一到月底动不动就有人来催",
  ])("「%s」 reports no work", (said) => expect(othersHabitOnly(normalize(said))).toBe(true));
  it.each([
    "村里老有人乱倒垃圾 我们清理了3次",
    "有人反映路灯坏了 已联系维修",
    "老有人打听政策，咱科里印了宣传单",
  ])("「%s」 is not only a complaint", (said) => expect(othersHabitOnly(normalize(said))).toBe(false));
});
