import type { Engine } from "../../conversation/engine.js";
import type { Reply } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { InboxEntry, Store } from "../../store/types.js";
import type { FeishuApi } from "./api.js";
import type { IdentityResolver } from "./identity.js";
import { type CardEvent, cardCommand, type MessageEvent } from "./to-incoming.js";
import { type InboxPayload, keys } from "./inbox.js";
import { type CardJson, replyCard, splitCard } from "./render-card.js";
import { createEntryProcessor } from "./process-entry.js";
import type { QuotedMessages } from "./quoted-messages.js";
import { createSenderQueue } from "./sender-queue.js";
import type { Envelope, FeishuEvent } from "./types.js";

/**
 * The one Feishu dispatcher; the webhook and the long connection both call `dispatch`.
 *
 * Never lose, never double — in one process or in several sharing one store:
 * - a message is persisted to the inbox *before* Feishu gets its answer, then processed;
 *   a crash after the answer leaves the entry for `replay()` at the next start and, where
 *   replicas share the store, for a surviving replica's sweep;
 * - accepting is one atomic step: `addInbox` (insert if absent) on an id derived from the
 *   message_id (one entry per message, not per delivery). Of two deliveries — a retry, a second
 *   event_id for the message, the same event at two replicas — exactly one adds it; the others
 *   are duplicates. Concurrent duplicates in one process are caught first by the in-flight set.
 *   Answering costs ONE store write (the entry);
 * - an entry is processed under its sender's lock (sender-queue.ts), re-read inside it: an entry
 *   another replica finished meanwhile is gone (or marked done) and is skipped. With a shared
 *   store, the older entries of the sender still in the inbox go first, so one person's messages
 *   keep their order whichever replica took them;
 * - once processed, `done:<inbox id>` is marked seen (for a week, longer than Feishu retries)
 *   before the entry leaves the inbox, and takes over as the de-duplication record. Keys
 *   `event:`/`message:` written by earlier versions are still honoured;
 * - the engine's replies are saved into the inbox entry before sending, so a replay sends them
 *   without running the engine (and recording the update) again;
 * - each sent message is recorded in a ledger (and carries a Feishu `uuid`), and the entry is
 *   marked done before it leaves the inbox, so a crash between a send and the clean-up does not
 *   send twice;
 * - with a shared store, every `orphanAfterMs / 2` a sweep takes entries older than
 *   `orphanAfterMs` that no process is working on (their sender's lock is free — the lock of a
 *   process that died went with it) and processes them.
 */
export type DispatchStore = Pick<
  Store,
  | "kind"
  | "markSeen"
  | "hasSeen"
  | "putInbox"
  | "addInbox"
  | "removeInbox"
  | "listInbox"
  | "getInbox"
  | "withLock"
  | "tryLock"
>;

export interface FeishuDispatcherDeps {
  engine: Pick<Engine, "handle">;
  store: DispatchStore;
  api: FeishuApi;
  identity: Pick<IdentityResolver, "resolve">;
  log: Logger;
  now?: () => Date;
  /** How long a card click may wait for the engine before answering with a toast only. */
  cardDeadlineMs?: number;
  /** Delay before retrying an entry whose processing failed (×attempt). */
  retryDelayMs?: number;
  /**
   * Shared store (several replicas): an entry older than this that no process is working on is
   * taken over by the sweep. Default 30 s.
   */
  orphanAfterMs?: number;
  /** Shared store: senders processed at once by this process (default 8). */
  concurrency?: number;
  /** What the bot sent, shared with the outbox (quoted-messages.ts); the processor makes its own unless given. */
  quotes?: QuotedMessages;
}

/** Feishu's answer to a card.action.trigger callback. */
export interface CardResponse {
  toast?: { type: "success" | "info" | "warning" | "error"; content: string };
  card?: { type: "raw"; data: CardJson };
}

export type DispatchResult =
  | { status: "accepted" | "duplicate" | "ignored" }
  | { status: "card"; response: CardResponse }
  | { status: "challenge"; challenge: string };

