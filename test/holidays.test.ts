import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.js";
import { loadConfig } from "../src/load-config.js";
import { parseDate } from "../src/domain/period.js";
import { isAppError } from "../src/errors.js";
import { createLogger } from "../src/log.js";
import { createChinaCalendar } from "../src/reminders/calendar.js";
import { loadHolidayFile, parseHolidayFile } from "../src/reminders/holiday-file.js";
import { planWeek } from "../src/reminders/plan-week.js";
import { remindersFeature } from "../src/reminders/feature.js";
import { EXAMPLE_ORG } from "./helpers/test-app.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * The administrator's holiday file (data/holidays.json) over the chinese-days package. The 2035
 * dates below are invented for the test (no notice for 2035 exists): a year only the file knows.
 */
useTmpDirs();

const TZ = "Asia/Shanghai";
const FRIDAY_16 = "0 16 * * 5";
const d = (s: string) => parseDate(s)!;

const INVENTED_2035 = {
  "2035": {
    source: "测试用虚构数据",
    holidays: [
      { name: "元旦", from: "2035-01-01" },
      { name: "国庆节", from: "2035-10-01", to: "2035-10-07" },
    ],
    workdays: [
      { name: "国庆节", date: "2035-09-29" },
      { name: "国庆节", date: "2035-10-13" },
    ],
  },
};

function writeJson(value: unknown): string {
  const file = path.join(makeTmpDir(), "holidays.json");
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}

