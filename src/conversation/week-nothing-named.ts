import type { Section } from "../domain/org.js";
import type { Intent } from "./classify-intent.js";
import { reminderWeekNothing, weekNothingClause } from "./week-nothing.js";

/**
 * 「这礼拜全局都扑在防汛上了 办公室自个儿的活儿一点没动」「办公室本身嘅工作停咗摆」 from someone who reports for several
 * sections: nothing new said of one of them, named (its name or an alias, 办公室 for 综合管理与安全生产) in the clause that
 * says so — 本周无进展 for that section only, not for every section they report for (b94-d16, b98-d16). Nothing named, or
 * more than one named, or one named elsewhere in the message (「在办公室写了一礼拜材料 没啥进展」 names where, not what):
 * 本周无进展 for all of them, as before.
 */
export function noProgressFor(
  norm: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
): Intent {
  const all: Intent = { kind: "command", command: "本周无进展", text: "本周无进展" };
  if (sections.length < 2) return all;
  const clause = weekNothingClause(norm);
  if (!clause) return all;
  const named = sections.filter((s) =>
    [s.name, ...s.aliases].some((w) => w.length >= 2 && clause.includes(w) && !clause.includes(`在${w}`)),
  );
  return named.length === 1 ? { ...all, text: `本周无进展 ${named[0]!.name}` } : all;
}

/** The weekly reminder quoted and answered with nothing new (reminderWeekNothing): 本周无进展, for the section named. */
export function reminderNothing(
  norm: string,
  rest: string,
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>,
): Intent | undefined {
  return reminderWeekNothing(norm, rest, sections) ? noProgressFor(rest, sections) : undefined;
}