export interface FeishuDispatcher {
  /** Handle a parsed, already verified event. Resolves when it is safe to answer Feishu. */
  dispatch(event: FeishuEvent): Promise<DispatchResult>;
  /** Process every entry left in the inbox (crash recovery); returns how many were found. */
  replay(): Promise<number>;
  /** Resolves when all background processing has finished (tests, shutdown). */
  idle(): Promise<void>;
  /**
   * Stop starting work (entries not yet started stay in the inbox for the next start) and
   * scheduling retries, then wait for work in progress — at most `graceMs` when given. Resolves
   * with how many entries were still in progress (left in the inbox, replayed at the next start).
   */
  stop(opts?: { graceMs?: number }): Promise<number>;
}

/**
 * The event as kept in the inbox: as received, minus the verification token (already checked,
 * useless for a replay, and a secret that has no business on disk).
 */
function storedEvent(raw: Envelope): Envelope {
  if (raw.header.token === undefined) return raw;
  const { token: _token, ...header } = raw.header;
  return { ...raw, header };
}
const TIMEOUT = Symbol("timeout");

export function createFeishuDispatcher(deps: FeishuDispatcherDeps): FeishuDispatcher {
  const { engine, store, api, identity, log } = deps;
  const now = deps.now ?? (() => new Date());
  const cardDeadlineMs = deps.cardDeadlineMs ?? 2500;
  const retryDelayMs = deps.retryDelayMs ?? 60_000;
  /** Other processes may share the store: order across them, sweep for their orphans. */
  const shared = store.kind !== "lowdb";
  const orphanAfterMs = deps.orphanAfterMs ?? 30_000;
  const senders = createSenderQueue(store, shared ? (deps.concurrency ?? 8) : undefined);
  /** Inbox ids being processed (or queued) in this process. */
  const inFlight = new Set<string>();
  const work = new Set<Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  let sweeper: NodeJS.Timeout | undefined;
  let stopped = false;

  const { isDone, ledger, computeReplies, decode, processEntry, senderOf, pendingOf } = createEntryProcessor({
    quotes: deps.quotes,
    engine,
    store,
    api,
    identity,
    log,
    now,
    retryDelayMs,
    stopped: () => stopped,
    retryLater: (id, sender, delayMs) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!stopped) void schedule(id, sender);
      }, delayMs);
      timer.unref();
      timers.add(timer);
    },
  });

  const track = <T>(p: Promise<T>): Promise<T> => {
    work.add(p);
    const done = () => work.delete(p);
    p.then(done, done);
    return p;
  };

  /**
   * Accepts `entry`: false when it is in flight here, processed, or already in the inbox. The
   * in-flight set is filled synchronously, before the first await, so two concurrent deliveries
   * in this process cannot both pass; `addInbox` decides between processes.
   */
  async function accept(entry: InboxEntry, oldKeys: string[]): Promise<boolean> {
    if (inFlight.has(entry.id)) return false;
    inFlight.add(entry.id);
    try {
      if (!(await isDone(entry.id, oldKeys)) && (await store.addInbox(entry))) return true;
    } catch (e) {
      inFlight.delete(entry.id);
      throw e;
    }
    inFlight.delete(entry.id);
    return false;
  }

  /**
   * Under the sender's lock: with a shared store, the sender's older entries still in the inbox
   * first (taken by another replica that died, or waiting there for this lock), so one person's
   * messages are answered in the order they were accepted; then `id` itself unless `onlyBefore`.
   */
  async function drain(sender: string, id: string, opts: { onlyBefore?: boolean; started?: boolean } = {}) {
    if (shared) {
      for (const other of await pendingOf(sender)) {
        if (other === id || stopped) break;
        const mine = !inFlight.has(other);
        inFlight.add(other);
        try {
          await processEntry(other);
        } finally {
          if (mine) inFlight.delete(other);
        }
      }
    }
    if (!opts.onlyBefore) await processEntry(id, opts.started);
  }

  /** Queues an entry for processing; `started`: see processEntry. */
  function schedule(id: string, sender: string, started = false): Promise<void> {
    inFlight.add(id);
    return track(
      senders.run(sender, () => drain(sender, id, { started })).finally(() => inFlight.delete(id)),
    );
  }

  // ---- entry points ----

  async function acceptMessage(ev: MessageEvent): Promise<DispatchResult> {
    const messageId = ev.body.message.message_id;
    const inboxId = keys.messageInbox(messageId);
    const sender = ev.body.sender.sender_id.open_id ?? inboxId;
    if (ev.body.sender.sender_type === "app") {
      // The bot's own messages (and other apps'): never for the engine, nothing to record.
      return { status: "ignored" };
    }
    const entry: InboxEntry = {
      id: inboxId,
      receivedAt: now().toISOString(),
      payload: {
        source: "feishu",
        kind: "message",
        event: storedEvent(ev.raw),
        sender,
      } satisfies InboxPayload,
      attempts: 0,
      group: sender,
    };
    if (!(await accept(entry, [keys.event(ev.eventId), keys.message(messageId)]))) {
      log.debug("feishu: duplicate delivery dropped", { eventId: ev.eventId, messageId });
      return { status: "duplicate" };
    }
    void schedule(inboxId, sender);
    return { status: "accepted" };
  }

  async function handleCard(ev: CardEvent): Promise<DispatchResult> {
    const inboxId = keys.cardInbox(ev.eventId);
    if (!cardCommand(ev)) {
      return {
        status: "card",
        response: {
          toast: { type: "warning", content: "这个按钮已失效，请直接发送文字命令（发送「帮助」查看）。" },
        },
      };
    }
    const sender = ev.body.operator.open_id ?? inboxId;
    const entry: InboxEntry = {
      id: inboxId,
      receivedAt: now().toISOString(),
      payload: { source: "feishu", kind: "card", event: storedEvent(ev.raw), sender } satisfies InboxPayload,
      attempts: 0,
      group: sender,
    };
    // The entry (keyed by event_id) is the de-duplication record, as for messages.
    if (!(await accept(entry, [keys.event(ev.eventId)]))) {
      return { status: "card", response: { toast: { type: "info", content: "已收到，正在处理" } } };
    }
    // The engine runs now, under the sender's lock, so its answer can replace the clicked card.
    const computed = senders.run(sender, async () => {
      await drain(sender, inboxId, { onlyBefore: true });
      const current = await store.getInbox(inboxId);
      const decoded = current ? decode(current) : undefined;
      if (!current || !decoded) return undefined;
      return computeReplies(current, decoded.payload, ev);
    });
    computed.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const winner: Reply[] | undefined | typeof TIMEOUT = await Promise.race([
      computed.catch((): typeof TIMEOUT => TIMEOUT),
      new Promise<typeof TIMEOUT>((r) => {
        timer = setTimeout(() => r(TIMEOUT), cardDeadlineMs);
      }),
    ]);
    clearTimeout(timer);
    const response: CardResponse = { toast: { type: "info", content: "正在处理，稍后回复您。" } };
    if (winner !== TIMEOUT && winner !== undefined) {
      // The first reply with a card that fits replaces the clicked card; the rest go as messages.
      const k = winner.findIndex((r) => r.card && !r.file && !r.rich);
      const shown = k >= 0 ? (winner[k] as Reply) : undefined;
      const cardModel = shown ? replyCard(shown) : undefined;
      // A long own text goes as a message before the card (planReply): not as a card response.
      const textFirst =
        shown !== undefined && cardModel === shown.card && !shown.textIsCardCopy && shown.text.trim() !== "";
      const cards = cardModel ? splitCard(cardModel) : [];
      if (k >= 0 && !textFirst && cards.length === 1 && cards[0]) {
        await ledger(inboxId).markSent(`${inboxId}:${k}.0`);
        response.card = { type: "raw", data: cards[0] };
        response.toast = { type: "success", content: "已处理" };
      } else {
        response.toast = { type: "success", content: "已处理，请查看回复" };
      }
    }
    inFlight.add(inboxId);
    void track(
      computed
        .then(
          () => schedule(inboxId, sender, true),
          () => schedule(inboxId, sender, true),
        )
        .finally(() => inFlight.delete(inboxId)),
    );
    return { status: "card", response };
  }

  async function dispatch(ev: FeishuEvent): Promise<DispatchResult> {
    switch (ev.type) {
      case "url_verification":
        return { status: "challenge", challenge: ev.challenge };
      case "message":
        return acceptMessage(ev);
      case "card_action":
        return handleCard(ev);
      case "unsupported":
        log.debug("feishu: event ignored", { eventType: ev.eventType, reason: ev.reason });
        return { status: "ignored" };
    }
  }

  /**
   * Takes over what no process is working on: entries older than `orphanAfterMs` (0: all) whose
   * sender's lock is free. Resolves with how many entries were found.
   */
  async function sweep(minAgeMs: number): Promise<number> {
    const cutoff = now().getTime() - minAgeMs;
    const t = now().toISOString();
    const orphans = new Map<string, string[]>();
    for (const e of await store.listInbox()) {
      if (!e.id.startsWith("feishu:") || inFlight.has(e.id) || Date.parse(e.receivedAt) > cutoff) continue;
      const retryAt = (e.payload as Partial<InboxPayload> | undefined)?.retryAt;
      if (retryAt && retryAt > t) continue;
      const sender = senderOf(e);
      orphans.set(sender, [...(orphans.get(sender) ?? []), e.id]);
    }
    const found = [...orphans.values()].reduce((n, ids) => n + ids.length, 0);
    if (found > 0) log.info("feishu: taking over events no process is working on", { count: found });
    await Promise.all(
      [...orphans].map(([sender, ids]) => {
        for (const id of ids) inFlight.add(id);
        return track(
          senders
            .tryRun(sender, () => drain(sender, ids[ids.length - 1]!))
            .finally(() => {
              for (const id of ids) inFlight.delete(id);
            }),
        );
      }),
    );
    return found;
  }

  async function replay(): Promise<number> {
    let count: number;
    if (shared) {
      // Entries other live replicas are working on are skipped (their sender's lock is held).
      count = await sweep(0);
      if (!sweeper && !stopped) {
        sweeper = setInterval(
          () => {
            if (!stopped)
              void sweep(orphanAfterMs).catch((e) =>
                log.error("feishu: inbox sweep failed", { error: errorMessage(e) }),
              );
          },
          Math.max(1000, Math.floor(orphanAfterMs / 2)),
        );
        sweeper.unref();
      }
      return count;
    }
    const entries = (await store.listInbox()).filter(
      (e) => e.id.startsWith("feishu:") && !inFlight.has(e.id),
    );
    if (entries.length > 0)
      log.info("feishu: replaying events received before the last stop", { count: entries.length });
    await Promise.all(entries.map((e) => schedule(e.id, senderOf(e))));
    return entries.length;
  }

  async function idle(): Promise<void> {
    while (work.size > 0) await Promise.allSettled([...work]);
  }

  async function stop(opts: { graceMs?: number } = {}): Promise<number> {
    stopped = true;
    if (sweeper) clearInterval(sweeper);
    sweeper = undefined;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    if (opts.graceMs === undefined) {
      await idle();
      return 0;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([idle(), new Promise<void>((r) => (timer = setTimeout(r, opts.graceMs)))]);
    clearTimeout(timer);
    if (inFlight.size > 0)
      log.warn(
        "feishu: stopping with events unfinished; they stay in the inbox and are replayed at the next start",
        {
          count: inFlight.size,
        },
      );
    return inFlight.size;
  }

  return { dispatch, replay, idle, stop };
}
