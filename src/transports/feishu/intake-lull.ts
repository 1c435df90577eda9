/**
 * When the server may start its heavy work (loading the processing side: history, roster,
 * engine) without keeping an event waiting: once an event needs processing (a message was
 * accepted and answered, a card was clicked), or once no webhook request has been under way for
 * `quietMs` — and at the latest after `maxMs`, so that requests that keep coming without
 * bringing an event in (forged, duplicates) cannot hold it back. Loading the processing side is mostly one synchronous block of module evaluation,
 * and a request that arrives meanwhile waits for all of it; right after a start, Feishu
 * redelivers what it could not deliver while the bot was down, so the first of those is
 * answered before the load rather than after it.
 */
export interface IntakeLull {
  /** A webhook request began. */
  begin(): void;
  /** It ended (answered or failed). */
  end(): void;
  /** An event needs processing: wait no longer. */
  needed(): void;
  /**
   * Resolves once an event needed processing, or no request has been under way for `quietMs`,
   * or `maxMs` after the call, whichever comes first.
   */
  wait(quietMs: number, maxMs: number): Promise<void>;
}

export function createIntakeLull(now: () => number = () => performance.now()): IntakeLull {
  let inFlight = 0;
  let lastActive = now();
  let needed = false;
  const waiters = new Set<() => void>();
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  return {
    begin() {
      inFlight++;
      lastActive = now();
    },
    end() {
      inFlight = Math.max(0, inFlight - 1);
      lastActive = now();
    },
    needed() {
      needed = true;
      wake();
    },
    wait(quietMs, maxMs) {
      // The quiet spell is counted from the wait at the earliest.
      const from = now();
      lastActive = Math.max(lastActive, from);
      return new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const check = () => {
          clearTimeout(timer);
          const t = now();
          const quietFor = t - lastActive;
          if (needed || (inFlight === 0 && quietFor >= quietMs) || t - from >= maxMs) {
            waiters.delete(check);
            resolve();
            return;
          }
          const next = inFlight === 0 ? quietMs - quietFor : quietMs;
          timer = setTimeout(check, Math.min(next, maxMs - (t - from)));
        };
        waiters.add(check);
        check();
      });
    },
  };
}
