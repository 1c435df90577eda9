import { join } from "node:path";
import { findPgBinaries, NO_PG_REASON, startPgServer } from "../test/helpers/pg-server.js";
import { REPO_ROOT, runTs } from "./lib/child.js";
import { Skip } from "./lib/skip.js";
import { mb, ms, msRow, type Row } from "./lib/stats.js";
import type { PgScenario, PgScenarioResult } from "./store-pg-worker.js";

/**
 * The PostgreSQL store beside lowdb's figures (bench "store"): at 1k, 10k and 100k updates, one
 * confirmed-update append alternated with its floor — a bare durable INSERT of the same JSON (one
 * commit, no indexes, no counters) on the same server; open (connect + schema check) beside a
 * bare connect; and two listUpdates queries beside the same SQL through the bare client (what the
 * store adds: validation, building the query). A throw-away server with durable commits (fsync
 * on), one fresh database per scenario, each scenario in its own process.
 * Skipped, saying why, where this machine has no PostgreSQL binaries.
 */
export async function runStorePgBench(o: {
  quick: boolean;
}): Promise<{ rows: Row[]; data: unknown; notes: string[] }> {
  const bins = findPgBinaries();
  if (!bins) throw new Skip(NO_PG_REASON);
  const cur = new Date().getFullYear();
  const k = o.quick ? 10 : 1;
  const past = (years: number, perYear: number) =>
    Array.from({ length: years }, (_, i) => ({ year: cur - years + i, count: perYear }));
  const scenarios: Array<Omit<PgScenario, "url" | "phase">> = [
    { label: "1k, this yr", years: [{ year: cur, count: 1000 / k }] },
    { label: "10k, this yr", years: [{ year: cur, count: 10_000 / k }] },
    { label: "100k over 10 yrs", years: [...past(9, 10_000 / k), { year: cur, count: 10_000 / k }] },
  ].map((s) => ({
    ...s,
    appends: o.quick ? 100 : 1000,
    queries: o.quick ? 20 : 100,
    opens: o.quick ? 5 : 20,
  }));

  const server = await startPgServer(bins, { durable: true });
  const results: PgScenarioResult[] = [];
  try {
    for (const s of scenarios) {
      const url = await server.createDatabase("bench");
      const phase = async (p: PgScenario["phase"]) => {
        const args = [JSON.stringify({ ...s, url, phase: p })];
        const out = await runTs(join(REPO_ROOT, "bench/store-pg-worker.ts"), args, {
          nodeArgs: ["--expose-gc"],
        });
        return JSON.parse(out.trim().split("\n").pop()!);
      };
      const { seedSeconds } = (await phase("seed")) as { seedSeconds: number };
      results.push({ ...((await phase("measure")) as PgScenarioResult), seedSeconds });
    }
  } finally {
    await server.stop();
  }

  const rows: Row[] = [];
  const row = (figure: string, value: number, base: number, baseLabel: string, note: string) =>
    rows.push(msRow("store-pg", figure, value, base, baseLabel, note));
  for (const r of results) {
    const { append, floor, open } = r;
    row(
      `append p50 (${r.label})`,
      append.p50,
      floor.p50,
      "floor",
      `n=${append.n}, alternated with a bare durable INSERT of the same ${r.recordBytes} B`,
    );
    row(
      `append p99 (${r.label})`,
      append.p99,
      floor.p99,
      "floor",
      `max ${ms(append.max)} (floor max ${ms(floor.max)})`,
    );
    row(
      `open p50 (${r.label})`,
      open.p50,
      r.openFloor.p50,
      "connect",
      `n=${open.n}; rss ${mb(r.memory.rssAfterOpen)} after open, peak ${mb(r.memory.peakRss)}; seeding ${r.seedSeconds.toFixed(1)} s (another process)`,
    );
    for (const q of r.queries) {
      row(
        `listUpdates p50: ${q.name} (${r.label})`,
        q.figure.p50,
        q.floor.p50,
        "bare SQL",
        `${q.rows} rows; p99 ${ms(q.figure.p99)} (bare ${ms(q.floor.p99)}), n=${q.figure.n}`,
      );
    }
  }
  const notes: string[] = [];
  const [small, , big] = results;
  if (small && big) {
    const growth = big.append.p99 / small.append.p99;
    notes.push(
      `store-pg: append p99 at 100k is ×${growth.toFixed(2)} the p99 at 1k (the floor's own ratio ×${(big.floor.p99 / small.floor.p99).toFixed(2)}); open at 100k ${ms(big.open.p50)} vs ${ms(small.open.p50)} at 1k — nothing is loaded at open.`,
    );
  }
  notes.push(
    "store-pg: a throw-away PostgreSQL on this machine (loopback, fsync on). An append is one statement (bump the author's counter row, insert the record and its message ids, atomic without BEGIN/COMMIT); the floor is one autocommit INSERT of the same JSON into a table without indexes — the ratio is what the counter, the indexes and validation add.",
  );
  return { rows, data: results, notes };
}
