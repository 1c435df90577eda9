import { describe, expect, it } from "vitest";
import { appPerFile } from "./helpers/app-per-file.js";
import { rulesReading } from "./helpers/rules-reading.js";

/**
 * Classes missed by blind106 (鸢河县, 山东潍坊), read by the rules alone (no learned guess): docs/understanding.md
 * 第五十三轮 intent53. The lines are written for the test — 冀鲁、胶辽、中原、西南、客家、东北 and Traditional characters — not
 * taken from the corpus; each class has lines where it must not fire.
 */
const t = appPerFile({ now: "2026-12-01T10:00:00+08:00" });
const { heard } = rulesReading(t);

describe("a half-year said from its first month on (七月往后半年、7月以后那半年) with a 小结 of it is 生成总结 of that half", () => {
  it.each([
    ["七月往后半年 另起一份小结", "生成总结 下半年"],
    ["今年往后 另起一份总结", "生成总结 今年"],
    ["7月以后那半年 单独出个小结", "生成总结 下半年"],
    ["七月份之后的半年 也弄个小结出来", "生成总结 下半年"],
    ["一月往后半年 先出个小结", "生成总结 上半年"],
  ])("%s", (text, want) => {
    expect(heard("zhou-ju", text)).toBe(want);
  });
  it.each(["七月往后半年 培训小结写好了", "七月往后半年 咱县新认定高企五家"])("not: %s", (text) => {
    expect(heard("zhou-ju", text)).not.toMatch(/^生成总结/u);
  });
});

describe("whether one is still needed in on a day (这周日俺还用来吗、礼拜六我还要来不) is 上班吗 (workday-asked.ts)", () => {
  it.each([
    ["这周日俺还用来吗", /^上班吗/u],
    ["礼拜六我还要来不", /^上班吗 (?:周六|礼拜六)/u],
    ["元旦那天俺用不用来", /^上班吗/u],
    ["這個週六我還用來嗎", /^上班吗/u],
  ])("%s", (text, want) => {
    expect(heard("wang-ban", text)).toMatch(want);
  });
  it.each([
    "这周日俺来局里加了个班 把档案理完了",
    "周六那个会 专家还来不",
    "这个机子周日还用来测土吗",
  ])("not: %s", (text) => {
    expect(heard("wang-ban", text)).not.toMatch(/^上班吗/u);
  });
});

describe("to 要记为工作填报吗: the yes and why — the section's key work this year (这是俺们科今年的重点) (answer-more-words.ts)", () => {
  const asked = { awaiting: "report-or-not" as const, justAsked: true, pendingDrafts: 0 };
  it.each([
    "得记 这是俺们科今年的重点",
    "要记 这是我们科的重点工作",
    "算 这是咱们站全年的重点任务",
  ])("%s", (text) => {
    expect(heard("sun-tp", text, asked)).toBe("yes");
  });
  it.each(["不用记 这不是俺们科的重点", "这是俺们科今年的重点吗"])("not: %s", (text) => {
    expect(heard("sun-tp", text, asked)).not.toBe("yes");
  });
});

describe("to an edit's preview: the figure now the same as its source (这回数跟表上一样了) agrees (answer-words.ts AGREES)", () => {
  const preview = { awaiting: "edit-confirm" as const, justAsked: true, pendingDrafts: 1 };
  it.each([
    "这回数跟表上一样了",
    "现在金额和合同上一致了",
    "这下人数跟台账对上了",
    "數跟表上一樣了",
  ])("%s", (text) => {
    expect(heard("li-rd", text, preview)).toBe("yes");
  });
  it.each(["数跟表上还是不一样", "跟表上一样吗"])("not: %s", (text) => {
    expect(heard("li-rd", text, preview)).not.toBe("yes");
  });
});
