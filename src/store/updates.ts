import { unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { type Update, UpdateSchema } from "../domain/update.js";
import { AppError } from "../errors.js";
import { syncDir } from "./atomic-file.js";
import { deepFreeze, jsonClone } from "./freeze.js";
import { GroupCommit } from "./group-commit.js";
import type { JsonFile } from "./json-file.js";
import { corrupt } from "./migrations.js";
import { describeZodError, type ShardFile, type YearShardFile } from "./schema.js";
import { type FileContext, freshShard, loadAllShards, monthOf } from "./shard.js";
import type { UpdateQuery } from "./types.js";

/**
 * The seq numbers kept outside the updates themselves (in state.json). The next seq of an author
 * is max(floor, highest seq among the author's stored updates) + 1: updates are never deleted
 * (withdrawn ones are kept), so the highest stored seq already rules out reuse; a floor is only
 * needed when modifyUpdate takes a number away from its record (renumbers it, or gives the record
 * to another author) — and for counters carried over from format v1.
 */
export interface SeqFloors {
  floor(author: string): number;
  /** Persists new floors (only raises, never lowers). */
  raise(floors: ReadonlyMap<string, number>): Promise<void>;
}

/** Input to addUpdate(s): a full Update, except that seq 0 means "assign the next number". */
const NewUpdateSchema = UpdateSchema.extend({ seq: z.number().int().nonnegative() });

const seqKey = (author: string, seq: number) => `${author}\u0000${seq}`;

/** One shard's next content within a batch. */
interface ShardWork {
  month: string;
  file: JsonFile<ShardFile>;
  /** Mutable copy of the shard's records, frozen at commit. */
  updates: Update[];
  existedBefore: boolean;
  /** A record moved out of it: written after the shards records moved into. */
  shrinks: boolean;
  next?: ShardFile;
}

/** The working copy of one group-committed batch: changes on top of the committed indexes. */
interface Work {
  shards: Map<string, ShardWork>;
  byId: Map<string, Update>;
  /** seqKey → id, or null when the number was freed in this batch. */
  bySeq: Map<string, string | null>;
  maxSeq: Map<string, number>;
  floors: Map<string, number>;
  /** In order, to apply to the indexes at commit. */
  changes: Array<{ before?: Update; after: Update }>;
}

/** An old-layout year shard being split into month shards at open. */
interface YearSplit {
  year: number;
  file: JsonFile<YearShardFile>;
  months: JsonFile<ShardFile>[];
}

/**
 * The updates, sharded by month, with in-memory indexes by id and by (author, seq).
 *
 * Must stay true:
 * - every change is group-committed (GroupCommit): changes arriving while a write is in flight are
 *   applied together and each touched shard is written ONCE for the batch; a caller resolves when
 *   every shard of its batch is on disk;
 * - (author, seq) and id are unique across all shards; seq numbers are never reused (see SeqFloors;
 *   a floor is saved before the shard write that frees its number);
 * - a batch that writes several shards is all-or-nothing: shards already written are put back when
 *   a later one fails, nothing is committed in memory until every shard is on disk, and every
 *   caller of the batch rejects;
 * - records in memory are frozen; `modifyUpdate`'s callback gets a mutable copy.
 */
export class UpdatesRepo {
  readonly #ctx: FileContext;
  readonly #shards: Map<string, JsonFile<ShardFile>>;
  readonly #floors: SeqFloors;
  readonly #batches: GroupCommit<Work>;
  readonly #byId = new Map<string, Update>();
  readonly #bySeq = new Map<string, string>();
  readonly #maxSeq = new Map<string, number>();
  #splits: YearSplit[];

  private constructor(
    ctx: FileContext,
    shards: Map<string, JsonFile<ShardFile>>,
    floors: SeqFloors,
    splits: YearSplit[],
  ) {
    this.#ctx = ctx;
    this.#shards = shards;
    this.#floors = floors;
    this.#splits = splits;
    this.#batches = new GroupCommit<Work>({
      begin: () => ({
        shards: new Map(),
        byId: new Map(),
        bySeq: new Map(),
        maxSeq: new Map(),
        floors: new Map(),
        changes: [],
      }),
      dirty: (w) => w.shards.size > 0 || w.floors.size > 0,
      write: (w) => this.#write(w),
      commit: (w) => this.#commitWork(w),
    });
  }

  /**
   * Loads every shard, splits old year shards into months (in memory only, see finishMigration)
   * and checks uniqueness across them (STORE_CORRUPT when broken).
   */
  static async load(ctx: FileContext, floors: SeqFloors): Promise<UpdatesRepo> {
    const { months, years } = await loadAllShards(ctx);
    const splits: YearSplit[] = [];
    for (const [year, file] of years) {
      const byMonth = new Map<string, Update[]>();
      for (const u of file.data.updates) {
        const list = byMonth.get(monthOf(u));
        if (list) list.push(u);
        else byMonth.set(monthOf(u), [u]);
      }
      // While <year>.json exists its months are only ever written by an interrupted split of it:
      // such leftovers equal its part of the year; anything else was changed by someone else.
      for (const [month, monthFile] of months) {
        if (!month.startsWith(`${year}-`)) continue;
        if (JSON.stringify(monthFile.data.updates) !== JSON.stringify(byMonth.get(month) ?? [])) {
          throw corrupt(
            monthFile.path,
            `both it and ${file.path} (the year shard of the old layout) hold updates of ${month}, ` +
              "and they differ — move the one you do not want out of the updates directory",
          );
        }
      }
      const split: YearSplit = { year, file, months: [] };
      for (const [month, list] of byMonth) {
        const monthFile = months.get(month) ?? freshShard(ctx, month, list);
        months.set(month, monthFile);
        split.months.push(monthFile);
      }
      splits.push(split);
    }
    const sorted = new Map([...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const repo = new UpdatesRepo(ctx, sorted, floors, splits);
    for (const file of sorted.values()) {
      for (const u of file.data.updates) {
        const other = repo.#byId.get(u.id);
        if (other) throw corrupt(file.path, `update id ${u.id} is also in the shard of ${monthOf(other)}`);
        const bySeq = repo.#bySeq.get(seqKey(u.author, u.seq));
        if (bySeq)
          throw corrupt(file.path, `${u.author} has two updates numbered ${u.seq} (${bySeq}, ${u.id})`);
        repo.#index(u);
      }
    }
    return repo;
  }

  /**
   * Once every file has loaded: for each old year shard, copies it to backups/ (pre-migration,
   * never rotated), writes its month shards, then removes it. A crash in between leaves the year
   * file in place, and the next open redoes the split (its month files then equal the split).
   */
  async finishMigration(): Promise<void> {
    for (const file of this.#shards.values()) await file.finishMigration();
    for (const split of this.#splits) {
      const { file, year, months } = split;
      const from = file.versionOnDisk ?? 0;
      const copy = await this.#ctx.backups.snapshotBeforeMigration(file.path, `updates.${year}`, from);
      for (const month of months) await month.writeCurrent();
      try {
        await unlink(file.path);
      } catch (e) {
        throw new AppError(
          "STORE_IO",
          `迁移失败 / could not remove ${file.path} after splitting it by month`,
          {
            cause: e,
            hint: "check permissions of DATA_DIR/updates; the month files written equal its content",
          },
        );
      }
      await syncDir(dirname(file.path));
      this.#ctx.log(
        `store: split ${file.path} (format v${from}) into ${months.length} month shard(s) (original: ${copy})`,
      );
    }
    this.#splits = [];
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
    const fromMonth = q.from?.slice(0, 7);
    const toMonth = q.to?.slice(0, 7);
    const out: Update[] = [];
    for (const [month, file] of this.#shards) {
      if ((fromMonth !== undefined && month < fromMonth) || (toMonth !== undefined && month > toMonth))
        continue;
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

  /** Validates the whole list first (nothing changes when one is bad), then adds every record. */
  addMany(input: readonly Update[]): Promise<Update[]> {
    return this.#batches.run((w) => {
      const records = this.#prepare(w, input);
      for (const u of records) {
        this.#shardWork(w, monthOf(u)).updates.push(u);
        w.byId.set(u.id, u);
        w.bySeq.set(seqKey(u.author, u.seq), u.id);
        if (u.seq > (w.maxSeq.get(u.author) ?? 0)) w.maxSeq.set(u.author, u.seq);
        w.changes.push({ after: u });
      }
      return records;
    });
  }

  modify(id: string, fn: (u: Update) => Update): Promise<Update> {
    return this.#batches.run((w) => {
      const current = w.byId.get(id) ?? this.#byId.get(id);
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
      const oldKey = seqKey(current.author, current.seq);
      const newKey = seqKey(next.author, next.seq);
      const taken = this.#seqOwner(w, newKey);
      if (taken !== undefined && taken !== id) {
        throw new AppError(
          "BAD_REQUEST",
          `${next.author} already has an update numbered ${next.seq} (${taken})`,
        );
      }
      // Checks done: from here on nothing throws.
      const from = this.#shardWork(w, monthOf(current));
      const at = from.updates.findIndex((u) => u.id === id);
      if (monthOf(next) === monthOf(current)) {
        from.updates[at] = next;
      } else {
        from.updates.splice(at, 1);
        from.shrinks = true;
        this.#shardWork(w, monthOf(next)).updates.push(next);
      }
      if (oldKey !== newKey) {
        w.bySeq.set(oldKey, null);
        w.bySeq.set(newKey, id);
        // The old number leaves its record: keep it from being handed out again.
        const floor = Math.max(this.#floors.floor(current.author), w.floors.get(current.author) ?? 0);
        if (current.seq > floor) w.floors.set(current.author, current.seq);
      }
      if (next.seq > (w.maxSeq.get(next.author) ?? 0)) w.maxSeq.set(next.author, next.seq);
      w.byId.set(id, next);
      w.changes.push({ before: current, after: next });
      return next;
    });
  }

  /** Resolves when every change queued so far has settled. */
  idle(): Promise<void> {
    return this.#batches.idle();
  }

  /** The highest seq `author` has ever had: floors, stored records, and this batch. */
  #high(w: Work, author: string): number {
    return Math.max(this.#floors.floor(author), this.#maxSeq.get(author) ?? 0, w.maxSeq.get(author) ?? 0);
  }

  #seqOwner(w: Work, key: string): string | undefined {
    const inBatch = w.bySeq.get(key);
    if (inBatch !== undefined) return inBatch ?? undefined;
    return this.#bySeq.get(key);
  }

  /** Validates, checks uniqueness, assigns seq numbers; throws BAD_REQUEST before anything changes. */
  #prepare(w: Work, input: readonly Update[]): Update[] {
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
      if (this.#byId.has(u.id) || w.byId.has(u.id) || ids.has(u.id))
        throw new AppError("BAD_REQUEST", `update id ${u.id} already exists`);
      ids.add(u.id);
      if (u.seq > 0) {
        const key = seqKey(u.author, u.seq);
        if (this.#seqOwner(w, key) !== undefined || explicit.has(key)) {
          throw new AppError("BAD_REQUEST", `${u.author} already has an update numbered ${u.seq}`);
        }
        explicit.add(key);
      }
      return u;
    });
    const next = new Map<string, number>();
    const highOf = (author: string) => next.get(author) ?? this.#high(w, author);
    for (const u of parsed) if (u.seq > 0) next.set(u.author, Math.max(highOf(u.author), u.seq));
    return parsed.map((u) => {
      if (u.seq > 0) return deepFreeze(u as Update);
      const seq = highOf(u.author) + 1;
      next.set(u.author, seq);
      return deepFreeze({ ...u, seq });
    });
  }

  #shardWork(w: Work, month: string): ShardWork {
    let p = w.shards.get(month);
    if (!p) {
      const file = this.#shards.get(month) ?? freshShard(this.#ctx, month);
      p = {
        month,
        file,
        updates: [...file.data.updates],
        existedBefore: file.existsOnDisk,
        shrinks: false,
      };
      w.shards.set(month, p);
    }
    return p;
  }

  /** Floors first (they must be on disk before a number leaves its record), then the shards. */
  async #write(w: Work): Promise<void> {
    if (w.floors.size > 0) await this.#floors.raise(w.floors);
    const pending = [...w.shards.values()].sort(
      (a, b) => Number(a.shrinks) - Number(b.shrinks) || (a.month < b.month ? -1 : 1),
    );
    for (const p of pending) p.next = { ...p.file.data, updates: Object.freeze(p.updates) as Update[] };
    await this.#writeAll(pending);
  }

  /**
   * Writes every pending shard — records moving between shards reach their new home before they
   * leave the old one, so a crash never loses one; on a failure puts back those already written,
   * then rethrows.
   */
  async #writeAll(pending: ShardWork[]): Promise<void> {
    const done: ShardWork[] = [];
    try {
      for (const p of pending) {
        await p.file.writeUncommitted(p.next!);
        done.push(p);
      }
    } catch (e) {
      const stuck: ShardWork[] = [];
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
      for (const p of stuck) this.#commitShard(p);
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
  }

  #commitWork(w: Work): void {
    for (const p of w.shards.values()) this.#commitShard(p);
    for (const { before, after } of w.changes) {
      if (before) this.#unindex(before);
      this.#index(after);
    }
  }

  #commitShard(p: ShardWork): void {
    p.file.commit(p.next!);
    this.#shards.set(p.month, p.file);
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
    if (this.#bySeq.get(seqKey(u.author, u.seq)) === u.id) this.#bySeq.delete(seqKey(u.author, u.seq));
  }
}

function byDateThenCreated(a: Update, b: Update): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return 0;
}
