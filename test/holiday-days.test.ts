import { describe, expect, it } from "vitest";
import { createChinaCalendar, weekdayCalendar } from "../src/reminders/calendar.js";
import { daysOffAround, holidayDate } from "../src/reminders/holiday-days.js";
import { daySaid } from "../src/reminders/workday-command.js";
import { formatDate } from "../src/domain/period.js";

/**
 * 「元旦放几天」「过年哪天放」: a holiday named is the coming one (lunar ones from the package's lunar
 * calendar), and 上班吗 on it says the days off in a row when the calendar covers the year.
 */
const on = (s: string) => {
  const [year, month, day] = s.split("-").map(Number);
  return { year: year!, month: month!, day: day! };
};

describe("a holiday named", () => {
  it.each([
    ["元旦放几天", "2025-12-20", "2026-01-01"],
    ["过年哪天放假", "2025-12-20", "2026-02-17"],
    ["春节", "2026-12-01", "2027-02-06"],
    ["除夕那天放不放假", "2026-12-01", "2027-02-05"],
    ["国庆上班吗", "2026-09-01", "2026-10-01"],
  ])("「%s」 said on %s is %s", (said, today, day) => {
    expect(formatDate(holidayDate(said, on(today))!)).toBe(day);
    expect(formatDate(daySaid(said, on(today))!)).toBe(day);
  });

  // A lunar day by month and day (大年、正月、腊月); 腊月三十 is 除夕 whether the month has a 30th or not.
  // A day named from another (元旦前一天、头一天、后一天), the month's last day, and 下个月1号.
  it.each([
    ["大年初八上不上班", "2026-12-01", "2027-02-13"],
    ["正月十五放假不", "2026-12-01", "2027-02-20"],
    ["腊月二十九上班吗", "2026-12-01", "2027-02-05"],
    ["腊月三十", "2026-12-01", "2027-02-05"],
    ["腊月廿八", "2026-12-01", "2027-02-04"],
    ["元旦前一天上不上班", "2026-12-01", "2026-12-31"],
    ["元旦头一天", "2026-12-01", "2026-12-31"],
    ["元旦后一天", "2026-12-01", "2027-01-02"],
    ["元旦那天上班不", "2026-12-01", "2027-01-01"],
    ["月底那天要上班不", "2026-12-01", "2026-12-31"],
    ["这个月最后一天上班不", "2026-11-10", "2026-11-30"],
    ["下个月1号上班不", "2026-12-01", "2027-01-01"],
  ])("「%s」 said on %s is %s", (said, today, day) => {
    expect(formatDate(daySaid(said, on(today))!)).toBe(day);
  });

  it("a bare 1号 asked on the 1st is next month's; 今天 stays today", () => {
    expect(formatDate(daySaid("1号上不上班", on("2026-12-01"))!)).toBe("2027-01-01");
    expect(formatDate(daySaid("今天1号上班吗", on("2026-12-01"))!)).toBe("2026-12-01");
  });

  it("the days off in a row, from the calendar, only where it knows the year", () => {
    const cal = createChinaCalendar();
    expect(daysOffAround(on("2026-01-01"), cal)).toBe(
      "连着放 1月1日（周四）至1月3日（周六），共3天，1月4日（周日）上班",
    );
    expect(daysOffAround(on("2026-02-17"), cal)).toContain("共9天");
    // A working day, and a plain weekend: nothing more to say.
    expect(daysOffAround(on("2026-12-02"), cal)).toBeUndefined();
    expect(daysOffAround(on("2026-12-05"), weekdayCalendar)).toBeUndefined();
    expect(daysOffAround(on("2026-12-05"), cal)).toBeUndefined();
  });
});
