import { describe, expect, it } from "vitest";
import { formatDate, type LocalDate } from "../src/domain/period.js";
import {
  periodTense,
  periodWordsIn,
  resolveDaySpan,
  resolvePeriodWords,
  summaryYearOn,
} from "../src/domain/resolve-dates.js";

const TUE: LocalDate = { year: 2026, month: 12, day: 1 }; // a Tuesday
const THU: LocalDate = { year: 2026, month: 12, day: 3 };

function span(text: string, today = TUE): string {
  const s = resolveDaySpan(text, today);
  if (!s) return "none";
  if ("vague" in s) return `vague:${s.vague}`;
  return `${formatDate(s.from)}..${formatDate(s.to)}`;
}

function period(text: string, today = TUE): string {
  const r = resolvePeriodWords(periodWordsIn(text), today);
  if (!r) return "none";
  if (r.kind === "period") return `${r.period.year}${r.period.half ? `H${r.period.half}` : ""}`;
  if (r.kind === "which-half") return `which:${r.options.map((p) => `${p.year}H${p.half}`).join(",")}`;
  return `unsupported:${r.unit}:${r.year}`;
}

describe("period words, resolved against the message's date", () => {
  it.each([
    ["起草一下今年上半年的", "2026H1"],
    ["上半年的总结出一版", "2026H1"],
    ["出一版下半年的总结", "2026H2"],
    ["去年的总结再生成一版", "2025"],
    ["把去年下半年那版导出来", "2025H2"],
    ["2025年度总结", "2025"],
    ["2026上半年", "2026H1"],
    ["26年上半年的稿子", "2026H1"],
    ["把25年的总结再出一版", "2025"],
    ["近5年的", "none"],
    ["全年的总结弄一个", "2026"],
    ["前年的", "2024"],
    ["搞个半年总结", "which:2026H2,2026H1"],
    ["前三季度的总结能出个不", "unsupported:季度:2026"],
    ["第四季度的总结", "unsupported:季度:2026"],
    ["11月份的工作总结", "unsupported:月:2026"],
    ["出个初稿", "none"],
    // 明年的计划 is the plan part of this year's document.
    ["明年的计划部分写具体点", "none"],
  ])("「%s」 → %s", (text, want) => {
    expect(period(text)).toBe(want);
  });

  it("without a year, a half is the latest that has begun; the year is last year's in January", () => {
    const march = { year: 2027, month: 3, day: 10 };
    expect(period("下半年的总结", march)).toBe("2026H2");
    expect(period("上半年的总结", march)).toBe("2027H1");
    expect(period("全年的总结", { year: 2027, month: 1, day: 8 })).toBe("2026");
    expect(period("今年的总结", { year: 2027, month: 1, day: 8 })).toBe("2027");
    expect(period("半年总结", march)).toBe("which:2027H1,2026H2");
    expect(summaryYearOn(march)).toBe(2027);
  });

  it("says whether a period is over, under way or to come", () => {
    expect(periodTense({ year: 2026, half: 2 }, TUE)).toBe("current");
    expect(periodTense({ year: 2026, half: 1 }, TUE)).toBe("past");
    expect(periodTense({ year: 2027 }, TUE)).toBe("future");
    expect(periodTense({ year: 2026, half: 2 }, { year: 2026, month: 5, day: 1 })).toBe("future");
  });
});

describe("days of an absence said in words", () => {
  it.each([
    ["下周一到周五去省里培训，别催我了哈", "2026-12-07..2026-12-11"],
    ["这周五请一天事假", "2026-12-04..2026-12-04"],
    ["周三下午到周五在市里开会", "2026-12-02..2026-12-04"],
    ["明后天去市里学习", "2026-12-02..2026-12-03"],
    ["下礼拜三到礼拜五在党校脱产培训", "2026-12-09..2026-12-11"],
    ["我周四周五请假两天", "2026-12-03..2026-12-04"],
    ["下下周整周都在省里跟班学习", "2026-12-14..2026-12-18"],
    ["星期五去县医院复查 请半天假", "2026-12-04..2026-12-04"],
    ["下周二出差，周四回来", "2026-12-08..2026-12-10"],
    ["这周五到下周二休年假", "2026-12-04..2026-12-08"],
    ["周五到周二休假", "2026-12-04..2026-12-08"],
    ["明天起出差三天", "2026-12-02..2026-12-04"],
    ["下周", "2026-12-07..2026-12-11"],
    ["后天", "2026-12-03..2026-12-03"],
    ["15号到18号去北京", "2026-12-15..2026-12-18"],
    ["月底休年假", "vague:月底"],
    ["12月中旬要去北京培训一周", "vague:中旬"],
    ["下午开了个会", "none"],
  ])("「%s」 on Tuesday 1 December → %s", (text, want) => {
    expect(span(text)).toBe(want);
  });

  it("a bare weekday already past this week is next week's; days said apart are not one span", () => {
    expect(span("周二去市里", THU)).toBe("2026-12-08..2026-12-08");
    expect(span("周一交材料，周五去省里培训")).toBe("2026-12-07..2026-12-07");
    expect(span("3号请假", { year: 2026, month: 12, day: 20 })).toBe("2027-01-03..2027-01-03");
  });
});
