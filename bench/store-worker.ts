/**
 * One store scenario, run in its own process so memory figures belong to it alone:
 *   node --expose-gc --import tsx bench/store-worker.ts '<json StoreScenario>'
 * Prints one JSON line (StoreScenarioResult) on stdout.
 */
import { open, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.js";
import { makeRecord, makeUpdates, writeMonthShards } from "./lib/seed.js";
import { type Summary, summarize } from "./lib/stats.js";

export interface StoreScenario {
  label: string;
  dir: string;
  /** Updates to seed per year; the last year is the "current" one that appends go to. */
  years: Array<{ year: number; count: number }>;
  appends: number;
}

export interface StoreScenarioResult {
  label: string;
  total: number;
  currentYear: number;
  currentYearCount: number;
  snapshotBytes: number;
  openMs: number;
  /** Reading + JSON.parse of the current year's snapshots: what any open of that year must do. */
  parseBaselineMs: number;
  append: Summary;
  /** The first append of the process: includes the hourly rolling backup copy. */
  firstAppendMs: number;
  floor: Summary;
  recordBytes: number;
  memory: { rssAfterOpen: number; heapAfterOpen: number; peakRss: number; heapAfterAppends: number };
}

async function main(): Promise<void> {
  const sc = JSON.parse(process.argv[2]!) as StoreScenario;
  const seqs = new Map<string, number>();
  let snapshotBytes = 0;
  for (const { year, count } of sc.years) {
    snapshotBytes += await writeMonthShards(
      sc.dir,
      makeUpdates({ year, count, tag: `seed${year}`, seqs, lastDay: 300 }),
    );
  }
  const current = sc.years[sc.years.length - 1]!.year;
  // Appends go to October, which holds ~1/10 of the year's seeded updates (dates fill days 1-300).
  const appendDate = `${current}-10-15`;

  // Baseline for opening: read + JSON.parse the current year's snapshots, nothing else.
  global.gc?.();
  let t = performance.now();
  for (const name of await readdir(join(sc.dir, "updates")))
    if (name.startsWith(`${current}-`)) JSON.parse(await readFile(join(sc.dir, "updates", name), "utf8"));
  const parseBaselineMs = performance.now() - t;

  global.gc?.();
  t = performance.now();
  const store = await openStore(sc.dir, {
    log: () => undefined,
    now: () => new Date(`${current}-11-01T00:00:00Z`),
  });
  const openMs = performance.now() - t;
  const mem1 = process.memoryUsage();

  let n = 0;
  const record = () => {
    n += 1;
    return makeRecord({ id: `bench-${n}`, author: `staff-${n % 50}`, seq: 0, date: appendDate, i: n });
  };
  const recordBytes = Buffer.byteLength(JSON.stringify(record()));
  // The floor: a durable append of one record's bytes to a file that is never rewritten — what
  // any crash-safe append must do (write + fdatasync), whatever the history.
  const floorFile = await open(join(sc.dir, "floor.log"), "a");
  const line = Buffer.alloc(recordBytes + 1, 0x61);
  line[recordBytes] = 0x0a;
  const floorAppend = async () => {
    await floorFile.writeFile(line);
    await floorFile.datasync();
  };
  // The first write of each file in a process takes its rolling backup (then at most hourly).
  t = performance.now();
  await store.addUpdate(record());
  const firstAppendMs = performance.now() - t;
  await floorAppend();
  // Figure and floor alternate, so both see the same machine load.
  const appendTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < sc.appends; i++) {
    t = performance.now();
    await store.addUpdate(record());
    appendTimes.push(performance.now() - t);
    t = performance.now();
    await floorAppend();
    floorTimes.push(performance.now() - t);
  }
  const mem2 = process.memoryUsage();
  await store.close();
  await floorFile.close();

  const result: StoreScenarioResult = {
    label: sc.label,
    total: sc.years.reduce((a, y) => a + y.count, 0),
    currentYear: current,
    currentYearCount: sc.years[sc.years.length - 1]!.count,
    snapshotBytes,
    openMs,
    parseBaselineMs,
    append: summarize(appendTimes),
    firstAppendMs,
    floor: summarize(floorTimes),
    recordBytes,
    memory: {
      rssAfterOpen: mem1.rss,
      heapAfterOpen: mem1.heapUsed,
      peakRss: process.resourceUsage().maxRSS * 1024,
      heapAfterAppends: mem2.heapUsed,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
