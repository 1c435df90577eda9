import type { Intent } from "../src/conversation/classify-intent.js";
import type { Command } from "../src/conversation/types.js";
import type { Org } from "../src/domain/org.js";
import {
  LEADER_SPLITS,
  type LeaderCase,
  leaderMatches,
  loadLeaderCorpus,
  rosterDraftVersion,
  scoreLeader,
} from "../test/corpus/score-leader.js";
import type { Row } from "./lib/stats.js";

/** As bench/understanding.ts prints a share: 97.7 % (43/44). */
const pct = (a: number, n: number) => (n === 0 ? "—" : `${((100 * a) / n).toFixed(1)} % (${a}/${n})`);

/**
 * The leaders' corpus (test/corpus/leader-intents.jsonl), tuned and held-out parts apart, beside
 * the same baseline as the staff corpus (command words only, the rest stored as reports).
 * Only the tuned part's misses are listed; the held-out part is counted.
 */
export function leaderRows(
  org: Org,
  commands: readonly Command[],
  baseline: (c: Pick<LeaderCase, "text">) => Intent,
  data: Record<string, unknown>,
  notes: string[],
): Row[] {
  const corpus = loadLeaderCorpus();
  const v = rosterDraftVersion(org);
  const rows: Row[] = [];
  for (const split of LEADER_SPLITS) {
    const cases = corpus.filter((c) => c.split === split);
    const s = scoreLeader(cases, org, commands);
    const base = cases.filter((c) => leaderMatches(c.expect, baseline(c), v, org.sections)).length;
    const baseStored = cases.filter(
      (c) => c.expect.intent !== "report" && baseline(c).kind === "report",
    ).length;
    rows.push({
      bench: "understanding",
      figure: `leader requests understood, ${split} (${cases.length})`,
      value: pct(s.correct, s.n),
      baseline: pct(base, cases.length),
      ratio: "",
      note: "baseline: command words only, the rest stored as reports",
    });
    rows.push({
      bench: "understanding",
      figure: `leader lines that would be stored, ${split}`,
      value: String(s.nonReportsStored),
      baseline: String(baseStored),
      ratio: "",
    });
    data[`intent-${split}`] = {
      n: s.n,
      correct: s.correct,
      baseline: base,
      failures: split === "leader" ? s.failures : undefined,
    };
    if (split === "leader" && s.failures.length > 0)
      notes.push(`leader misses: ${s.failures.map((f) => `「${f.text}」`).join(" ")}`);
  }
  return rows;
}
