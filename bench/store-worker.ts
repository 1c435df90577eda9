/**
 * One store scenario, run in its own process so memory figures belong to it alone:
 *   node --import tsx bench/store-worker.ts '<json StoreScenario>'
 * Prints one JSON line (StoreScenarioResult) on stdout.
 */
import { open, readFile, readdir, rename, stat } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.js";
import { makeRecord, makeUpdates, writeMonthShards } from "./lib/seed.js";
import { summarize, type Summary, timeEach } from "./lib/stats.js";

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
  shardBytesBefore: number;
  shardBytesAfter: number;
  stateBytes: number;
  openMs: number;
  parseBaselineMs: number;
  append: Summary;
  /** The first append of the process: includes the hourly rolling backup copy of the shard. */
  firstAppendMs: number;
  floor: Summary;
  memory: { rssAfterOpen: number; heapAfterOpen: number; peakRss: number; heapAfterAppends: number };
}

async function main(): Promise<void> {
  const sc = JSON.parse(process.argv[2]!) as StoreScenario;
  const seqs = new Map<string, number>();
  for (const { year, count } of sc.years) {
    await writeMonthShards(sc.dir, makeUpdates({ year, count, tag: `seed${year}`, seqs, lastDay: 300 }));
  }
  const current = sc.years[sc.years.length - 1]!.year;
  // Appends go to October, which holds ~1/10 of the year's seeded updates (dates fill days 1-300).
  const appendDate = `${current}-10-15`;
  const shardPath = join(sc.dir, "updates", `${current}-10.json`);
  const shardBytesBefore = (await stat(shardPath)).size;

  // Baseline for opening: read + JSON.parse the same files, nothing else.
  let t = performance.now();
  for (const name of await readdir(join(sc.dir, "updates")))
    JSON.parse(await readFile(join(sc.dir, "updates", name), "utf8"));
  const parseBaselineMs = performance.now() - t;

  if (global.gc) global.gc();
  t = performance.now();
  const store = await openStore(sc.dir, { log: () => undefined });
  const openMs = performance.now() - t;
  const mem1 = process.memoryUsage();

  let n = 0;
  const append = () => {
    n += 1;
    const author = `staff-${n % 50}`;
    return store.addUpdate(makeRecord({ id: `bench-${n}`, author, seq: 0, date: appendDate, i: n }));
  };
  // The first write of each file in a process takes its rolling backup (then at most hourly).
  t = performance.now();
  await append();
  const firstAppendMs = performance.now() - t;
  await append();
  const appendTimes = await timeEach(sc.appends, append);
  const mem2 = process.memoryUsage();
  await store.close();

  const shardBytesAfter = (await stat(shardPath)).size;
  const stateBytes = (await stat(join(sc.dir, "state.json"))).size;
  const floorTimes = await floorWrites(sc.dir, shardBytesAfter, sc.appends);

  const result: StoreScenarioResult = {
    label: sc.label,
    total: sc.years.reduce((a, y) => a + y.count, 0),
    currentYear: current,
    currentYearCount: sc.years[sc.years.length - 1]!.count,
    shardBytesBefore,
    shardBytesAfter,
    stateBytes,
    openMs,
    parseBaselineMs,
    append: summarize(appendTimes),
    firstAppendMs,
    floor: summarize(floorTimes),
    memory: {
      rssAfterOpen: mem1.rss,
      heapAfterOpen: mem1.heapUsed,
      peakRss: process.resourceUsage().maxRSS * 1024,
      heapAfterAppends: mem2.heapUsed,
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/**
 * The floor of one append: write a file of the shard's size to a temp name, fsync it, rename
 * it over the target, fsync the directory — what any crash-safe whole-file write must do.
 */
async function floorWrites(dir: string, bytes: number, count: number): Promise<number[]> {
  const buf = Buffer.alloc(bytes, 0x61);
  const target = join(dir, "floor.json");
  return timeEach(count, async (i) => {
    const tmp = join(dir, `.floor.${i}.tmp`);
    const fh = await open(tmp, "wx");
    try {
      await fh.writeFile(buf);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, target);
    const d = await open(dir, "r");
    await d.sync();
    await d.close();
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
