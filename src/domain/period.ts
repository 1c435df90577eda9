/**
 * Calendar arithmetic in the bureau's time zone (Asia/Shanghai by default). Pure functions,
 * the clock is always passed in. A "period" is a year or a half-year of reporting.
 */
export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface Period {
  year: number;
  /** 1 = 上半年 (Jan–Jun), 2 = 下半年 (Jul–Dec), undefined = the whole year. */
  half?: 1 | 2;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone: tz,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      weekday: "short",
    });
    formatters.set(tz, f);
  }
  return f;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export function toLocal(at: Date, tz: string): LocalDateTime {
  const parts = Object.fromEntries(
    formatter(tz)
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS[parts.weekday as string] ?? 1,
  };
}

export function formatDate(d: LocalDate): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

export function parseDate(s: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(s.trim());
  if (!m) return undefined;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (check.getUTCMonth() !== d.month - 1 || check.getUTCDate() !== d.day) return undefined;
  return d;
}

/** The local calendar date of an instant, as YYYY-MM-DD. */
export function localDateString(at: Date, tz: string): string {
  return formatDate(toLocal(at, tz));
}

/** ISO-8601 week of a calendar date, e.g. "2025-W07" (the ISO year may differ from the calendar year). */
export function isoWeekOfDate(d: LocalDate): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function isoWeek(at: Date, tz: string): string {
  return isoWeekOfDate(toLocal(at, tz));
}

/** Monday..Sunday dates (YYYY-MM-DD) of the ISO week containing the date. */
export function weekDates(d: LocalDate): string[] {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() - (dow - 1));
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    out.push(t.toISOString().slice(0, 10));
    t.setUTCDate(t.getUTCDate() + 1);
  }
  return out;
}

export function addDays(d: LocalDate, n: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function periodKey(p: Period): string {
  return p.half ? `${p.year}H${p.half}` : String(p.year);
}

export function periodLabel(p: Period): string {
  if (!p.half) return `${p.year}年`;
  return p.half === 1 ? `${p.year}年上半年` : `${p.year}年下半年`;
}

/** Inclusive date range [from, to] of a period, as YYYY-MM-DD strings. */
export function periodRange(p: Period): { from: string; to: string } {
  if (p.half === 1) return { from: `${p.year}-01-01`, to: `${p.year}-06-30` };
  if (p.half === 2) return { from: `${p.year}-07-01`, to: `${p.year}-12-31` };
  return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
}

export function inPeriod(date: string, p: Period): boolean {
  const r = periodRange(p);
  const d = date.slice(0, 10);
  return d >= r.from && d <= r.to;
}

/** Parse "2025", "2025H1", "2025上半年", "2025年下半年". */
export function parsePeriod(s: string): Period | undefined {
  const m = /^(\d{4})\s*年?\s*(H1|H2|上半年|下半年)?$/i.exec(s.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const h = m[2]?.toUpperCase();
  if (!h) return { year };
  return { year, half: h === "H1" || h === "上半年" ? 1 : 2 };
}

/** Earliest year a summary may be drafted for. */
export const MIN_PERIOD_YEAR = 2000;

/**
 * Why a period cannot be drafted, in words for the leader, or undefined when it can: years
 * before MIN_PERIOD_YEAR or after next year (「生成总结 1900」 would make an empty draft that
 * becomes the current one).
 */
export function periodYearProblem(p: Period, thisYear: number): string | undefined {
  if (p.year >= MIN_PERIOD_YEAR && p.year <= thisYear + 1) return undefined;
  return `${p.year}年不在可以起草的范围内（${MIN_PERIOD_YEAR}年至${thisYear + 1}年），没有生成草稿。请发送如「生成${thisYear}年总结」。`;
}

/** The year a summary is drafted for at `at`: this year, but last year in January and February. */
export function summaryYear(at: Date, tz: string): number {
  const local = toLocal(at, tz);
  return local.month <= 2 ? local.year - 1 : local.year;
}
