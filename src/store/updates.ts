import { z } from "zod";
import { type Update, UpdateSchema } from "../domain/update.js";
import { AppError } from "../errors.js";
import { deepFreeze, jsonClone } from "./freeze.js";
import type { JsonFile } from "./json-file.js";
import { corrupt } from "./migrations.js";
import { Mutex } from "./mutex.js";
import { describeZodError, type ShardFile } from "./schema.js";
import { type FileContext, loadAllShards, loadShard, yearOf } from "./shard.js";
import type { UpdateQuery } from "./types.js";

/** What the updates need from state.json: the per-author high-water marks of `seq`. */
export interface SeqCounters {
  high(author: string): number;
  /** Persists new high-water marks (only raises, never lowers). */
  raise(highs: ReadonlyMap<string, number>): Promise<void>;
}

/** Input to addUpdate(s): a full Update, except that seq 0 means "assign the next number". */
const NewUpdateSchema = UpdateSchema.extend({ seq: z.number().int().nonnegative() });

const seqKey = (author: string, seq: number) => `${author}\u0000${seq}`;

interface PendingShard {
  year: number;
  file: JsonFile<ShardFile>;
  next: ShardFile;
  existedBefore: boolean;
}

/**
 * The updates, sharded by year, with in-memory indexes by id and by (author, seq).
 *
 * Must stay true:
 * - every change goes through one mutex, so seq assignment and multi-shard writes never interleave;
 * - (author, seq) and id are unique across all shards; seq numbers are never reused, because the
 *   counter in state.json is raised (and saved) before the records that use the new numbers;
 * - a call that writes several shards is all-or-nothing: shards already written are put back
 *   when a later one fails, and nothing is committed in memory until every shard is on disk;
 * - records in memory are frozen; `modifyUpdate`'s callback gets a mutable copy.
 */
export class UpdatesRepo {
  readonly #ctx: FileContext;
  readonly #shards: Map<number, JsonFile<ShardFile>>;
  readonly #counters: SeqCounters;
  readonly #mutex = new Mutex();
  readonly #byId = new Map<string, Update>();
  readonly #bySeq = new Map<string, string>();
  readonly #maxSeq = new Map<string, number>();

  private constructor(ctx: FileContext, shards: Map<number, JsonFile<ShardFile>>, counters: SeqCounters) {
    this.#ctx = ctx;
    this.#shards = shards;
    this.#counters = counters;
  }

  /** Loads every shard and checks uniqueness across them (STORE_CORRUPT when broken). */
  static async load(ctx: FileContext, counters: SeqCounters): Promise<UpdatesRepo> {
    const repo = new UpdatesRepo(ctx, await loadAllShards(ctx), counters);
    for (const file of repo.#shards.values()) {
      for (const u of file.data.updates) {
        const other = repo.#byId.get(u.id);
        if (other) throw corrupt(file.path, `update id ${u.id} is also in the shard of ${yearOf(other)}`);
        const bySeq = repo.#bySeq.get(seqKey(u.author, u.seq));
        if (bySeq)
          throw corrupt(file.path, `${u.author} has two updates numbered ${u.seq} (${bySeq}, ${u.id})`);
        repo.#index(u);
      }
    }
    return repo;
  }

