import type { Section } from "../../src/domain/org.js";
import { parseDate, periodKey } from "../../src/domain/period.js";
import { summaryYearOn } from "../../src/domain/resolve-dates.js";
import { takePeriod } from "../../src/drafting/command-helpers.js";
import { resolvePart, withSectionName } from "../../src/drafting/resolve-part.js";
import { rosterDraftVersion } from "./roster-draft.js";

/**
 * The part of the draft a 查看草稿 (or a 重写's) arguments name, judged by the part they resolve to on a
 * draft of the roster's shape (opening, one part per section in roster order, problems, plan), as the
 * command resolves them: 「存在问题」 and 「问题」, 「科普」 and 「科普宣传与培训」, 「（三）」 and the third
 * section are one part. docs/understanding.md 第十八轮.
 */
type Named = Pick<Section, "id" | "name" | "aliases">;

/** Which part the words name: a part's key, `ask:<keys>` when the command would ask, or undefined. */
export function partNamed(words: string, sections: readonly Named[]): string | undefined {
  if (words.trim() === "" || sections.length === 0) return undefined;
  const r = resolvePart(
    rosterDraftVersion({ unit: "", sections: sections as Section[] }),
    withSectionName(words, sections as Section[]),
  );
  if (r.ambiguous) return `ask:${r.ambiguous.map((p) => p.key).join(",")}`;
  return r.part && r.rest === "" ? r.part.key : undefined;
}

/** The period said (as the commands read it on 2026-12-01) and the words left, or undefined if unclear. */
function split(args: string): { period: string; rest: string } | undefined {
  const today = parseDate("2026-12-01")!;
  const { period, rest, unclear } = takePeriod(args, today);
  if (unclear) return undefined;
  return {
    period: periodKey(period ?? { year: summaryYearOn(today) }),
    rest: rest.replace(/\s+/g, " ").trim(),
  };
}

/**
 * 查看草稿's arguments against the label: the same period, and the same part however it is named. A
 * label with the command alone accepts a part the bot read from the same text (the part of b8's
 * 参数补全, written into b33-023, b36-081 and b39-074: 查看草稿 → 查看草稿 计划) — never another period.
 */
export function sameDraftView(
  said: string,
  labelled: string | undefined,
  sections: readonly Named[],
): boolean | undefined {
  const a = split(said);
  const b = split(labelled ?? "");
  if (!a || !b || a.rest === "" || a.rest === b.rest) return undefined;
  const part = partNamed(a.rest, sections);
  if (part === undefined) return undefined;
  if (a.period !== b.period) return undefined;
  if (labelled === undefined) return true;
  return b.rest !== "" && partNamed(b.rest, sections) === part;
}

/** 进度 with 本周 or 这周 is 进度 alone (the command shows this week by default). */
export function sameProgress(said: string, labelled: string): boolean {
  const week = (s: string) =>
    s.trim().replace(/^(?:本周|这周|本礼拜|这礼拜|这星期|本星期|这个星期|这个礼拜)$/, "");
  return week(said) === week(labelled);
}
