import { parseNewUpdate } from "./check-input.js";
import { type Update, UpdateSchema } from "../domain/update.js";
import { AppError } from "../errors.js";
import { deepFreeze, jsonClone } from "./freeze.js";
import { GroupCommit } from "./group-commit.js";
import { corrupt } from "./migrations.js";
import {
  type JournalOp,
  journalLine,
  keysOf,
  loadMonthSync,
  MonthShard,
  writeSnapshot,
} from "./month-shard.js";
import { Mutex } from "./mutex.js";
import {
  finishOpenMonths,
  firstHotMonth,
  type OpenChores,
  type OpenedMonths,
  openMonths,
} from "./open-months.js";
import { describeZodError } from "./schema.js";
import { type FileContext, monthOf } from "./shard.js";
import type { UpdateQuery } from "./types.js";
import { seqKey, type UpdateIndex } from "./update-index.js";
import { byDateThenCreated, matcher, monthRange, statusesOf } from "./update-query.js";

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

/** One month's changes within a batch. */
interface MonthWork {
  shard: MonthShard;
  ops: JournalOp[];
  /** A record moved out of it: written after the months records moved into. */
  shrinks: boolean;
  sizeBefore: number;
  existedBefore: boolean;
}

/** The working copy of one group-committed batch: changes on top of the committed indexes. */
interface Work {
  months: Map<string, MonthWork>;
  byId: Map<string, Update>;
  /** seqKey → id, or null when the number was freed in this batch. */
  bySeq: Map<string, string | null>;
  maxSeq: Map<string, number>;
  floors: Map<string, number>;
  /** In order, to apply to the indexes at commit. */
  changes: Array<{ before?: Update; after: Update }>;
}

/**
 * The updates, one journal-backed shard per month (month-shard.ts), with indexes over ALL of them
 * (id → month, (author, seq) → id, source message → id, highest seq per author) kept in memory.
 * The records of the current year are loaded at open; a past month's records are read (once, then
 * kept) the first time a read needs them — its keys are known from its snapshot's first line.
 *
 * Must stay true:
 * - every change is group-committed (GroupCommit): changes arriving while a write is in flight are
 *   applied together, each touched month gets ONE journal append (one fsync) for the batch, and a
 *   caller resolves when every month of its batch is on disk. An append costs the same however
 *   many updates are stored;
 * - (author, seq) and id are unique across all months, loaded or not; seq numbers are never reused
 *   (see SeqFloors; a floor is saved before the write that frees its number);
 * - a batch that writes several months is all-or-nothing: journals already appended are cut back
 *   when a later one fails, nothing is committed in memory until every month is on disk, and every
 *   caller of the batch rejects;
 * - records in memory are frozen; `modifyUpdate`'s callback gets a mutable copy;
 * - a month is compacted (new snapshot, journal dropped) between batches, never inside one.
 */
export class UpdatesRepo {
  readonly #ctx: FileContext;
  readonly #floors: SeqFloors;
  readonly #mutex = new Mutex();
  readonly #batches: GroupCommit<Work>;
  readonly #months: Map<string, MonthShard>;
  readonly #index: UpdateIndex;
  readonly #retryCompactionAt = new Map<string, number>();
  #chores: OpenChores;

