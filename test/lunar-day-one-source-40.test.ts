import { describe, expect, it } from "vitest";
import { lunarDay } from "../src/domain/lunar-date.js";
import { formatDate, parseDate } from "../src/domain/period.js";
import { holidayDate } from "../src/reminders/holiday-days.js";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * review40: a lunar day said in a report (clause-date.ts through lunar-date.ts) and one asked about as a day off
 * (holiday-days.ts) come from the same lunar calendar — the chinese-days package's — not from a hand table of
 * Spring Festivals with 腊月 taken as thirty days.
 */
const on = (s: string) => parseDate(s)!;
const day = (said: string, today: string) => {
  const d = lunarDay(said, on(today));
  return d ? formatDate(d) : undefined;
};

describe("a lunar day said in a report falls on the calendar's day", () => {
  it("in a 腊月 of 29 days (lunar 2025: 腊月初一 is 19 January 2026) 腊月二十三 is 10 February", () => {
    expect(day("腊月二十三", "2026-02-01")).toBe("2026-02-10");
    expect(day("腊月廿八", "2026-02-01")).toBe("2026-02-15");
  });
  it("腊月三十 in a 29-day 腊月 is 除夕, the day before 正月初一", () => {
    expect(day("腊月三十", "2026-02-01")).toBe("2026-02-16");
  });
  it("outside the years a table would list (2032)", () => {
    expect(day("正月十五", "2032-02-20")).toBe("2032-02-25");
  });
  it("as before: 正月十五 of 2026 is 3 March, the nearest year's day (past ones too)", () => {
    expect(day("正月十五", "2026-02-10")).toBe("2026-03-03");
    expect(day("腊月二十六", "2026-02-20")).toBe("2026-02-13");
    expect(day("腊月初八", "2026-12-20")).toBe("2027-01-15");
  });
  it("nothing lunar said: nothing", () => {
    expect(day("三月十五", "2026-02-10")).toBeUndefined();
    expect(day("正月里", "2026-02-10")).toBeUndefined();
  });
});

describe("the clause's kind follows the calendar's day", () => {
  it("腊月二十三 said on 9 February 2026 (腊月二十二) is still ahead: a plan", () => {
    expect(kindOf("腊月二十三在集镇办年货节", "年货节", "2026-02-09")).toBe("plan");
  });
});

describe("the day off asked about reads the same day", () => {
  it("腊月二十三 asked on 1 February 2026 is 10 February in both", () => {
    expect(formatDate(holidayDate("腊月二十三上班吗", on("2026-02-01"))!)).toBe("2026-02-10");
  });
});

describe("大年 before a day is 正月 only before 初N: 大年三十 is 除夕, the last day of the year", () => {
  it("asked as a day off, 大年三十 is 除夕 as 年三十 is (was read 正月三十, 7 March 2027)", () => {
    expect(formatDate(holidayDate("大年三十上班吗", on("2026-12-01"))!)).toBe("2027-02-05");
    expect(formatDate(holidayDate("大年初八上班吗", on("2026-12-01"))!)).toBe("2027-02-13");
  });
  it("said in a report, 大年初八 is the day it falls on", () => {
    expect(day("大年初八全局收心会", "2026-02-12")).toBe("2026-02-24");
  });
});
