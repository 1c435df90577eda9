import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "../domain/update.js";
import type { Backups } from "./backups.js";
import { JsonFile, type JsonFileOptions, type WriteHook } from "./json-file.js";
import {
  emptyShard,
  type ShardFile,
  ShardFileSchema,
  YEAR_SHARD_VERSION,
  type YearShardFile,
  YearShardFileSchema,
} from "./schema.js";
import { linesJson } from "./serialize.js";

/**
 * Updates live in DATA_DIR/updates/<YYYY-MM>.json, the month taken from `update.date`. A bureau
 * writes ~10k updates a year, so a month shard stays under ~1 MB and an append rewrites only it.
 * The older layout, DATA_DIR/updates/<year>.json, is read and split into months at open.
 */
export const UPDATES_DIR = "updates";
const MONTH_NAME = /^(\d{4}-\d{2})\.json$/;
const YEAR_NAME = /^(\d{4})\.json$/;

export interface FileContext {
  dataDir: string;
  backups: Backups;
  now: () => Date;
  log: (msg: string) => void;
  onWrite?: WriteHook;
}

/** The shard an update belongs in: the month of its local date, "YYYY-MM". */
export function monthOf(update: Pick<Update, "date">): string {
  return update.date.slice(0, 7);
}

/** Checks a month shard's schema cannot express: the right month everywhere, no id twice. */
function checkShard(month: string, data: ShardFile): string | undefined {
  if (data.month !== month) return `"month" is ${data.month} but the file is for ${month}`;
  const ids = new Set<string>();
  for (const [i, u] of data.updates.entries()) {
    if (monthOf(u) !== month) return `updates.${i} (${u.id}) has date ${u.date}, which is not in ${month}`;
    if (ids.has(u.id)) return `updates.${i}: id ${u.id} appears twice`;
    ids.add(u.id);
  }
  return undefined;
}

function checkYearShard(year: number, data: YearShardFile): string | undefined {
  if (data.year !== year) return `"year" is ${data.year} but the file is for ${year}`;
  const ids = new Set<string>();
  for (const [i, u] of data.updates.entries()) {
    if (Number(u.date.slice(0, 4)) !== year)
      return `updates.${i} (${u.id}) has date ${u.date}, which is not in ${year}`;
    if (ids.has(u.id)) return `updates.${i}: id ${u.id} appears twice`;
    ids.add(u.id);
  }
  return undefined;
}

function monthOptions(ctx: FileContext, month: string): JsonFileOptions<ShardFile> {
  return {
    path: join(ctx.dataDir, UPDATES_DIR, `${month}.json`),
    base: `${UPDATES_DIR}.${month}`,
    kind: "shard",
    schema: ShardFileSchema,
    check: (data) => checkShard(month, data),
    serialize: (data) => linesJson({ version: data.version, month: data.month }, "updates", data.updates),
    empty: () => emptyShard(month),
    backups: ctx.backups,
    now: ctx.now,
    log: ctx.log,
    onWrite: ctx.onWrite,
  };
}

/**
 * Opens the shard of one month. Must stay true: a shard only ever holds updates whose date is in
 * its month — a file breaking that is refused as corrupt.
 */
export function loadShard(ctx: FileContext, month: string): Promise<JsonFile<ShardFile>> {
  return JsonFile.load(monthOptions(ctx, month));
}

/** The shard of a month that has no file yet, holding `updates` in memory until first written. */
export function freshShard(ctx: FileContext, month: string, updates: Update[] = []): JsonFile<ShardFile> {
  return JsonFile.fresh(monthOptions(ctx, month), { ...emptyShard(month), updates });
}

/** Opens an old-layout year shard (read only: it is split into months, then removed). */
export function loadYearShard(ctx: FileContext, year: number): Promise<JsonFile<YearShardFile>> {
  return JsonFile.load<YearShardFile>({
    path: join(ctx.dataDir, UPDATES_DIR, `${year}.json`),
    base: `${UPDATES_DIR}.${year}`,
    kind: "yearShard",
    schema: YearShardFileSchema,
    check: (data) => checkYearShard(year, data),
    serialize: (data) => linesJson({ version: YEAR_SHARD_VERSION, year: data.year }, "updates", data.updates),
    empty: () => ({ version: YEAR_SHARD_VERSION, year, updates: [] }),
    backups: ctx.backups,
    now: ctx.now,
    log: ctx.log,
    onWrite: ctx.onWrite,
  });
}

export interface LoadedShards {
  months: Map<string, JsonFile<ShardFile>>;
  /** Old-layout files still to migrate. */
  years: Map<number, JsonFile<YearShardFile>>;
}

/**
 * Loads every DATA_DIR/updates/<YYYY-MM>.json and every old <year>.json, creating the directory
 * if missing. Other names are ignored (logged).
 */
export async function loadAllShards(ctx: FileContext): Promise<LoadedShards> {
  const dir = join(ctx.dataDir, UPDATES_DIR);
  await mkdir(dir, { recursive: true });
  const out: LoadedShards = { months: new Map(), years: new Map() };
  for (const name of (await readdir(dir)).sort()) {
    const m = MONTH_NAME.exec(name);
    if (m && Number(m[1]!.slice(5)) >= 1 && Number(m[1]!.slice(5)) <= 12) {
      out.months.set(m[1]!, await loadShard(ctx, m[1]!));
      continue;
    }
    const y = YEAR_NAME.exec(name);
    if (y) {
      out.years.set(Number(y[1]), await loadYearShard(ctx, Number(y[1])));
      continue;
    }
    if (!name.startsWith(".")) ctx.log(`store: ignoring ${join(dir, name)} (not a <YYYY-MM>.json shard)`);
  }
  return out;
}
