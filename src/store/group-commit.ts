import type { Mutex } from "./mutex.js";

/** What a GroupCommit needs from the files it writes. `W` is the working copy of one batch. */
export interface GroupCommitTarget<W> {
  /** A fresh working copy of the committed content (memory = disk). */
  begin(): W;
  /** True when the operations applied to `w` changed anything (false: nothing to write). */
  dirty(w: W): boolean;
  /**
   * Puts `w` on disk (temp + fsync + rename for each file). On failure it throws and leaves the
   * disk as it was (or reflects exactly what stuck in memory, see UpdatesRepo) — never commits `w`.
   */
  write(w: W): Promise<void>;
  /** Makes `w` (now on disk) the committed content in memory. Must not throw. */
  commit(w: W): void;
}

interface Pending<W> {
  op: (w: W) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes are serialized, but operations that arrive while a write is in flight are
 * not written one by one — they are applied together, in arrival order, to ONE working copy, and
 * that copy is persisted by ONE write.
 *
 * Must stay true:
 * - an operation is a synchronous function of the working copy that either throws WITHOUT having
 *   changed it (then only that caller rejects, with that error) or changes it and returns its
 *   result; it sees the changes of the operations before it in the same batch;
 * - each caller's promise settles only when the write holding its change has settled: it resolves
 *   after the data is on disk; if that write fails, memory keeps the last committed content and
 *   EVERY caller of the batch rejects with the write's error (their results may depend on each
 *   other's changes, none of which stuck);
 * - a batch that changed nothing writes nothing and resolves at once;
 * - batches run one at a time (inside `mutex` when given, so other users of the same files —
 *   migrations, multi-file writes — never interleave with a batch);
 * - `idle()` resolves once every operation queued before the call has settled.
 */
export class GroupCommit<W> {
  readonly #target: GroupCommitTarget<W>;
  readonly #mutex: Mutex | undefined;
  #queue: Pending<W>[] = [];
  #running: Promise<void> | undefined;

  constructor(target: GroupCommitTarget<W>, mutex?: Mutex) {
    this.#target = target;
    this.#mutex = mutex;
  }

  run<R>(op: (w: W) => R): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ op, resolve: resolve as (v: unknown) => void, reject });
      this.#running ??= this.#drain();
    });
  }

  /** Resolves when every operation queued so far has settled. */
  async idle(): Promise<void> {
    await this.#running;
  }

  async #drain(): Promise<void> {
    // Let callers in the same tick (putInbox(); markSeen()) join the first batch.
    await Promise.resolve();
    while (this.#queue.length > 0) {
      const batch = this.#queue;
      this.#queue = [];
      if (this.#mutex) await this.#mutex.run(() => this.#runBatch(batch));
      else await this.#runBatch(batch);
    }
    this.#running = undefined;
  }

  /** Never throws: every outcome goes to the callers. */
  async #runBatch(batch: Pending<W>[]): Promise<void> {
    let w: W;
    try {
      w = this.#target.begin();
    } catch (e) {
      for (const p of batch) p.reject(e);
      return;
    }
    const applied: Array<{ p: Pending<W>; result: unknown }> = [];
    for (const p of batch) {
      try {
        applied.push({ p, result: p.op(w) });
      } catch (e) {
        p.reject(e);
      }
    }
    if (applied.length === 0) return;
    if (this.#target.dirty(w)) {
      try {
        await this.#target.write(w);
      } catch (e) {
        for (const { p } of applied) p.reject(e);
        return;
      }
      try {
        this.#target.commit(w);
      } catch (e) {
        for (const { p } of applied) p.reject(e);
        return;
      }
    }
    for (const { p, result } of applied) p.resolve(result);
  }
}
