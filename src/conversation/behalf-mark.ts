import { findPerson, type Org, sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";

/* 代报 (report-for-colleague.ts): how an update reported for a colleague is marked on its card and in lists. */

/** The card's one line: 「代孙磊填报 · 科技特派员与乡村振兴」. */
export function behalfLine(org: Org, u: Pick<Update, "reportedFor" | "section">): string | undefined {
  if (!u.reportedFor) return undefined;
  const name = findPerson(org, u.reportedFor)?.name ?? u.reportedFor;
  return `代${name}填报 · ${sectionName(org, u.section)}`;
}

/**
 * The mark in a list line: the sender sees 「代孙磊填」, the colleague (`viewer`) 「李明代填」; nothing on one's own.
 */
export function behalfMark(org: Org, u: Pick<Update, "reportedFor" | "author">, viewer?: string): string {
  if (!u.reportedFor) return "";
  if (viewer === u.reportedFor) return `（${findPerson(org, u.author)?.name ?? u.author}代填）`;
  return `（代${findPerson(org, u.reportedFor)?.name ?? u.reportedFor}填）`;
}
