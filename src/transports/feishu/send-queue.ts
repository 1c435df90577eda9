import type { Logger } from "../../log.js";
import { isRetryable, isTokenInvalid, toApiError } from "./api-error.js";

/**
 * Outbound discipline for the Open Platform: at most 5 messages a second to one user or chat and
 * 50 a second for the whole app (Feishu's limits), messages to one receiver sent in order, and
 * retries with exponential backoff on rate limits (230020, 99991400, HTTP 429) and 5xx. An
 * invalid tenant token is refreshed once. A call that still fails is logged as an error and
 * rethrown — never dropped silently.
 */
export interface SendQueueOptions {
  log: Logger;
  perReceiverPerSecond?: number;
  perAppPerSecond?: number;
  /** Total tries per call, including the first. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called when Feishu says the token is invalid; the next try fetches a fresh one. */
  onTokenInvalid?: () => void;
}

export interface SendQueue {
  /**
   * Run `op` under the limits of `receiver` (a user open_id, a chat id, or "" for calls that
   * are not messages and count only against the app limit). `what` names the call in logs.
   */
  run<T>(receiver: string, what: string, op: () => Promise<T>): Promise<T>;
  /** Resolves when every call queued so far has settled. */
  idle(): Promise<void>;
  /**
   * Shutting down: calls waiting for a slot or a retry give up at once, later calls are refused
   * (SendQueueClosed) — so a Feishu that fails every send cannot hold the process up. A request
   * already on the wire still gets its answer.
   */
  close(): void;
}

/** The error of a call given up because the queue was closed (the bot is stopping). */
export class SendQueueClosed extends Error {
  constructor(what: string) {
    super(`${what}: not sent, the bot is stopping`);
    this.name = "SendQueueClosed";
  }
}

export const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function createSendQueue(opts: SendQueueOptions): SendQueue {
  const perReceiverGap = 1000 / (opts.perReceiverPerSecond ?? 5);
  const perAppGap = 1000 / (opts.perAppPerSecond ?? 50);
  const maxAttempts = opts.maxAttempts ?? 5;
  const base = opts.baseDelayMs ?? 500;
  const maxDelay = opts.maxDelayMs ?? 8000;
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? defaultSleep;

  const nextByReceiver = new Map<string, number>();
  /**
   * App send slots already given out, ascending. Any two are at least `perAppGap` apart, which
   * keeps to the app limit in every one-second window. Slots are placed at the earliest free time
   * at or after the receiver's own slot, so one receiver's spacing (200 ms at 5/s) never pushes
   * the app clock: other receivers' messages fill the gaps in between.
   */
  const appSlots: number[] = [];
  const chains = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<unknown>>();
  let closed = false;
  let wake: () => void = () => undefined;
  const closing = new Promise<void>((r) => {
    wake = r;
  });
  /** A wait that ends early when the queue closes. */
  const pause = (ms: number) => Promise.race([sleep(ms), closing]);

  /** The earliest time ≥ `earliest` at least one app gap away from every reserved slot; reserves it. */
  function reserveAppSlot(earliest: number, t: number): number {
    let stale = 0;
    while (stale < appSlots.length && (appSlots[stale] as number) <= t - perAppGap) stale++;
    if (stale > 0) appSlots.splice(0, stale);
    let slot = earliest;
    let at = 0;
    for (; at < appSlots.length; at++) {
      const taken = appSlots[at] as number;
      if (taken <= slot - perAppGap) continue;
      if (taken >= slot + perAppGap) break;
      slot = taken + perAppGap;
    }
    appSlots.splice(at, 0, slot);
    return slot;
  }

  /** Reserve the next send slot synchronously; returns how long to wait for it. */
  function reserve(receiver: string): number {
    const t = now();
    const slot = reserveAppSlot(Math.max(t, receiver ? (nextByReceiver.get(receiver) ?? 0) : 0), t);
    if (receiver) {
      nextByReceiver.set(receiver, slot + perReceiverGap);
      if (nextByReceiver.size > 1000) {
        for (const [k, v] of nextByReceiver) if (v < t) nextByReceiver.delete(k);
      }
    }
    return slot - t;
  }

  async function attemptAll<T>(receiver: string, what: string, op: () => Promise<T>): Promise<T> {
    let refreshed = false;
    let attempt = 0;
    for (;;) {
      attempt++;
      if (closed) throw new SendQueueClosed(what);
      const wait = reserve(receiver);
      if (wait > 0) await pause(wait);
      if (closed) throw new SendQueueClosed(what);
      try {
        return await op();
      } catch (raw) {
        const e = toApiError(raw, what);
        if (isTokenInvalid(e) && !refreshed) {
          refreshed = true;
          attempt--;
          opts.log.warn("feishu token invalid, refreshing", { what, code: e.code });
          opts.onTokenInvalid?.();
          continue;
        }
        if (!isRetryable(e) || attempt >= maxAttempts) {
          opts.log.error("feishu call failed", {
            what,
            attempts: attempt,
            code: e.code,
            status: e.status,
            error: e.message,
          });
          throw e;
        }
        const delay = Math.min(maxDelay, base * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
        opts.log.warn("feishu call retried", {
          what,
          attempt,
          code: e.code,
          status: e.status,
          delayMs: Math.round(delay),
        });
        await pause(delay);
      }
    }
  }

  function run<T>(receiver: string, what: string, op: () => Promise<T>): Promise<T> {
    const key = receiver || `app:${Math.random()}`;
    const previous = receiver ? (chains.get(key) ?? Promise.resolve()) : Promise.resolve();
    const result = previous.then(
      () => attemptAll(receiver, what, op),
      () => attemptAll(receiver, what, op),
    );
    if (receiver) {
      const settled = result.then(
        () => undefined,
        () => undefined,
      );
      chains.set(key, settled);
      settled.then(() => {
        if (chains.get(key) === settled) chains.delete(key);
      });
    }
    pending.add(result);
    const done = () => pending.delete(result);
    result.then(done, done);
    return result;
  }

  async function idle(): Promise<void> {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  }

  function close(): void {
    closed = true;
    wake();
  }

  return { run, idle, close };
}
