import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, runTs } from "./lib/child.js";
import { mb, ms, ratio, type Row } from "./lib/stats.js";
import type { StoreScenario, StoreScenarioResult } from "./store-worker.js";

/**
 * Store: the time of one confirmed-update append with 1k, 10k and 100k updates already stored,
 * beside the floor of a crash-safe write of a file the size of the shard being written.
 * Each scenario runs in its own process (clean memory figures).
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
  const appends = o.quick ? 20 : 200;
  const scenarios: Array<Omit<StoreScenario, "dir">> = [
    { label: "", years: [{ year: cur, count: 1000 / k }], appends },
    { label: "", years: [{ year: cur, count: 10_000 / k }], appends },
    { label: "", years: [{ year: cur, count: 100_000 / k }], appends: Math.max(10, Math.round(appends / 6)) },
    { label: "", years: [...past(9, 10_000 / k), { year: cur, count: 10_000 / k }], appends },
  ];
  for (const s of scenarios) {
    const total = s.years.reduce((a, y) => a + y.count, 0);
    const current = s.years[s.years.length - 1]!.count;
    s.label =
      s.years.length > 1
        ? `${kilo(total)} over ${s.years.length} yrs, ${kilo(current)} this yr`
        : `${kilo(total)}, all this yr`;
  }
  const results: StoreScenarioResult[] = [];
  for (const s of scenarios) {
    const dir = mkdtempSync(join(tmpdir(), "zongjie-bench-store-"));
    try {
      const out = await runTs(join(REPO_ROOT, "bench/store-worker.ts"), [JSON.stringify({ ...s, dir })]);
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
      note: `shard ${r.currentYear}-10.json ${mb(r.shardBytesAfter)}; n=${r.append.n}`,
    });
    rows.push({
      bench: "store",
      figure: `append p99 (${r.label})`,
      value: ms(r.append.p99),
      baseline: `${ms(r.floor.p99)} floor`,
      ratio: ratio(r.append.p99, r.floor.p99),
      note: `first append ${ms(r.firstAppendMs)} (takes the hourly backup copy)`,
    });
    rows.push({
      bench: "store",
      figure: `open (${r.label})`,
      value: ms(r.openMs),
      baseline: `${ms(r.parseBaselineMs)} JSON.parse`,
      ratio: ratio(r.openMs, r.parseBaselineMs),
      note: "load + validate + index every shard",
    });
  }
  const big = results[2];
  const spread = results[3];
  for (const r of [spread, big]) {
    if (!r) continue;
    rows.push({
      bench: "store",
      figure: `memory (${r.label})`,
      value: `rss ${mb(r.memory.rssAfterOpen)}, heap ${mb(r.memory.heapAfterOpen)}`,
      baseline: `peak rss ${mb(r.memory.peakRss)}`,
      ratio: "",
      note: `after open; heap after appends ${mb(r.memory.heapAfterAppends)}`,
    });
  }

  const notes: string[] = [];
  const small = results[0]!;
  const ten = results[1]!;
  if (big && big.append.p50 > 2 * small.append.p50) {
    notes.push(
      `store: append time GROWS with the current year's history: p50 ${ms(small.append.p50)} at ${small.currentYearCount} → ` +
        `${ms(ten.append.p50)} at ${ten.currentYearCount} → ${ms(big.append.p50)} at ${big.currentYearCount} updates in one year ` +
        "(every append rewrites its month shard, fsync + rename; a month holding this many records costs its floor).",
    );
  }
  if (spread) {
    const same = spread.append.p50 / ten.append.p50;
    const floorSame = spread.floor.p50 / ten.floor.p50;
    notes.push(
      `store: past years ${same <= 1.5 * Math.max(1, floorSame) ? "do not slow" : "SLOW"} appends: p50 ${ms(ten.append.p50)} with ` +
        `${kilo(ten.total)} stored in one year vs ${ms(spread.append.p50)} with ${kilo(spread.total)} stored over ` +
        `${spread.total / spread.currentYearCount} years (${kilo(spread.currentYearCount)} in the current year; floors ` +
        `${ms(ten.floor.p50)} vs ${ms(spread.floor.p50)}) — one shard per month bounds the cost.`,
    );
  }
  notes.push(
    "store: each append is one crash-safe write of its month shard (temp file, fsync, rename; seq numbers are derived from the shards); the floor column is one such write of the shard's size.",
  );
  return { rows, data: results, notes };
}

function kilo(n: number): string {
  return n >= 1000 ? `${Math.round(n / 1000)}k` : String(n);
}
