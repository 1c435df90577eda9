import { describe, expect, it } from "vitest";
import { parseDate } from "../src/domain/period.js";
import {
  coveredYearRange,
  createChinaCalendar,
  mondayOfIsoWeek,
  shiftToWorkingDay,
  weekdayCalendar,
} from "../src/reminders/calendar.js";
import { localToInstant, nextDuePlan, planWeek, weekLabel } from "../src/reminders/plan-week.js";

const TZ = "Asia/Shanghai";
const FRIDAY_16 = "0 16 * * 5";
const d = (s: string) => parseDate(s)!;
const cal = createChinaCalendar();

describe("China working calendar (chinese-days data)", () => {
  it("knows statutory holidays and 调休 make-up days", () => {
    expect(cal.isWorkingDay(d("2025-04-04"))).toBe(false); // 清明, a Friday
    expect(cal.isWorkingDay(d("2025-10-03"))).toBe(false); // 国庆
    expect(cal.isWorkingDay(d("2025-10-11"))).toBe(true); // Saturday, 调休上班
    expect(cal.isWorkingDay(d("2025-09-28"))).toBe(true); // Sunday, 调休上班
    expect(cal.isWorkingDay(d("2025-10-04"))).toBe(false); // an ordinary holiday Saturday
    expect(cal.isWorkingDay(d("2025-11-21"))).toBe(true); // an ordinary Friday
    expect(cal.describe(d("2025-10-11"))).toContain("调休上班");
    expect(cal.describe(d("2025-04-04"))).toContain("清明");
  });

  it("reads the same dates whatever the process time zone", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/Los_Angeles";
      const west = createChinaCalendar();
      expect(west.isWorkingDay(d("2025-12-31"))).toBe(true);
      expect(west.isWorkingDay(d("2025-10-01"))).toBe(false);
      expect(west.isWorkingDay(d("2025-10-11"))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it("covers the package's years and falls back to Monday–Friday outside them, warning once", () => {
    const warnings: string[] = [];
    const c = createChinaCalendar({ warn: (m) => warnings.push(m) });
    const range = coveredYearRange(c.covers);
    expect(range.from).toBe(2004);
    expect(range.to).toBeGreaterThanOrEqual(2026);
    expect(c.covers(2031)).toBe(false);
    expect(c.isWorkingDay(d("2031-10-08"))).toBe(true); // a Wednesday: no data, so a weekday works
    expect(c.isWorkingDay(d("2031-10-11"))).toBe(false); // Saturday
    expect(c.isWorkingDay(d("2031-10-09"))).toBe(true);
    // The fixed-date statutory holidays are days off by law before any notice: 国庆 10-01 to 10-03,
    // 元旦, 劳动节 05-01/02 (a Wednesday, a Thursday, a Friday here; once said 「要上班」).
    expect(c.isWorkingDay(d("2031-10-01"))).toBe(false);
    expect(c.isWorkingDay(d("2031-10-02"))).toBe(false);
    expect(c.describe(d("2031-10-01"))).toBe("周三（国庆节，法定节假日）");
    expect(c.isWorkingDay(d("2031-01-01"))).toBe(false);
    expect(c.isWorkingDay(d("2031-05-02"))).toBe(false);
    expect(c.isWorkingDay(d("2031-05-05"))).toBe(true); // a Monday after: the 调休 needs the notice
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("2031");
  });
});

describe("shifting the reminder day", () => {
  it("moves a holiday Friday to the Thursday before it (清明 2025-04-04)", () => {
    const plan = planWeek(FRIDAY_16, "2025-W14", TZ, cal);
    expect(plan.scheduled?.toISOString()).toBe(new Date("2025-04-04T16:00:00+08:00").toISOString());
    expect(plan.due?.toISOString()).toBe(new Date("2025-04-03T16:00:00+08:00").toISOString());
    expect(plan.shifted).toBe(true);
    expect(plan.note).toContain("提前到 4月3日（周四）16:00");
  });

  it("moves to the last working day before, even early in the week (国庆 2025: Fri → Tue 9-30)", () => {
    expect(planWeek(FRIDAY_16, "2025-W40", TZ, cal).due?.toISOString()).toBe(
      new Date("2025-09-30T16:00:00+08:00").toISOString(),
    );
  });

  it("counts a 调休 Saturday as a working day (2023-10-07, after a Mon–Fri holiday)", () => {
    const plan = planWeek(FRIDAY_16, "2023-W40", TZ, cal);
    expect(plan.due?.toISOString()).toBe(new Date("2023-10-07T16:00:00+08:00").toISOString());
    expect(plan.note).toContain("调休");
    // And a Saturday cron stays on a make-up Saturday, but moves off an ordinary one.
    expect(planWeek("0 10 * * 6", "2025-W41", TZ, cal).due?.toISOString()).toBe(
      new Date("2025-10-11T10:00:00+08:00").toISOString(),
    );
    expect(planWeek("0 10 * * 6", "2025-W47", TZ, cal).due?.toISOString()).toBe(
      new Date("2025-11-21T10:00:00+08:00").toISOString(),
    );
  });

  it("skips a week with no working day (National Day 2018, Spring Festival 2026)", () => {
    for (const week of ["2018-W40", "2026-W08"]) {
      const plan = planWeek(FRIDAY_16, week, TZ, cal);
      expect(plan.scheduled).toBeDefined();
      expect(plan.due).toBeUndefined();
      expect(plan.note).toContain("整周没有工作日");
    }
    // The next due reminder after the week starts is the following week's Friday.
    const next = nextDuePlan(FRIDAY_16, new Date("2026-02-16T09:00:00+08:00"), TZ, cal);
    expect(next?.week).toBe("2026-W09");
    expect(next?.due?.toISOString()).toBe(new Date("2026-02-27T16:00:00+08:00").toISOString());
  });

  it("leaves an ordinary week alone", () => {
    const plan = planWeek(FRIDAY_16, "2025-W47", TZ, cal);
    expect(plan.shifted).toBe(false);
    expect(plan.due?.toISOString()).toBe(new Date("2025-11-21T16:00:00+08:00").toISOString());
    expect(weekLabel("2025-W47")).toBe("11月17日—11月23日");
  });

  it("does ISO week and local-time arithmetic across year ends and zones", () => {
    expect(mondayOfIsoWeek("2026-W01")).toEqual({ year: 2025, month: 12, day: 29 });
    expect(mondayOfIsoWeek("2020-W53")).toEqual({ year: 2020, month: 12, day: 28 });
    expect(localToInstant(d("2025-11-21"), 16, 0, TZ).toISOString()).toBe("2025-11-21T08:00:00.000Z");
    // A zone with summer time: Berlin is UTC+2 in July, UTC+1 in November.
    expect(localToInstant(d("2025-07-04"), 16, 0, "Europe/Berlin").toISOString()).toBe(
      "2025-07-04T14:00:00.000Z",
    );
    expect(localToInstant(d("2025-11-21"), 16, 0, "Europe/Berlin").toISOString()).toBe(
      "2025-11-21T15:00:00.000Z",
    );
  });

  it("the weekday calendar knows no holidays", () => {
    expect(shiftToWorkingDay(d("2025-10-03"), weekdayCalendar)).toEqual(d("2025-10-03"));
    expect(shiftToWorkingDay(d("2025-10-04"), weekdayCalendar)).toEqual(d("2025-10-03"));
  });
});
