import type { Engine } from "../../conversation/engine.js";
import type { Reply } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { InboxEntry, Store } from "../../store/types.js";
import type { FeishuApi } from "./api.js";
import { deliverReplies, type SentLedger } from "./deliver-reply.js";
import type { IdentityResolver } from "./identity.js";
import {
  type CardEvent,
  cardCommand,
  cardIncoming,
  type MessageEvent,
  messageIncoming,
  replyTarget,
} from "./to-incoming.js";
import { type InboxPayload, InboxPayloadSchema, keys, SEEN_TTL_MS } from "./inbox.js";
import { parseFeishuEvent } from "./parse.js";
import { type CardJson, replyCard, splitCard } from "./render-card.js";
import type { Envelope, FeishuEvent } from "./types.js";

/**
 * The one Feishu dispatcher; the webhook and the long connection both call `dispatch`.
 *
 * Never lose, never double:
 * - a message is persisted to the inbox *before* Feishu gets its answer, then processed;
 *   a crash after the answer leaves the entry for `replay()` at the next start;
 * - the inbox entry itself is the de-duplication record until the event is processed: its id is
 *   derived from the message_id (one entry per message, not per delivery), so a retry (same
 *   event_id), a second delivery (new event_id, same message) or a restart finds it and is
 *   dropped; concurrent duplicates are caught by the in-memory in-flight set, which is filled
 *   synchronously, before the first store read or write. Answering costs ONE store write (the entry);
 * - once processed, `done:<inbox id>` is marked seen (for a week, longer than Feishu retries)
 *   before the entry leaves the inbox, and takes over as the de-duplication record. Keys
 *   `event:`/`message:` written by earlier versions are still honoured;
 * - the engine's replies are saved into the inbox entry before sending, so a replay sends them
 *   without running the engine (and recording the update) again;
 * - each sent message is recorded in a ledger (and carries a Feishu `uuid`), and the entry is
 *   marked done before it leaves the inbox, so a crash between a send and the clean-up does not
 *   send twice.
 */
export type DispatchStore = Pick<
  Store,
  "markSeen" | "hasSeen" | "putInbox" | "removeInbox" | "listInbox" | "getInbox"
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

