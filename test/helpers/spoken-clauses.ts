import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanChat } from "../../src/drafting/clean-chat.js";
import { planSentence, problemText } from "../../src/drafting/offline-plan.js";
import { writtenAmounts } from "../../src/drafting/written-amounts.js";

/**
 * A set of fresh colloquial work, plan and problem clauses (test/fixtures/spoken-clauses-NN.jsonl), each written
 * before the round's drafting rules, as the offline drafter writes them and a 公文 writer reads them. A clause reads
 * as written when none of its spoken or broken fragments (`bad`) is left and every word that carries its meaning
 * (`keep`) is still there. Plans carry the day they were said (December unless `date`).
 */
export interface SpokenClause {
  kind: "work" | "problem" | "plan";
  said: string;
  date?: string;
  bad: string[];
  keep: string[];
}

const december = "2026-12-05";

export const readSpokenClauses = (fixture: string): SpokenClause[] =>
  readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as SpokenClause);

/** The clause as the draft shows it: problems and plans by their sentence makers, work with its measures written. */
export const writtenClause = (c: SpokenClause): string => {
  const date = c.date ?? december;
  if (c.kind === "problem") return problemText(c.said, date);
  if (c.kind === "plan") return planSentence(c.said, date);
  return writtenAmounts(cleanChat(c.said, date));
};

export const readsAsWritten = (c: SpokenClause): boolean => {
  const w = writtenClause(c);
  return c.bad.every((b) => !w.includes(b)) && c.keep.every((k) => w.includes(k));
};

/**
 * One round's set as a test: prints the count and the misses, and holds the count at or above `floor` (the count
 * measured when the set was last moved), so a later rule that spoils a clause that read well fails here.
 */
export const spokenClausesSuite = (round: string, fixture: string, floor: number): void => {
  describe(`${round}: fresh colloquial clauses read as 公文 without losing what was said`, () => {
    it(`counts the clauses that read as written (at least ${floor})`, () => {
      const clauses = readSpokenClauses(fixture);
      const missed = clauses
        .filter((c) => !readsAsWritten(c))
        .map((c) => `${c.kind} ${c.said} → ${writtenClause(c)}`);
      console.log(
        `${round} spoken clauses read as 公文: ${clauses.length - missed.length}/${clauses.length}`,
      );
      for (const m of missed) console.log(`  miss: ${m}`);
      expect(clauses.length).toBeGreaterThanOrEqual(40);
      expect(clauses.length - missed.length).toBeGreaterThanOrEqual(floor);
    });
  });
};
