import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { planSentence, problemText } from "../src/drafting/offline-plan.js";

/**
 * draft47: fresh colloquial work, plan and problem clauses (黔东南、甘南、延边、闽西-like material, voice input without punctuation, fillers,
 * Traditional characters, figures in words) as the offline drafter writes them, read by a 公文 writer. A clause reads
 * as written when none of its spoken fragments (`bad`) is left and every word that carries its meaning (`keep`) is
 * still there. Plans carry the day they were said (December unless `date`). The 44 lines were written before the
 * draft47 rules.
 */
interface Clause {
  kind: "work" | "problem" | "plan";
  said: string;
  date?: string;
  bad: string[];
  keep: string[];
}
const december = "2026-12-05";
const clauses: Clause[] = readFileSync(new URL("./fixtures/spoken-clauses-47.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Clause);

const written = (c: Clause) => {
  const date = c.date ?? december;
  if (c.kind === "problem") return problemText(c.said, date);
  if (c.kind === "plan") return planSentence(c.said, date);
  // Work as the draft's item shows it: its measures written (written-amounts.ts, 个 of people → 人).
  return writtenAmounts(cleanChat(c.said, date));
};
const reads = (c: Clause) => {
  const w = written(c);
  return c.bad.every((b) => !w.includes(b)) && c.keep.every((k) => w.includes(k));
};

describe("draft47: fresh colloquial clauses read as 公文 without losing what was said", () => {
  it("counts the clauses that read as written", () => {
    const missed = clauses.filter((c) => !reads(c)).map((c) => `${c.kind} ${c.said} → ${written(c)}`);
    console.log(`draft47 spoken clauses read as 公文: ${clauses.length - missed.length}/${clauses.length}`);
    for (const m of missed) console.log(`  miss: ${m}`);
    expect(clauses.length).toBeGreaterThanOrEqual(40);
    expect(clauses.length - missed.length).toBeGreaterThanOrEqual(0);
  });
});