describe("holiday file", () => {
  it("decides a year only the file knows: holidays, make-up Saturdays, and the reminder plan", async () => {
    const plain = createChinaCalendar();
    expect(plain.covers(2035)).toBe(false);
    const warnings: string[] = [];
    const cal = createChinaCalendar({
      holidays: await loadHolidayFile(writeJson(INVENTED_2035)),
      warn: (m) => warnings.push(m),
    });
    expect(cal.covers(2035)).toBe(true);
    expect(cal.isWorkingDay(d("2035-10-03"))).toBe(false); // a Wednesday off
    // Without the file only the fixed days are known (国庆 10-01 to 10-03 by law); 10-05 is the file's.
    expect(plain.isWorkingDay(d("2035-10-03"))).toBe(false);
    expect(cal.isWorkingDay(d("2035-10-05"))).toBe(false); // a Friday off
    expect(plain.isWorkingDay(d("2035-10-05"))).toBe(true);
    expect(cal.isWorkingDay(d("2035-10-13"))).toBe(true); // Saturday, 调休上班
    expect(cal.isWorkingDay(d("2035-10-20"))).toBe(false); // an ordinary Saturday
    expect(cal.isWorkingDay(d("2035-03-02"))).toBe(true); // an ordinary Friday
    expect(cal.describe(d("2035-10-03"))).toBe("周三（国庆节假期）");
    expect(cal.describe(d("2035-09-29"))).toBe("周六（国庆节调休上班）");
    // The National Day week has no working day: no reminder that week; the week before is normal.
    expect(planWeek(FRIDAY_16, "2035-W40", TZ, cal).due).toBeUndefined();
    expect(planWeek(FRIDAY_16, "2035-W39", TZ, cal).due?.toISOString()).toBe(
      new Date("2035-09-28T16:00:00+08:00").toISOString(),
    );
    expect(warnings).toEqual([]);
  });

  it("takes precedence over the package for a year both know", async () => {
    const file = writeJson({
      "2025": {
        holidays: [{ name: "清明节", from: "2025-04-05", to: "2025-04-07" }],
        workdays: [{ name: "清明节", date: "2025-04-13" }],
      },
    });
    const cal = createChinaCalendar({ holidays: await loadHolidayFile(file) });
    expect(createChinaCalendar().isWorkingDay(d("2025-04-04"))).toBe(false); // the package: 清明
    expect(cal.isWorkingDay(d("2025-04-04"))).toBe(true); // the file says otherwise
    expect(cal.isWorkingDay(d("2025-04-07"))).toBe(false);
    expect(cal.isWorkingDay(d("2025-04-13"))).toBe(true);
  });

  it("refuses a file with mistakes, naming the file and every problem", () => {
    const bad = {
      "2035": {
        holidays: [
          { name: "春节", from: "2035-02-30" },
          { name: "国庆节", from: "2035-10-07", to: "2035-10-01" },
          { name: "劳动节", from: "2034-05-01" },
          { name: "中秋节", from: "2035-09-01", to: "2035-09-30" },
        ],
        workdays: [
          { name: "春节", date: "2035-02-08" },
          { name: "元旦", date: "2035-10-06" },
        ],
      },
    };
    let err: unknown;
    try {
      parseHolidayFile(bad, "/srv/bot/data/holidays.json");
    } catch (e) {
      err = e;
    }
    expect(isAppError(err, "CONFIG_INVALID")).toBe(true);
    const msg = (err as Error).message;
    expect(msg).toContain("/srv/bot/data/holidays.json");
    expect(msg).toContain("2035.holidays[0]（春节）: 日期不存在");
    expect(msg).toContain("2035.holidays[1]（国庆节）: 结束日期早于开始日期");
    expect(msg).toContain("2035.holidays[2]（劳动节）: 日期不在 2035 年内");
    expect(msg).toContain("2035.holidays[3]（中秋节）: 超过");
    expect(msg).toContain("2035-02-08 不是周末");
    expect(() => parseHolidayFile({ "35": { holidays: [] } }, "h.json")).toThrow(/年份应为四位数字/);
    expect(() =>
      parseHolidayFile(
        {
          "2035": {
            holidays: [{ name: "国庆节", from: "2035-10-01", to: "2035-10-07" }],
            workdays: [{ name: "国庆节", date: "2035-10-06" }],
          },
        },
        "h.json",
      ),
    ).toThrow(/既是假日又是调休上班日/);
  });

  it("a missing file is fine; a broken one stops the start with the file named", async () => {
    expect(await loadHolidayFile(path.join(makeTmpDir(), "none.json"))).toBeUndefined();
    const file = path.join(makeTmpDir(), "holidays.json");
    writeFileSync(file, '{ "2035": ');
    const config = loadConfig({ DATA_DIR: makeTmpDir(), ORG_FILE: EXAMPLE_ORG, HOLIDAYS_FILE: file });
    const err = await createApp({
      config,
      features: [remindersFeature],
      log: createLogger({ level: "silent" }),
    })
      .then(() => undefined)
      .catch((e) => e);
    expect(isAppError(err, "CONFIG_INVALID")).toBe(true);
    expect(String(err.message)).toContain(file);
  });

  it("warns at start-up about the missing year, naming the file to fill", async () => {
    const start = async (holidaysFile: string, now: string) => {
      const lines: string[] = [];
      const config = loadConfig({
        DATA_DIR: makeTmpDir(),
        ORG_FILE: EXAMPLE_ORG,
        HOLIDAYS_FILE: holidaysFile,
      });
      const app = await createApp({
        config,
        clock: { now: () => new Date(now) },
        features: [remindersFeature],
        log: createLogger({ level: "warn", sink: (l) => lines.push(l) }),
      });
      await app.close();
      return lines;
    };
    const missing = path.join(makeTmpDir(), "holidays.json");
    // December 2034: next year's notice is due, and no data has 2035.
    const warned = await start(missing, "2034-12-01T10:00:00+08:00");
    expect(warned).toHaveLength(2); // 2034 and 2035 are both beyond the package
    expect(warned[1]).toContain("节假日数据缺少 2035 年");
    expect(warned[1]).toContain(missing);
    // With the file filled in for 2035, only 2034 is still missing.
    const filled = await start(writeJson(INVENTED_2035), "2034-12-01T10:00:00+08:00");
    expect(filled.filter((l) => l.includes("2035"))).toEqual([]);
    expect(filled.some((l) => l.includes("缺少 2034 年"))).toBe(true);
    // Mid-year the next year is not asked for yet.
    expect(await start(missing, "2025-06-01T10:00:00+08:00")).toEqual([]);
  });
});

describe("docs/reminders.md", () => {
  it("shows a 2027 example that the validator accepts, marked as not official", () => {
    const doc = readFileSync(path.resolve(import.meta.dirname, "../docs/reminders.md"), "utf8");
    const block = /<!-- holidays-example -->\s*```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(block).toBeDefined();
    const table = parseHolidayFile(JSON.parse(block ?? ""), "docs/reminders.md");
    expect([...table.years]).toEqual([2027]);
    expect(doc).toContain("不是官方的 2027 年放假安排");
    const cal = createChinaCalendar({ holidays: table });
    expect(cal.isWorkingDay(d("2027-10-09"))).toBe(true);
    expect(cal.isWorkingDay(d("2027-10-04"))).toBe(false);
  });
});
