import type { Org, Person } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { whoIsMissing } from "../reminders/who-is-missing.js";

/**
 * 「我这周还有啥没报的吗」: for a person who reports, which of their own sections have a confirmed update
 * from them this week (「本周无进展」 counts) and which do not — decided by the weekly reminder's own rule
 * (who-is-missing.ts), said in one line under 我的填报's list. Undefined for people who do not report.
 */
export function weekSectionsLine(
  org: Org,
  person: Person,
  updates: readonly Update[],
  week: string,
): string | undefined {
  const decision = whoIsMissing({ org, week, updates, prefs: () => undefined, dates: [] }).find(
    (d) => d.person.id === person.id,
  );
  if (!decision || decision.verdict === "not-asked") return undefined;
  const names = (ss: readonly { name: string }[]) => ss.map((s) => `「${s.name}」`).join("");
  if (decision.missing.length === 0)
    return `本周您负责的${decision.reported.length > 1 ? "科室都" : "科室"}已填报${names(decision.reported)}。`;
  const pending = updates.filter(
    (u) => u.author === person.id && u.week === week && u.status === "draft",
  ).length;
  const waiting = pending > 0 ? `（另有 ${pending} 条待确认，确认后才算）` : "";
  return `本周还没有已确认填报的科室：${names(decision.missing)}${waiting}——直接发工作情况给我，没有进展可发「本周无进展」。`;
}
