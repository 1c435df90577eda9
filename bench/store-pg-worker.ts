/**
 * One PostgreSQL store scenario, run in its own process so memory figures belong to it alone:
 *   node --expose-gc --import tsx bench/store-pg-worker.ts '<json PgScenario>'
 * Prints one JSON line (PgScenarioResult) on stdout.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPgStore } from "../src/store/pg/open-pg-store.js";
import type { Store, UpdateQuery } from "../src/store/types.js";
import { makeRecord, makeUpdates } from "./lib/seed.js";
import { type Summary, summarize } from "./lib/stats.js";

export interface PgScenario {
  label: string;
  /** An empty database on a server with durable commits. */
  url: string;
  years: Array<{ year: number; count: number }>;
  appends: number;
  /** Samples of each query and of each open. */
  queries: number;
  opens: number;
  /** "seed" fills the database (its own process, so that the measuring one starts clean). */
  phase: "seed" | "measure";
}

export interface PgQueryResult {
  name: string;
  rows: number;
  figure: Summary;
  /** The same SQL through the bare client: rows fetched, no validation, no store. */
  floor: Summary;
}

export interface PgScenarioResult {
  label: string;
  total: number;
  seedSeconds: number;
  /** openPgStore (connect, schema check) beside a bare connect + SELECT 1. */
  open: Summary;
  openFloor: Summary;
  append: Summary;
  /** A bare durable INSERT of one record's JSON (autocommit) into a table without indexes. */
  floor: Summary;
  recordBytes: number;
  queries: PgQueryResult[];
  memory: { rssAfterOpen: number; peakRss: number };
}

const SEED_CHUNK = 5_000;

async function main(): Promise<void> {
  const sc = JSON.parse(process.argv[2]!) as PgScenario;
  const dataDir = mkdtempSync(join(tmpdir(), "zongjie-bench-pg-"));
  try {
    const out = sc.phase === "seed" ? await seed(sc, dataDir) : await run(sc, dataDir);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const storeAt = (sc: PgScenario, dataDir: string) => {
  const current = sc.years[sc.years.length - 1]!.year;
  return openPgStore(sc.url, {
    dataDir,
    log: () => undefined,
    now: () => new Date(`${current}-11-01T00:00:00Z`),
  });
};

/** Fills the database through the store itself (batches of addUpdates, each one transaction). */
async function seed(sc: PgScenario, dataDir: string): Promise<{ seedSeconds: number }> {
  const t = performance.now();
  const seeding = await storeAt(sc, dataDir);
  const seqs = new Map<string, number>();
  for (const { year, count } of sc.years) {
    const all = makeUpdates({ year, count, tag: `seed${year}`, seqs, lastDay: 300 });
    for (let i = 0; i < all.length; i += SEED_CHUNK) await seeding.addUpdates(all.slice(i, i + SEED_CHUNK));
  }
  await seeding.close();
  return { seedSeconds: (performance.now() - t) / 1000 };
}

async function run(sc: PgScenario, dataDir: string): Promise<Omit<PgScenarioResult, "seedSeconds">> {
  const current = sc.years[sc.years.length - 1]!.year;
  const open = () => storeAt(sc, dataDir);
  let t: number;
  const bare = new pg.Client({ connectionString: sc.url });
  await bare.connect();
  await bare.query("VACUUM ANALYZE");
  await bare.query("CREATE TABLE bench_floor (doc jsonb NOT NULL)");

  // Open, alternated with its floor: a bare connection and one round trip.
  const openTimes: number[] = [];
  const openFloorTimes: number[] = [];
  for (let i = 0; i < sc.opens; i++) {
    global.gc?.();
    t = performance.now();
    const s = await open();
    await s.listInbox();
    openTimes.push(performance.now() - t);
    await s.close();
    t = performance.now();
    const c = new pg.Client({ connectionString: sc.url });
    await c.connect();
    await c.query("SELECT 1");
    openFloorTimes.push(performance.now() - t);
    await c.end();
  }
  global.gc?.();
  const store = await open();
  const rssAfterOpen = process.memoryUsage().rss;

  // Appends, alternated with a bare durable insert of the same bytes.
  let n = 0;
  const appendDate = `${current}-10-15`;
  const record = () => {
    n += 1;
    return makeRecord({ id: `bench-${n}`, author: `staff-${n % 50}`, seq: 0, date: appendDate, i: n });
  };
  const recordJson = JSON.stringify(record());
  const appendTimes: number[] = [];
  const floorTimes: number[] = [];
  await store.addUpdate(record());
  await bare.query("INSERT INTO bench_floor (doc) VALUES ($1::jsonb)", [recordJson]);
  for (let i = 0; i < sc.appends; i++) {
    t = performance.now();
    await store.addUpdate(record());
    appendTimes.push(performance.now() - t);
    t = performance.now();
    await bare.query("INSERT INTO bench_floor (doc) VALUES ($1::jsonb)", [recordJson]);
    floorTimes.push(performance.now() - t);
  }

  const queries = [
    await timeQuery(
      store,
      bare,
      sc.queries,
      "one author's year",
      { author: "staff-7", from: `${current}-01-01`, to: `${current}-12-31` },
      ["author = $1 AND date >= $2 AND date <= $3", ["staff-7", `${current}-01-01`, `${current}-12-31`]],
    ),
    await timeQuery(
      store,
      bare,
      sc.queries,
      "a month, confirmed",
      { from: `${current}-03-01`, to: `${current}-03-31`, status: "confirmed" },
      [
        "date >= $1 AND date <= $2 AND status = ANY($3::text[])",
        [`${current}-03-01`, `${current}-03-31`, ["confirmed"]],
      ],
    ),
  ];
  await store.close();
  await bare.end();
  return {
    label: sc.label,
    total: sc.years.reduce((a, y) => a + y.count, 0),
    open: summarize(openTimes),
    openFloor: summarize(openFloorTimes),
    append: summarize(appendTimes),
    floor: summarize(floorTimes),
    recordBytes: Buffer.byteLength(recordJson),
    queries,
    memory: { rssAfterOpen, peakRss: process.resourceUsage().maxRSS * 1024 },
  };
}

/** The store's listUpdates, alternated with the same SQL through the bare client. */
async function timeQuery(
  store: Store,
  bare: pg.Client,
  samples: number,
  name: string,
  q: UpdateQuery,
  [where, params]: [string, unknown[]],
): Promise<PgQueryResult> {
  const sql = `SELECT doc FROM updates WHERE ${where} ORDER BY date, created_at, pos`;
  const figure: number[] = [];
  const floor: number[] = [];
  let rows = 0;
  for (let i = 0; i < samples; i++) {
    let t = performance.now();
    rows = (await store.listUpdates(q)).length;
    figure.push(performance.now() - t);
    t = performance.now();
    const r = await bare.query(sql, params);
    floor.push(performance.now() - t);
    if (r.rows.length !== rows)
      throw new Error(`${name}: the floor's SQL found ${r.rows.length} rows, the store ${rows}`);
  }
  return { name, rows, figure: summarize(figure), floor: summarize(floor) };
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