  private constructor(ctx: FileContext, floors: SeqFloors, opened: OpenedMonths) {
    this.#ctx = ctx;
    this.#floors = floors;
    this.#months = opened.months;
    this.#index = opened.index;
    this.#chores = opened.chores;
    this.#batches = new GroupCommit<Work>(
      {
        begin: () => ({
          months: new Map(),
          byId: new Map(),
          bySeq: new Map(),
          maxSeq: new Map(),
          floors: new Map(),
          changes: [],
        }),
        dirty: (w) => w.months.size > 0 || w.floors.size > 0,
        write: (w) => this.#write(w),
        commit: (w) => this.#commitWork(w),
      },
      this.#mutex,
    );
  }

  /** See openMonths: the current year in full, past months by their index. */
  static async load(ctx: FileContext, floors: SeqFloors): Promise<UpdatesRepo> {
    const opened = await openMonths(ctx);
    return new UpdatesRepo(ctx, floors, opened);
  }

  /**
   * Once every file has loaded: the writes found necessary at open (finishOpenMonths), then
   * compacts months whose journal grew large, and lets go of past months read by a migration.
   */
  async finishOpen(): Promise<void> {
    await finishOpenMonths(this.#ctx, this.#chores);
    this.#chores = { write: [], years: [], repairs: [] };
    const hotFrom = firstHotMonth(this.#ctx);
    for (const shard of this.#months.values()) {
      if (shard.wantsCompaction) await this.#compact(shard);
      if (shard.month < hotFrom) shard.records = undefined;
    }
  }

  get(id: string): Update | undefined {
    const month = this.#index.monthOf(id);
    return month === undefined ? undefined : this.#records(month).get(id);
  }

  findBySeq(author: string, seq: number): Update | undefined {
    const id = this.#index.idBySeq(author, seq);
    return id === undefined ? undefined : this.get(id);
  }

  /**
   * Candidates come from the cheapest source: the message index, the author's ids (by status),
   * or the months in range — whichever names fewer records — then every filter applies.
   */
  list(q: UpdateQuery = {}): Update[] {
    const match = matcher(q);
    const { from, to } = monthRange(q);
    const months = [...this.#months.keys()]
      .filter((m) => !((from !== undefined && m < from) || (to !== undefined && m > to)))
      .sort();
    const message = q.messageId ?? q.sourceMessageId;
    let ids: string[] | undefined = message === undefined ? undefined : this.#index.idsByMessage(message);
    if (ids === undefined && q.author !== undefined) {
      const mine = this.#index.idsByAuthor(q.author, statusesOf(q));
      const inRange = months.reduce((n, m) => n + this.#index.count(m), 0);
      if (mine.length < inRange) ids = mine;
    }
    const out: Update[] = [];
    if (ids !== undefined) {
      for (const id of ids) {
        const u = this.get(id);
        if (u && match(u)) out.push(u);
      }
    } else {
      for (const month of months) for (const u of this.#records(month).values()) if (match(u)) out.push(u);
    }
    return out.sort(byDateThenCreated);
  }

  /** How many updates are stored (loaded or not). */
  get size(): number {
    return this.#index.size;
  }

  /** The highest seq each author's stored updates carry (floors apart: see SeqFloors). */
  maxSeqs(): ReadonlyMap<string, number> {
    return this.#index.maxSeqs();
  }

  add(update: Update): Promise<Update> {
    return this.addMany([update]).then((list) => list[0]!);
  }

  /** Validates the whole list first (nothing changes when one is bad), then adds every record. */
  addMany(input: readonly Update[]): Promise<Update[]> {
    return this.#batches.run((w) => {
      const records = this.#prepare(w, input);
      for (const u of records) {
        this.#monthWork(w, monthOf(u)).ops.push({ put: u });
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
      const current = w.byId.get(id) ?? this.get(id);
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
      // Load the destination month before anything changes (it may throw STORE_CORRUPT).
      this.#records(monthOf(next));
      // Checks done: from here on nothing throws.
      if (monthOf(next) === monthOf(current)) {
        this.#monthWork(w, monthOf(next)).ops.push({ put: next });
      } else {
        // The new home first (see #write), then the old one lets go.
        this.#monthWork(w, monthOf(next)).ops.push({ put: next, from: monthOf(current) });
        const from = this.#monthWork(w, monthOf(current));
        from.ops.push({ del: id });
        from.shrinks = true;
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

  /** Resolves when every change (and compaction) queued so far has settled. */
  async idle(): Promise<void> {
    await this.#batches.idle();
    await this.#mutex.idle();
  }

  /** Waits for pending work, then closes the journals' file handles. */
  async close(): Promise<void> {
    await this.idle();
    for (const shard of this.#months.values()) await shard.journal.close();
  }

  /** The records of a month, read from disk the first time (synchronously: reads are synchronous). */
  #records(month: string): Map<string, Update> {
    let shard = this.#months.get(month);
    if (!shard) {
      shard = new MonthShard(this.#ctx, month, { records: new Map() });
      this.#months.set(month, shard);
    }
    if (!shard.records) {
      const loaded = loadMonthSync(this.#ctx, month);
      const expected = this.#index.count(month);
      const mismatch = [...loaded.records.keys()].find((id) => this.#index.monthOf(id) !== month);
      if (loaded.records.size !== expected || mismatch !== undefined) {
        throw corrupt(
          shard.path,
          `it no longer holds what its index said when the store opened (${loaded.records.size} records, ` +
            `expected ${expected}) — was it changed while the bot was running? Restart the bot`,
        );
      }
      shard.records = loaded.records;
    }
    return shard.records;
  }

  /** The highest seq `author` has ever had: floors, stored records, and this batch. */
  #high(w: Work, author: string): number {
    return Math.max(this.#floors.floor(author), this.#index.maxSeq(author), w.maxSeq.get(author) ?? 0);
  }

  #seqOwner(w: Work, key: string): string | undefined {
    const inBatch = w.bySeq.get(key);
    if (inBatch !== undefined) return inBatch ?? undefined;
    return this.#index.idBySeqKey(key);
  }

  /** Validates, checks uniqueness, assigns seq numbers; throws before anything changes. */
  #prepare(w: Work, input: readonly Update[]): Update[] {
    const ids = new Set<string>();
    const explicit = new Set<string>();
    const parsed = input.map((raw, i) => {
      const u = parseNewUpdate(raw, i, input.length);
      if (this.#index.has(u.id) || w.byId.has(u.id) || ids.has(u.id))
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
    // Load the months written to before anything changes (a past month may be unreadable).
    for (const u of parsed) this.#records(monthOf(u));
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

  #monthWork(w: Work, month: string): MonthWork {
    let p = w.months.get(month);
    if (!p) {
      this.#records(month);
      const shard = this.#months.get(month)!;
      p = { shard, ops: [], shrinks: false, sizeBefore: 0, existedBefore: false };
      w.months.set(month, p);
    }
    return p;
  }

  /**
   * Floors first (they must be on disk before a number leaves its record), then one journal
   * append per month — records moving between months reach their new home before they leave the
   * old one, so a crash never loses one. On a failure, appends already made are cut back.
   */
  async #write(w: Work): Promise<void> {
    if (w.floors.size > 0) await this.#floors.raise(w.floors);
    const pending = [...w.months.values()].sort(
      (a, b) => Number(a.shrinks) - Number(b.shrinks) || (a.shard.month < b.shard.month ? -1 : 1),
    );
    const done: MonthWork[] = [];
    try {
      for (const p of pending) {
        p.sizeBefore = p.shard.journal.size;
        p.existedBefore = p.shard.journal.exists;
        const { journal, month } = p.shard;
        await this.#ctx.backups.beforeWrite(journal.path, `updates.${month}.journal`, journal.exists);
        await journal.append(Buffer.concat(p.ops.map(journalLine)));
        done.push(p);
      }
    } catch (e) {
      const stuck: MonthWork[] = [];
      for (const p of done.reverse()) {
        try {
          await p.shard.journal.truncateTo(p.sizeBefore, !p.existedBefore);
        } catch (undoError) {
          stuck.push(p);
          this.#ctx.log(
            `store: could not undo the append to ${p.shard.journal.path}: ${(undoError as Error).message}`,
          );
        }
      }
      if (stuck.length === 0) throw e;
      // Disk keeps part of the change: reflect exactly that in memory rather than diverge.
      const months = new Set(stuck.map((p) => p.shard.month));
      for (const p of stuck) this.#applyOps(p);
      for (const c of w.changes) if (months.has(monthOf(c.after))) this.#applyChange(c);
      throw new AppError(
        "STORE_IO",
        `部分写入 / only part of the change was saved (${stuck.map((p) => p.shard.journal.path).join(", ")}) and undoing it failed`,
        {
          cause: e,
          hint: "check the disk; restart the bot to reload what is on disk, and review the records just saved",
        },
      );
    }
  }

  #commitWork(w: Work): void {
    for (const p of w.months.values()) this.#applyOps(p);
    for (const c of w.changes) this.#applyChange(c);
    for (const p of w.months.values()) if (p.shard.wantsCompaction) this.#scheduleCompaction(p.shard);
  }

  #applyOps(p: MonthWork): void {
    const records = p.shard.records!;
    for (const op of p.ops) {
      if ("del" in op) {
        records.delete(op.del);
        p.shard.movedIn.delete(op.del);
      } else {
        records.set(op.put.id, op.put);
        if (op.from !== undefined) p.shard.movedIn.set(op.put.id, op.from);
        else p.shard.movedIn.delete(op.put.id);
      }
    }
  }

  #applyChange(c: { before?: Update; after: Update }): void {
    if (c.before) this.#index.remove(monthOf(c.before), keysOf(c.before));
    this.#index.add(monthOf(c.after), keysOf(c.after));
  }

  /** Queues a compaction of `shard` after the batches already queued (never inside a batch). */
  #scheduleCompaction(shard: MonthShard): void {
    const retryAt = this.#retryCompactionAt.get(shard.month);
    if (retryAt !== undefined && this.#ctx.now().getTime() < retryAt) return;
    this.#retryCompactionAt.set(shard.month, Number.POSITIVE_INFINITY);
    void this.#mutex.run(async () => {
      try {
        if (shard.wantsCompaction) await this.#compact(shard);
        this.#retryCompactionAt.delete(shard.month);
      } catch (e) {
        // The journal still holds everything: only the compaction is put off.
        this.#retryCompactionAt.set(shard.month, this.#ctx.now().getTime() + 60_000);
        this.#ctx.log(`store: compaction of ${shard.path} failed (${(e as Error).message}); will retry`);
      }
    });
  }

  /** A new snapshot of the month (with everything in its journal), then the journal goes. */
  async #compact(shard: MonthShard): Promise<void> {
    const cold = shard.records === undefined;
    this.#records(shard.month);
    await this.#ctx.backups.beforeWrite(shard.path, `updates.${shard.month}`, shard.snapshotExists);
    await writeSnapshot(this.#ctx, shard);
    if (cold) shard.records = undefined;
  }
}
