import { randomUUID } from "node:crypto";
import { errorMessage } from "../errors.js";
import type { Logger } from "../log.js";
import type { Collection } from "../store/types.js";
import { type SendRecord, sendKey } from "./reminder-records.js";

/**
 * At-most-once delivery of one weekly message, across restarts and instances sharing a store.
 *
 * The send is CLAIMED in the store (an atomic read-modify-write that only succeeds when no
 * record exists, or the existing one is `failed`) before the transport is called; only the
 * claimant sends. Within a claim the send is retried with backoff; a send that still fails is
 * recorded `failed` (retried by the next tick), and after `maxRounds` rounds `gave-up`.
 * A claim left `sending` by a crash is never re-sent: a rare miss beats a double ping.
 */
export interface SendOnceDeps {
  sends: Collection<SendRecord>;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
  log: Logger;
  /** Attempts per round (≥ 1) and the first backoff; each further wait is 4× longer. */
  retry: { attempts: number; baseDelayMs: number };
  /** Rounds (ticks) before giving up on a failing send. */
  maxRounds: number;
}

export type SendOutcome = "sent" | "already-sent" | "in-flight" | "failed" | "gave-up";

export interface SendJob {
  kind: "remind" | "digest";
  personId: string;
  week: string;
  late: boolean;
  send: () => Promise<void>;
}

export const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 2_000 };
export const DEFAULT_MAX_ROUNDS = 5;

/** Claims, sends (with retries) and records one message. Never throws for a transport error. */
export async function sendOnce(deps: SendOnceDeps, job: SendJob): Promise<SendOutcome> {
  const id = sendKey(job.kind, job.personId, job.week);
  const claim = randomUUID();
  const at = deps.now().toISOString();
  const rec = await deps.sends.update(id, (cur) => {
    if (!cur) {
      return {
        id,
        kind: job.kind,
        personId: job.personId,
        week: job.week,
        status: "sending",
        claim,
        attempts: 0,
        rounds: 1,
        firstAt: at,
        updatedAt: at,
        late: job.late,
      };
    }
    if (cur.status === "failed")
      return { ...cur, status: "sending", claim, rounds: cur.rounds + 1, updatedAt: at };
    return cur;
  });
  if (rec.claim !== claim) {
    if (rec.status === "sent") return "already-sent";
    if (rec.status === "sending") return "in-flight";
    return rec.status === "gave-up" ? "gave-up" : "failed";
  }

  const ctx = { id, round: rec.rounds };
  let lastError = "";
  let attempts = rec.attempts;
  for (let i = 0; i < deps.retry.attempts; i++) {
    attempts++;
    try {
      await job.send();
      const sentAt = deps.now().toISOString();
      await deps.sends.update(id, (cur) => ({
        ...(cur ?? rec),
        status: "sent",
        attempts,
        sentAt,
        updatedAt: sentAt,
        lastError: undefined,
      }));
      if (i > 0 || rec.rounds > 1) deps.log.info("reminder sent after retry", { ...ctx, attempts });
      return "sent";
    } catch (e) {
      lastError = errorMessage(e);
      deps.log.warn("reminder send failed", { ...ctx, attempt: i + 1, error: lastError });
      if (i + 1 < deps.retry.attempts) await deps.sleep(deps.retry.baseDelayMs * 4 ** i);
    }
  }
  const gaveUp = rec.rounds >= deps.maxRounds;
  await deps.sends.update(id, (cur) => ({
    ...(cur ?? rec),
    status: gaveUp ? "gave-up" : "failed",
    attempts,
    updatedAt: deps.now().toISOString(),
    lastError,
  }));
  if (gaveUp) {
    deps.log.error("reminder not delivered, giving up", { ...ctx, attempts, error: lastError });
    return "gave-up";
  }
  deps.log.error("reminder not delivered, will retry on the next tick", {
    ...ctx,
    attempts,
    error: lastError,
  });
  return "failed";
}
