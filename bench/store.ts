import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, runTs } from "./lib/child.js";
import { mb, ms, ratio, type Row } from "./lib/stats.js";
import type { StoreScenario, StoreScenarioResult } from "./store-worker.js";

/**
 * Store: one confirmed-update append with 1k, 10k and 100k updates stored, alternated in the same
 * process with its floor — a durable append (write + fdatasync) of one record's bytes, which does
 * not grow with history; and the open of each store beside reading + parsing its current year.
 * Each scenario runs in its own process (clean memory figures). Targets: append p99 at 100k ≤ 2×
 * the p99 at 1k; open of a 100k store ≤ 1 s for the current year.
 */
export interface StoreBenchOptions {
  quick: boolean;
}

export async function runStoreBench(
  o: StoreBenchOptions,
): Promise<{ rows: Row[]; data: unknown; notes: string[] }> {
  const cur = new Date().getFullYear();
  const past = (years: number, perYear: number) =>
    Array.from({ length: years }, (_, i) => ({ year: cur - years + i, count: perYear }));
  const k = o.quick ? 10 : 1;
  const appends = o.quick ? 100 : 1000;
  const scenarios: Array<Omit<StoreScenario, "dir">> = [
    { label: "1k, this yr", years: [{ year: cur, count: 1000 / k }], appends },
    { label: "10k, this yr", years: [{ year: cur, count: 10_000 / k }], appends },
    { label: "100k over 10 yrs", years: [...past(9, 10_000 / k), { year: cur, count: 10_000 / k }], appends },
    { label: "100k, all this yr", years: [{ year: cur, count: 100_000 / k }], appends },
  ];
  const results: StoreScenarioResult[] = [];
  for (const s of scenarios) {
    const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-store-"));
    try {
      const out = await runTs(join(REPO_ROOT, "bench/store-worker.ts"), [JSON.stringify({ ...s, dir })], {
        nodeArgs: ["--expose-gc"],
      });
      results.push(JSON.parse(out.trim().split("\n").pop()!) as StoreScenarioResult);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const rows: Row[] = [];
  for (const r of results) {
    rows.push({
      bench: "store",
      figure: `append p50 (${r.label})`,
      value: ms(r.append.p50),
      baseline: `${ms(r.floor.p50)} floor`,
      ratio: ratio(r.append.p50, r.floor.p50),
      note: `n=${r.append.n}, alternated with the floor (durable append of ${r.recordBytes} B)`,
    });
    rows.push({
      bench: "store",
      figure: `append p99 (${r.label})`,
      value: ms(r.append.p99),
      baseline: `${ms(r.floor.p99)} floor`,
      ratio: ratio(r.append.p99, r.floor.p99),
      note: `max ${ms(r.append.max)} (floor max ${ms(r.floor.max)}); first append ${ms(r.firstAppendMs)} (takes the hourly backup)`,
    });
    rows.push({
      bench: "store",
      figure: `open (${r.label})`,
      value: ms(r.openMs),
      baseline: `${ms(r.parseBaselineMs)} parse`,
      ratio: ratio(r.openMs, r.parseBaselineMs),
      note: `read+JSON.parse of the ${r.currentYearCount} this year; rss ${mb(r.memory.rssAfterOpen)} after open, peak ${mb(r.memory.peakRss)}`,
    });
  }
  const [small, , spread, oneYear] = results;
  const notes: string[] = [];
  if (small && spread) {
    const growth = spread.append.p99 / small.append.p99;
    const floorGrowth = spread.floor.p99 / small.floor.p99;
    notes.push(
      `store: append p99 at 100k (${spread.label}) is ×${growth.toFixed(2)} the p99 at 1k (target ≤ ×2; the floor's own ratio in the same runs ×${floorGrowth.toFixed(2)}) — ${growth <= 2 ? "met" : "NOT MET"}.`,
    );
    notes.push(
      `store: open of the 100k store over 10 years ${ms(spread.openMs)} (target ≤ 1 s for the current year) — ${spread.openMs <= 1000 ? "met" : "NOT MET"}; past years are known by their snapshots' index line and read on first use.`,
    );
  }
  if (oneYear) {
    notes.push(
      `store: with all 100k in the current year, open reads every record: ${ms(oneYear.openMs)} (JSON.parse alone ${ms(oneYear.parseBaselineMs)}); appends stay flat (p99 ${ms(oneYear.append.p99)} vs floor ${ms(oneYear.floor.p99)}).`,
    );
  }
  notes.push(
    "store: an append is one JSON line added to its month's journal and fdatasync'd (group-committed); the journal is folded into the month's snapshot in the background once it outgrows a quarter of it, so the timed appends include any compaction that fell among them.",
  );
  return { rows, data: results, notes };
}
