/**
 * An in-process lock per key: `run(key, fn)` starts `fn` once every earlier `run` with the same
 * key has settled (arrival order), while runs with other keys go ahead at once. The lowdb
 * store's `withLock` — one process owns DATA_DIR, so a lock in memory is a lock for all.
 *
 * Must stay true: a task that throws or rejects releases its key (the next one runs); a key
 * with nothing queued holds no memory; not re-entrant — `run(k, () => run(k, …))` never settles.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<unknown>>();
  /** Tasks running or queued per key, counted down before their result resolves. */
  readonly #queued = new Map<string, number>();

  run<T>(key: string, fn: () => Promise<T> | T): Promise<T> {
    const prev = this.#tails.get(key) ?? Promise.resolve();
    this.#queued.set(key, (this.#queued.get(key) ?? 0) + 1);
    const result = prev.then(async () => {
      try {
        return await fn();
      } finally {
        const n = (this.#queued.get(key) ?? 1) - 1;
        if (n === 0) this.#queued.delete(key);
        else this.#queued.set(key, n);
      }
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    // The last task of a key removes the key, so idle keys do not accumulate.
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Runs `fn` when nothing runs or waits under `key`; else resolves without running it. */
  async tryRun<T>(
    key: string,
    fn: () => Promise<T> | T,
  ): Promise<{ locked: true; value: T } | { locked: false }> {
    if (this.#queued.has(key)) return { locked: false };
    return { locked: true, value: await this.run(key, fn) };
  }

  /** How many keys have a task running or queued (for tests). */
  get size(): number {
    return this.#tails.size;
  }
}
