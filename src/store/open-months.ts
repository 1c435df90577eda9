import { unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { Update } from "../domain/update.js";
import { AppError } from "../errors.js";
import { syncDir } from "./atomic-file.js";
import { corrupt } from "./migrations.js";
import {
  journalLine,
  keysOf,
  loadMonthSync,
  type MonthKeys,
  MonthShard,
  readMonthIndexSync,
  writeSnapshot,
} from "./month-shard.js";
import { SHARD_VERSION } from "./schema.js";
import type { IndexEntry } from "./update-schema.js";
import { type FileContext, listUpdateFiles, loadYearShard, monthOf } from "./shard.js";
import { UpdateIndex } from "./update-index.js";

/** Work found at open, done once every file of the store has loaded (see finishOpenMonths). */
export interface OpenChores {
  /** Month snapshots to (re)write: migrated from an older format, or split out of a year file. */
  write: Array<{ shard: MonthShard; fromVersion?: number }>;
  /** Old year files to remove once their months are written. */
  years: Array<{ year: number; path: string; version: number; months: number }>;
  /** Stale copies left by a crash in the middle of a move between months: `del` lines to append. */
  repairs: Array<{ shard: MonthShard; id: string }>;
}

export interface OpenedMonths {
  months: Map<string, MonthShard>;
  index: UpdateIndex;
  chores: OpenChores;
}

/** Months from this one on are read in full at open: the current year. */
export function firstHotMonth(ctx: FileContext): string {
  return `${ctx.now().getUTCFullYear()}-01`;
}

/**
 * Opens every month of DATA_DIR/updates: those of the current year (and any in an older format,
 * or in an old year file to split) in full, the others by their snapshot's index and journal.
 * Builds the index of every record and checks ids and (author, seq) are unique across all of them
 * (STORE_CORRUPT when not). Writes nothing but the cut of a torn journal line.
 */
export async function openMonths(ctx: FileContext): Promise<OpenedMonths> {
  const { months: names, years } = await listUpdateFiles(ctx);
  const hotFrom = firstHotMonth(ctx);
  const chores: OpenChores = { write: [], years: [], repairs: [] };
  const split = new Map<string, Update[]>();
  for (const year of years) {
    const file = await loadYearShard(ctx, year);
    for (const u of file.data.updates) {
      const list = split.get(monthOf(u));
      if (list) list.push(u);
      else split.set(monthOf(u), [u]);
    }
    const ofYear = [...split.keys()].filter((m) => m.startsWith(`${year}-`));
    chores.years.push({ year, path: file.path, version: file.versionOnDisk ?? 0, months: ofYear.length });
  }
  const months = new Map<string, MonthShard>();
  const keysByMonth = new Map<string, MonthKeys>();
  for (const month of [...new Set([...names, ...split.keys()])].sort()) {
    const fromYear = split.get(month);
    const index = fromYear || month >= hotFrom ? undefined : readMonthIndexSync(ctx, month);
    if (index) {
      months.set(month, new MonthShard(ctx, month, { ...index, snapshotExists: index.snapshotBytes > 0 }));
      keysByMonth.set(month, index.keys);
      continue;
    }
    const loaded = names.has(month) ? loadMonthSync(ctx, month) : undefined;
    const shard = new MonthShard(ctx, month, loaded);
    if (fromYear) {
      // While <year>.json exists its months are only ever written by an interrupted split of it:
      // such leftovers equal its part of the year; anything else was changed by someone else.
      if (loaded && JSON.stringify([...loaded.records.values()]) !== JSON.stringify(fromYear)) {
        throw corrupt(
          shard.path,
          `both it and updates/${month.slice(0, 4)}.json (the year shard of the old layout) hold updates of ${month}, ` +
            "and they differ — move the one you do not want out of the updates directory",
        );
      }
      shard.records = new Map(fromYear.map((u) => [u.id, u]));
      chores.write.push({ shard });
    } else if (loaded?.version !== undefined && loaded.version < SHARD_VERSION) {
      chores.write.push({ shard, fromVersion: loaded.version });
    } else if (month < hotFrom && loaded?.snapshotExists) {
      // A past month whose first line could not serve as its index: rewrite it with one.
      chores.write.push({ shard });
    }
    months.set(month, shard);
    keysByMonth.set(month, new Map([...shard.records!.values()].map((u) => [u.id, keysOf(u)])));
  }
  const index = new UpdateIndex();
  for (const [month, keys] of keysByMonth) {
    for (const k of keys.values()) indexAtOpen({ months, index, chores }, month, k, keysByMonth);
  }
  return { months, index, chores };
}

/**
 * Indexes a record's keys during open. An id in two months is a move a crash interrupted when
 * one of them holds it with a `from` naming the other (that one wins; the other copy is dropped
 * by a repair line); otherwise it is damage (STORE_CORRUPT), as is an (author, seq) taken twice.
 */
function indexAtOpen(o: OpenedMonths, month: string, k: IndexEntry, all: Map<string, MonthKeys>): void {
  const [id, author, seq] = k;
  const here = o.months.get(month)!;
  const other = o.index.monthOf(id);
  if (other !== undefined) {
    const there = o.months.get(other)!;
    if (there.movedIn.get(id) === month) {
      staleCopy(o, here, id);
      return;
    }
    if (here.movedIn.get(id) !== other)
      throw corrupt(here.path, `update id ${id} is also in the shard of ${other}`);
    o.index.remove(other, all.get(other)!.get(id)!);
    staleCopy(o, there, id);
  }
  const taken = o.index.idBySeq(author, seq);
  if (taken !== undefined)
    throw corrupt(here.path, `${author} has two updates numbered ${seq} (${taken}, ${id})`);
  o.index.add(month, k);
}

function staleCopy(o: OpenedMonths, shard: MonthShard, id: string): void {
  shard.records?.delete(id);
  o.chores.repairs.push({ shard, id });
}

/**
 * Once every file has loaded: writes the month snapshots of migrations (the original kept in
 * backups/ first) and of old year files (then removes those), and appends the repairs of an
 * interrupted move. A crash part-way leaves files the next open completes from.
 */
export async function finishOpenMonths(ctx: FileContext, chores: OpenChores): Promise<void> {
  for (const { shard, fromVersion } of chores.write) {
    let copy = "";
    if (fromVersion !== undefined)
      copy = await ctx.backups.snapshotBeforeMigration(shard.path, `updates.${shard.month}`, fromVersion);
    await writeSnapshot(ctx, shard);
    if (fromVersion !== undefined)
      ctx.log(
        `store: migrated ${shard.path} from format v${fromVersion} to v${SHARD_VERSION} (original: ${copy})`,
      );
  }
  for (const y of chores.years) {
    const copy = await ctx.backups.snapshotBeforeMigration(y.path, `updates.${y.year}`, y.version);
    try {
      await unlink(y.path);
    } catch (e) {
      throw new AppError("STORE_IO", `迁移失败 / could not remove ${y.path} after splitting it by month`, {
        cause: e,
        hint: "check permissions of DATA_DIR/updates; the month files written equal its content",
      });
    }
    await syncDir(dirname(y.path));
    ctx.log(
      `store: split ${y.path} (format v${y.version}) into ${y.months} month shard(s) (original: ${copy})`,
    );
  }
  for (const { shard, id } of chores.repairs) {
    await shard.journal.append(journalLine({ del: id }));
    ctx.log(
      `store: ${shard.journal.path}: dropped the old copy of ${id}, moved to another month before a crash`,
    );
  }
}
