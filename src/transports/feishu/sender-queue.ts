import type { Store } from "../../store/types.js";
import { keys } from "./inbox.js";

/**
 * Where one sender's events are processed, one at a time and in order, in every replica:
 * - in this process, a chain per sender (work for a sender waits for this process's earlier
 *   work for it, so a replica never queues several waiters for one lock);
 * - at most `concurrency` senders at once (each holds the sender lock and, inside the engine,
 *   the person lock: two connections of PostgreSQL's lock pool, which must never run dry while
 *   every holder waits for a second one);
 * - across processes, the store's lock `feishu:sender:<open_id>` (PostgreSQL: an advisory lock,
 *   released by the server when its process dies).
 */
export interface SenderQueue {
  /** Runs `fn` holding the sender's lock, waiting for it. */
  run<T>(sender: string, fn: () => Promise<T>): Promise<T>;
  /** Runs `fn` only when no other process holds the sender's lock; else resolves `{ locked: false }`. */
  tryRun<T>(sender: string, fn: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }>;
}

export function createSenderQueue(
  store: Pick<Store, "withLock" | "tryLock">,
  concurrency = Number.POSITIVE_INFINITY,
): SenderQueue {
  const chains = new Map<string, Promise<unknown>>();
  let running = 0;
  const waiting: Array<() => void> = [];

  async function slot<T>(fn: () => Promise<T>): Promise<T> {
    if (running >= concurrency) await new Promise<void>((r) => waiting.push(r));
    else running += 1;
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  }

  function chain<T>(sender: string, fn: () => Promise<T>): Promise<T> {
    const prev = chains.get(sender) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    chains.set(sender, settled);
    void settled.then(() => {
      if (chains.get(sender) === settled) chains.delete(sender);
    });
    return next;
  }

  return {
    run: (sender, fn) => chain(sender, () => slot(() => store.withLock(keys.senderLock(sender), fn))),
    tryRun: (sender, fn) => chain(sender, () => slot(() => store.tryLock(keys.senderLock(sender), fn))),
  };
}
