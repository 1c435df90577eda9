import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { withElidedSubject } from "../src/drafting/problem-subject.js";
import { answeredRightAfter } from "../src/drafting/problem-measures.js";
import { writtenPlanVerb } from "../src/drafting/plan-verbs.js";
import type { Update } from "../src/domain/update.js";

/**
 * Review of round thirty-seven (docs/understanding.md 第三十八轮 review38), the drafting side: rewrites that changed a
 * meaning. Lines written for the test, not taken from the corpus.
 */
const written = (s: string) => cleanChat(s, "2026-09-01");

describe("a spoken verb + 了 before a span of months is no count of things made", () => {
  it.each([
    ["驻村干部在石门村挂了3个月", "悬挂"],
    ["装了两个多月的监控还没验收", "安装"],
    ["写了五个礼拜的方案", "撰写"],
  ])("「%s」 is not rewritten to %s", (said, verb) => {
    expect(written(said)).not.toContain(verb);
  });
  it("「装了3个监控探头」 still is 安装", () => {
    expect(written("装了3个监控探头")).toContain("安装3个监控探头");
  });
});

describe("搞 with its result, or before 的, is no work carried out", () => {
  it.each([
    "搞技术的人少",
    "搞活农村集体经济",
    "先把政策搞明白",
    "搞坏了两台设备",
    "别把账搞乱了",
  ])("「%s」 gets no 开展/举办", (said) => {
    expect(written(said)).not.toMatch(/开展|举办/);
  });
  it("「去县二中搞科普」 still is 开展科普活动", () => {
    expect(written("去县二中搞科普")).toContain("开展科普活动");
  });
});

describe("坏了修不好 says 损坏 once", () => {
  it.each([
    ["监控设备损坏了修不好", "监控设备损坏且无法修复"],
    ["水泵冻坏了修不好", "水泵冻坏且无法修复"],
    ["投影仪坏了修不好", "投影仪损坏且无法修复"],
  ])("「%s」 → 「%s」", (said, out) => {
    expect(written(said)).toContain(out);
  });
});

describe("the elided thing put back reads 去年/今年 from the update's own date", () => {
  it("a 2025 update's 去年 is 2024年", () => {
    const u = {
      date: "2025-06-10",
      figures: [{ unit: "家", counted: "去年新认定的企业", kind: "done", value: 5, raw: "5家" }],
    } as unknown as Pick<Update, "figures" | "date">;
    expect(withElidedSubject("2家材料不全", u)).toBe("2家2024年新认定的企业材料不全");
  });
});

describe("a breakdown repaired right after is answered in place (breakdown-words.ts, shared with piece-context.ts)", () => {
  it.each([
    ["站里线路老是跳闸，明年更换配电柜", "站里线路老是跳闸", "明年更换配电柜"],
    ["村里经常停水，下一步检修管网", "村里经常停水", "下一步检修管网"],
    ["车子经常趴窝，明年更换一辆", "车子经常趴窝", "明年更换一辆"],
  ])("「%s」", (text, problem, plan) => {
    expect(answeredRightAfter(text, problem, [plan])).toBe(true);
  });
  it("a plan of other work after it answers nothing", () => {
    expect(answeredRightAfter("村里经常停水，明年还要办5场讲座", "村里经常停水", ["明年还要办5场讲座"])).toBe(
      false,
    );
  });
});

describe("one table of bare plan verbs (plan-verbs.ts): the written form each says", () => {
  it.each([
    ["报", "申报"],
    ["办", "办理"],
    ["建", "建设"],
    ["改", "整改"],
    ["补", "补齐"],
    ["补报", "补报"],
  ])("%s → %s", (verb, out) => {
    expect(writtenPlanVerb(verb)).toBe(out);
  });
});
