import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "../domain/update.js";
import type { Backups } from "./backups.js";
import { JsonFile } from "./json-file.js";
import { emptyShard, type ShardFile, ShardFileSchema } from "./schema.js";
import { linesJson } from "./serialize.js";

/** Updates live in DATA_DIR/updates/<year>.json, the year taken from `update.date`. */
export const UPDATES_DIR = "updates";
const SHARD_NAME = /^(\d{4})\.json$/;

export interface FileContext {
  dataDir: string;
  backups: Backups;
  now: () => Date;
  log: (msg: string) => void;
}

/** The shard an update belongs in: the year of its local date. */
export function yearOf(update: Pick<Update, "date">): number {
  return Number(update.date.slice(0, 4));
}

/** Checks a shard's schema cannot express: the right year everywhere, no id twice. */
function checkShard(year: number, data: ShardFile): string | undefined {
  if (data.year !== year) return `"year" is ${data.year} but the file is for ${year}`;
  const ids = new Set<string>();
  for (const [i, u] of data.updates.entries()) {
    if (yearOf(u) !== year) return `updates.${i} (${u.id}) has date ${u.date}, which is not in ${year}`;
    if (ids.has(u.id)) return `updates.${i}: id ${u.id} appears twice`;
    ids.add(u.id);
  }
  return undefined;
}

/**
 * Opens (or prepares, when absent) the shard of one year. Must stay true: a shard only ever
 * holds updates whose date is in its year — a file breaking that is refused as corrupt.
 */
export function loadShard(ctx: FileContext, year: number): Promise<JsonFile<ShardFile>> {
  return JsonFile.load<ShardFile>({
    path: join(ctx.dataDir, UPDATES_DIR, `${year}.json`),
    base: `${UPDATES_DIR}.${year}`,
    kind: "shard",
    schema: ShardFileSchema,
    check: (data) => checkShard(year, data),
    serialize: (data) => linesJson({ version: data.version, year: data.year }, "updates", data.updates),
    empty: () => emptyShard(year),
    backups: ctx.backups,
    now: ctx.now,
    log: ctx.log,
  });
}

/** Loads every DATA_DIR/updates/<year>.json, creating the directory if missing. Other names are ignored. */
export async function loadAllShards(ctx: FileContext): Promise<Map<number, JsonFile<ShardFile>>> {
  const dir = join(ctx.dataDir, UPDATES_DIR);
  await mkdir(dir, { recursive: true });
  const shards = new Map<number, JsonFile<ShardFile>>();
  for (const name of (await readdir(dir)).sort()) {
    const m = SHARD_NAME.exec(name);
    if (!m) {
      if (!name.startsWith(".")) ctx.log(`store: ignoring ${join(dir, name)} (not a <year>.json shard)`);
      continue;
    }
    const year = Number(m[1]);
    shards.set(year, await loadShard(ctx, year));
  }
  return shards;
}
