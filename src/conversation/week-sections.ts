import type { Org, Person } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/**
 * 「我这周还有啥没报的吗」: for a person who reports, which of their own sections have a confirmed update
 * from them this week (「本周无进展」 counts) and which do not — the reminder's rule (who-is-missing.ts),
 * said in one line under 我的填报's list. Undefined for people who do not report.
 */
export function weekSectionsLine(
  org: Org,
  person: Person,
  updates: readonly Update[],
  week: string,
): string | undefined {
  if (person.sections.length === 0 || person.role === "leader") return undefined;
  const own = org.sections.filter((s) => person.sections.includes(s.id));
  const done = new Set(
    updates
      .filter((u) => u.author === person.id && u.week === week && u.status === "confirmed")
      .map((u) => u.section),
  );
  const missing = own.filter((s) => !done.has(s.id));
  const pending = updates.filter(
    (u) => u.author === person.id && u.week === week && u.status === "draft",
  ).length;
  const waiting = pending > 0 ? `（另有 ${pending} 条待确认，确认后才算）` : "";
  if (missing.length === 0)
    return `本周您负责的${own.length > 1 ? "科室都" : "科室"}已填报${own.map((s) => `「${s.name}」`).join("")}。`;
  return `本周还没有已确认填报的科室：${missing.map((s) => `「${s.name}」`).join("")}${waiting}——直接发工作情况给我，没有进展可发「本周无进展」。`;
}