const MAX_ATTEMPTS = 3;

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
  /** Inbox ids being processed in this process. */
  const inFlight = new Set<string>();
  const work = new Set<Promise<unknown>>();
  /** Per-sender chains, so one person's messages reach the engine in order. */
  const chains = new Map<string, Promise<unknown>>();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;

  const track = <T>(p: Promise<T>): Promise<T> => {
    work.add(p);
    const done = () => work.delete(p);
    p.then(done, done);
    return p;
  };

  function serialize<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = chains.get(key) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    chains.set(key, settled);
    settled.then(() => {
      if (chains.get(key) === settled) chains.delete(key);
    });
    return next;
  }

  /** One inbox entry by id: a map look-up, so a backlog does not slow every event down. */
  const inboxEntry = (id: string) => store.getInbox(id);

  /** Known to the store: processed (done key, or an older version's keys) or still in the inbox. */
  async function storeKnows(inboxId: string, oldKeys: string[]): Promise<boolean> {
    for (const key of [...oldKeys, keys.done(inboxId)]) if (await store.hasSeen(key)) return true;
    return (await inboxEntry(inboxId)) !== undefined;
  }

  /**
   * Claims `inboxId` for this process: false when it is in flight here or known to the store.
   * The in-flight set is filled synchronously, before the first await, so two concurrent
   * deliveries of one event cannot both pass; the claim is dropped again when the store knows it.
   */
  async function claim(inboxId: string, oldKeys: string[]): Promise<boolean> {
    if (inFlight.has(inboxId)) return false;
    inFlight.add(inboxId);
    try {
      if (!(await storeKnows(inboxId, oldKeys))) return true;
    } catch (e) {
      inFlight.delete(inboxId);
      throw e;
    }
    inFlight.delete(inboxId);
    return false;
  }

  function ledger(inboxId: string): SentLedger {
    const base = keys.sent(inboxId);
    return {
      isSent: (key) => store.hasSeen(`${base}${key.slice(inboxId.length)}`),
      markSent: async (key) => {
        await store.markSeen(`${base}${key.slice(inboxId.length)}`, SEEN_TTL_MS);
      },
    };
  }

  // ---- processing one inbox entry ----

  /** Run the engine for an entry (or take its saved replies); persists them before returning. */
  async function computeReplies(entry: InboxEntry, payload: InboxPayload, ev: MessageEvent | CardEvent) {
    if (payload.replies) return payload.replies;
    const incoming =
      ev.type === "message"
        ? await messageIncoming(ev, api, identity, log)
        : await cardIncoming(ev, identity);
    // Not for the bot (group chatter, its own echo…): the engine did not run, nothing to save.
    if (!incoming) return [];
    const replies: Reply[] = await engine.handle(incoming);
    await store.putInbox({ ...entry, payload: { ...payload, replies } });
    return replies;
  }

  /**
   * The done key first, then the entry leaves the inbox: a crash (or a failed write) between the
   * two leaves an entry that `process` drops as done; never a removed entry without its key.
   */
  async function finish(inboxId: string): Promise<void> {
    await store.markSeen(keys.done(inboxId), SEEN_TTL_MS);
    await store.removeInbox(inboxId);
  }

  async function failed(entry: InboxEntry, e: unknown): Promise<void> {
    if (stopped) {
      // Cut short by the shutdown (sends refused, store closing): not the event's fault, so not
      // an attempt. The entry stays in the inbox and is replayed at the next start.
      log.info("feishu: processing interrupted by the shutdown; replayed at the next start", {
        id: entry.id,
      });
      return;
    }
    const attempts = entry.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      log.error("feishu: giving up on an event after repeated failures", {
        id: entry.id,
        attempts,
        error: errorMessage(e),
      });
      await finish(entry.id).catch(() => undefined);
      return;
    }
    log.error("feishu: processing failed; will retry", { id: entry.id, attempts, error: errorMessage(e) });
    const current = (await inboxEntry(entry.id).catch(() => undefined)) ?? entry;
    await store.putInbox({ ...current, attempts }).catch(() => undefined);
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      void inboxEntry(entry.id).then(
        (again) => {
          if (again && !stopped) void schedule(again);
        },
        (e) =>
          log.error("feishu: could not read an entry to retry", { id: entry.id, error: errorMessage(e) }),
      );
    }, retryDelayMs * attempts);
    timer.unref();
    timers.add(timer);
  }

  function decode(entry: InboxEntry): { payload: InboxPayload; ev: MessageEvent | CardEvent } | undefined {
    const p = InboxPayloadSchema.safeParse(entry.payload);
    if (!p.success) return undefined;
    const ev = parseFeishuEvent(p.data.event);
    if (ev.type !== "message" && ev.type !== "card_action") return undefined;
    return { payload: p.data as InboxPayload, ev };
  }

  /** Background processing of one entry; `computed` is the engine run a card callback already started. */
  async function process(entry: InboxEntry, computed?: Promise<Reply[]>): Promise<void> {
    // Stopping: what has not started stays in the inbox (a card's engine run, already started,
    // finishes as far as the shutdown lets it).
    if (stopped && !computed) return;
    const decoded = decode(entry);
    if (!decoded) {
      if (!entry.id.startsWith("feishu:")) return;
      log.error("feishu: unreadable inbox entry dropped", { id: entry.id });
      await store.removeInbox(entry.id);
      return;
    }
    const { payload, ev } = decoded;
    try {
      if (await store.hasSeen(keys.done(entry.id))) {
        await store.removeInbox(entry.id);
        return;
      }
      const replies = await (computed ?? computeReplies(entry, payload, ev));
      const target = replyTarget(ev);
      if (target && replies.length > 0)
        await deliverReplies(api, target, replies, entry.id, ledger(entry.id));
      await finish(entry.id);
    } catch (e) {
      await failed(entry, e);
    }
  }

  function senderKey(entry: InboxEntry): string {
    const d = decode(entry);
    if (!d) return entry.id;
    return d.ev.type === "message"
      ? (d.ev.body.sender.sender_id.open_id ?? entry.id)
      : (d.ev.body.operator.open_id ?? entry.id);
  }

  /** `sender`: the entry's sender key when the caller already has the event parsed. */
  function schedule(entry: InboxEntry, computed?: Promise<Reply[]>, sender?: string): Promise<void> {
    inFlight.add(entry.id);
    return track(
      serialize(sender ?? senderKey(entry), () => process(entry, computed)).finally(() =>
        inFlight.delete(entry.id),
      ),
    );
  }

  // ---- entry points ----

  async function acceptMessage(ev: MessageEvent): Promise<DispatchResult> {
    const messageId = ev.body.message.message_id;
    const inboxId = keys.messageInbox(messageId);
    if (!(await claim(inboxId, [keys.event(ev.eventId), keys.message(messageId)]))) {
      log.debug("feishu: duplicate delivery dropped", { eventId: ev.eventId, messageId });
      return { status: "duplicate" };
    }
    if (ev.body.sender.sender_type === "app") {
      inFlight.delete(inboxId);
      return { status: "ignored" };
    }
    const entry: InboxEntry = {
      id: inboxId,
      receivedAt: now().toISOString(),
      payload: { source: "feishu", kind: "message", event: storedEvent(ev.raw) } satisfies InboxPayload,
      attempts: 0,
    };
    try {
      await store.putInbox(entry);
    } catch (e) {
      inFlight.delete(inboxId);
      throw e;
    }
    void schedule(entry, undefined, ev.body.sender.sender_id.open_id ?? inboxId);
    return { status: "accepted" };
  }

  async function handleCard(ev: CardEvent): Promise<DispatchResult> {
    const inboxId = keys.cardInbox(ev.eventId);
    if (!(await claim(inboxId, [keys.event(ev.eventId)]))) {
      return { status: "card", response: { toast: { type: "info", content: "已收到，正在处理" } } };
    }
    if (!cardCommand(ev)) {
      inFlight.delete(inboxId);
      return {
        status: "card",
        response: {
          toast: { type: "warning", content: "这个按钮已失效，请直接发送文字命令（发送「帮助」查看）。" },
        },
      };
    }
    const entry: InboxEntry = {
      id: inboxId,
      receivedAt: now().toISOString(),
      payload: { source: "feishu", kind: "card", event: storedEvent(ev.raw) } satisfies InboxPayload,
      attempts: 0,
    };
    let computed: Promise<Reply[]>;
    try {
      // The entry (keyed by event_id) is the de-duplication record, as for messages.
      await store.putInbox(entry);
      computed = serialize(ev.body.operator.open_id ?? inboxId, () =>
        computeReplies(entry, entry.payload as InboxPayload, ev),
      );
    } catch (e) {
      inFlight.delete(inboxId);
      throw e;
    }
    computed.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const winner: Reply[] | typeof TIMEOUT = await Promise.race([
      computed.catch((): typeof TIMEOUT => TIMEOUT),
      new Promise<typeof TIMEOUT>((r) => {
        timer = setTimeout(() => r(TIMEOUT), cardDeadlineMs);
      }),
    ]);
    clearTimeout(timer);
    const response: CardResponse = { toast: { type: "info", content: "正在处理，稍后回复您。" } };
    if (winner !== TIMEOUT) {
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
    void schedule(
      entry,
      computed.catch(() => computeReplies(entry, entry.payload as InboxPayload, ev)),
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

  async function replay(): Promise<number> {
    const entries = (await store.listInbox()).filter(
      (e) => e.id.startsWith("feishu:") && !inFlight.has(e.id),
    );
    if (entries.length > 0)
      log.info("feishu: replaying events received before the last stop", { count: entries.length });
    await Promise.all(entries.map((e) => schedule(e)));
    return entries.length;
  }

  async function idle(): Promise<void> {
    while (work.size > 0) await Promise.allSettled([...work]);
  }

  async function stop(opts: { graceMs?: number } = {}): Promise<number> {
    stopped = true;
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
