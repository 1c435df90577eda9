import { mkdir, readdir } from "node:fs/promises";
import { join } from "node:path";
import type { Update } from "../domain/update.js";
import type { Backups } from "./backups.js";
import { JsonFile, type WriteHook } from "./json-file.js";
import { YEAR_SHARD_VERSION } from "./schema.js";
import { type YearShardFile, YearShardFileSchema } from "./update-schema.js";
import { linesJson } from "./serialize.js";

/**
 * Updates live in DATA_DIR/updates/<YYYY-MM>.json (snapshot) + <YYYY-MM>.journal (changes since),
 * the month taken from `update.date` (see month-shard.ts). The older layout,
 * DATA_DIR/updates/<year>.json, is read and split into months at open.
 */
export const UPDATES_DIR = "updates";
const MONTH_NAME = /^(\d{4}-\d{2})\.(?:json|journal)$/;
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

export interface UpdateFiles {
  /** Months with a snapshot or a journal. */
  months: Set<string>;
  /** Old-layout year files still to migrate. */
  years: number[];
}

/**
 * Lists DATA_DIR/updates (created if missing): month snapshots <YYYY-MM>.json, their journals
 * <YYYY-MM>.journal, and old <year>.json files. Other names are ignored (logged).
 */
export async function listUpdateFiles(ctx: FileContext): Promise<UpdateFiles> {
  const dir = join(ctx.dataDir, UPDATES_DIR);
  await mkdir(dir, { recursive: true });
  const out: UpdateFiles = { months: new Set(), years: [] };
  for (const name of (await readdir(dir)).sort()) {
    const m = MONTH_NAME.exec(name);
    if (m && Number(m[1]!.slice(5)) >= 1 && Number(m[1]!.slice(5)) <= 12) {
      out.months.add(m[1]!);
      continue;
    }
    const y = YEAR_NAME.exec(name);
    if (y) {
      out.years.push(Number(y[1]));
      continue;
    }
    if (!name.startsWith("."))
      ctx.log(`store: ignoring ${join(dir, name)} (not a <YYYY-MM>.json shard or journal)`);
  }
  return out;
}

/** The months (YYYY-MM) an ISO week "YYYY-Www" spans; undefined when it is not one. */
export function monthsOfWeek(week: string): { from: string; to: string } | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return undefined;
  const jan4 = Date.UTC(Number(m[1]), 0, 4);
  const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) - 7 * (Number(m[2]) - 1)) * 86_400_000;
  const month = (t: number) => new Date(t).toISOString().slice(0, 7);
  return { from: month(monday), to: month(monday + 6 * 86_400_000) };
}
