/**
 * When the server may start its heavy work (loading the processing side: history, roster,
 * engine) without keeping an event waiting: once an event needs processing (a message was
 * accepted and answered, a card was clicked), or once no webhook request has been under way for
 * `quietMs`. Loading the processing side is mostly one synchronous block of module evaluation,
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
  /** Resolves once an event needed processing, or no request has been under way for `quietMs`. */
  wait(quietMs: number): Promise<void>;
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
    wait(quietMs) {
      // The quiet spell is counted from the wait at the earliest.
      lastActive = Math.max(lastActive, now());
      return new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const check = () => {
          clearTimeout(timer);
          const quietFor = now() - lastActive;
          if (needed || (inFlight === 0 && quietFor >= quietMs)) {
            waiters.delete(check);
            resolve();
            return;
          }
          timer = setTimeout(check, inFlight === 0 ? quietMs - quietFor : quietMs);
        };
        waiters.add(check);
        check();
      });
    },
  };
}
