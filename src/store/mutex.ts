/**
 * A promise-chain mutex: `run(fn)` starts `fn` only after every earlier `run` has settled, so
 * read-modify-write sequences on one file never interleave.
 *
 * Must stay true: a rejected task never blocks the chain (the next task still runs), and
 * `idle()` resolves once every task queued before the call has settled.
 */
export class Mutex {
  #tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T> | T): Promise<T> {
    const result = this.#tail.then(() => fn());
    // Keep the chain alive whatever `fn` does; the caller sees the real outcome via `result`.
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves when every task queued so far has settled. */
  async idle(): Promise<void> {
    await this.#tail;
  }
}