  /** Rewrites shards that were in an older format (see JsonFile.finishMigration). */
  async finishMigration(): Promise<void> {
    for (const file of this.#shards.values()) await file.finishMigration();
  }

  get(id: string): Update | undefined {
    return this.#byId.get(id);
  }

  findBySeq(author: string, seq: number): Update | undefined {
    const id = this.#bySeq.get(seqKey(author, seq));
    return id === undefined ? undefined : this.#byId.get(id);
  }

  list(q: UpdateQuery = {}): Update[] {
    const statuses =
      q.status === undefined ? undefined : new Set(Array.isArray(q.status) ? q.status : [q.status]);
    const fromYear = q.from ? Number(q.from.slice(0, 4)) : Number.NEGATIVE_INFINITY;
    const toYear = q.to ? Number(q.to.slice(0, 4)) : Number.POSITIVE_INFINITY;
    const out: Update[] = [];
    for (const [year, file] of this.#shards) {
      if (year < fromYear || year > toYear) continue;
      for (const u of file.data.updates) {
        if (q.author !== undefined && u.author !== q.author) continue;
        if (q.section !== undefined && u.section !== q.section) continue;
        if (q.from !== undefined && u.date < q.from) continue;
        if (q.to !== undefined && u.date > q.to) continue;
        if (q.week !== undefined && u.week !== q.week) continue;
        if (statuses && !statuses.has(u.status)) continue;
        out.push(u);
      }
    }
    return out.sort(byDateThenCreated);
  }

  add(update: Update): Promise<Update> {
    return this.addMany([update]).then((list) => list[0]!);
  }

  /** Validates the whole batch first; then counters, then each shard in year order; all or nothing. */
  addMany(input: readonly Update[]): Promise<Update[]> {
    return this.#mutex.run(async () => {
      const records = this.#prepare(input);
      if (records.length === 0) return [];
      const byYear = new Map<number, Update[]>();
      for (const u of records) byYear.set(yearOf(u), [...(byYear.get(yearOf(u)) ?? []), u]);
      const pending: PendingShard[] = [];
      for (const [year, list] of [...byYear].sort(([a], [b]) => a - b)) {
        const file = this.#shards.get(year) ?? (await loadShard(this.#ctx, year));
        const next = { ...file.data, updates: [...file.data.updates, ...list] };
        pending.push({ year, file, next, existedBefore: file.existsOnDisk });
      }
      await this.#counters.raise(highs(records));
      await this.#writeAll(pending);
      for (const u of records) this.#index(u);
      return records;
    });
  }

  modify(id: string, fn: (u: Update) => Update): Promise<Update> {
    return this.#mutex.run(async () => {
      const current = this.#byId.get(id);
      if (!current) throw new AppError("NOT_FOUND", `没有这条记录 / no update with id ${id}`);
      const parsed = UpdateSchema.safeParse(jsonClone(fn(structuredClone(current) as Update)));
      if (!parsed.success) {
        throw new AppError(
          "BAD_REQUEST",
          `修改后的记录无效 / update ${id} invalid after change: ${describeZodError(parsed.error)}`,
        );
      }
      const next = deepFreeze(parsed.data);
      if (next.id !== id)
        throw new AppError("BAD_REQUEST", `an update's id cannot change (${id} → ${next.id})`);
      const taken = this.#bySeq.get(seqKey(next.author, next.seq));
      if (taken !== undefined && taken !== id) {
        throw new AppError(
          "BAD_REQUEST",
          `${next.author} already has an update numbered ${next.seq} (${taken})`,
        );
      }
      const oldYear = yearOf(current);
      const newYear = yearOf(next);
      const pending: PendingShard[] = [];
      const oldFile = this.#shards.get(oldYear)!;
      const without = oldFile.data.updates.filter((u) => u.id !== id);
      if (oldYear === newYear) {
        const updates = oldFile.data.updates.map((u) => (u.id === id ? next : u));
        pending.push({
          year: oldYear,
          file: oldFile,
          next: { ...oldFile.data, updates },
          existedBefore: true,
        });
      } else {
        // Write the new home first: if the second write fails, the record is at worst in both
        // places on disk for a moment and is rolled back, never in neither.
        const newFile = this.#shards.get(newYear) ?? (await loadShard(this.#ctx, newYear));
        const added = { ...newFile.data, updates: [...newFile.data.updates, next] };
        pending.push({ year: newYear, file: newFile, next: added, existedBefore: newFile.existsOnDisk });
        pending.push({
          year: oldYear,
          file: oldFile,
          next: { ...oldFile.data, updates: without },
          existedBefore: true,
        });
      }
      if (next.seq > this.#counters.high(next.author)) await this.#counters.raise(highs([next]));
      await this.#writeAll(pending);
      this.#unindex(current);
      this.#index(next);
      return next;
    });
  }

  /** Resolves when every change queued so far has settled. */
  idle(): Promise<void> {
    return this.#mutex.idle();
  }

  /** Validates, checks uniqueness, assigns seq numbers; throws BAD_REQUEST before anything is written. */
  #prepare(input: readonly Update[]): Update[] {
    const ids = new Set<string>();
    const explicit = new Set<string>();
    const parsed = input.map((raw, i) => {
      const r = NewUpdateSchema.safeParse(jsonClone(raw));
      const label = input.length > 1 ? `#${i + 1} ` : "";
      if (!r.success) {
        throw new AppError(
          "BAD_REQUEST",
          `记录${label}无效 / update ${label}is invalid: ${describeZodError(r.error)}`,
        );
      }
      const u = r.data;
      if (this.#byId.has(u.id) || ids.has(u.id))
        throw new AppError("BAD_REQUEST", `update id ${u.id} already exists`);
      ids.add(u.id);
      if (u.seq > 0) {
        const key = seqKey(u.author, u.seq);
        if (this.#bySeq.has(key) || explicit.has(key)) {
          throw new AppError("BAD_REQUEST", `${u.author} already has an update numbered ${u.seq}`);
        }
        explicit.add(key);
      }
      return u;
    });
    const next = new Map<string, number>();
    const highOf = (author: string) =>
      next.get(author) ?? Math.max(this.#counters.high(author), this.#maxSeq.get(author) ?? 0);
    for (const u of parsed) if (u.seq > 0) next.set(u.author, Math.max(highOf(u.author), u.seq));
    return parsed.map((u) => {
      if (u.seq > 0) return deepFreeze(u as Update);
      const seq = highOf(u.author) + 1;
      next.set(u.author, seq);
      return deepFreeze({ ...u, seq });
    });
  }

  /** Writes every pending shard; on a failure puts back those already written, then rethrows. */
  async #writeAll(pending: PendingShard[]): Promise<void> {
    const done: PendingShard[] = [];
    try {
      for (const p of pending) {
        await p.file.writeUncommitted(p.next);
        done.push(p);
      }
    } catch (e) {
      const stuck: PendingShard[] = [];
      for (const p of done.reverse()) {
        try {
          await p.file.rollbackDisk(p.existedBefore);
        } catch (undoError) {
          stuck.push(p);
          this.#ctx.log(`store: could not undo the write of ${p.file.path}: ${(undoError as Error).message}`);
        }
      }
      if (stuck.length === 0) throw e;
      // Disk keeps part of the change: reflect exactly that in memory rather than diverge.
      for (const p of stuck) this.#commit(p);
      this.#reindex();
      throw new AppError(
        "STORE_IO",
        `部分写入 / only part of the change was saved (${stuck.map((p) => p.file.path).join(", ")}) and undoing it failed`,
        {
          cause: e,
          hint: "check the disk; restart the bot to reload what is on disk, and review the records just saved",
        },
      );
    }
    for (const p of pending) this.#commit(p);
  }

  #commit(p: PendingShard): void {
    p.file.commit(p.next);
    this.#shards.set(p.year, p.file);
  }

  #reindex(): void {
    this.#byId.clear();
    this.#bySeq.clear();
    for (const file of this.#shards.values()) for (const u of file.data.updates) this.#index(u);
  }

  #index(u: Update): void {
    this.#byId.set(u.id, u);
    this.#bySeq.set(seqKey(u.author, u.seq), u.id);
    if (u.seq > (this.#maxSeq.get(u.author) ?? 0)) this.#maxSeq.set(u.author, u.seq);
  }

  #unindex(u: Update): void {
    this.#byId.delete(u.id);
    this.#bySeq.delete(seqKey(u.author, u.seq));
  }
}

function highs(records: readonly Update[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const u of records) out.set(u.author, Math.max(out.get(u.author) ?? 0, u.seq));
  return out;
}

function byDateThenCreated(a: Update, b: Update): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}
