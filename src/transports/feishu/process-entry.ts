import type { Engine } from "../../conversation/engine.js";
import type { Reply } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { InboxEntry, Store } from "../../store/types.js";
import type { FeishuApi } from "./api.js";
import { deliverReplies, type SentLedger } from "./deliver-reply.js";
import type { IdentityResolver } from "./identity.js";
import { type InboxPayload, InboxPayloadSchema, keys, SEEN_TTL_MS } from "./inbox.js";
import { parseFeishuEvent } from "./parse.js";
import { type QuotedMessages, quotedMessages } from "./quoted-messages.js";
import {
  type CardEvent,
  cardIncoming,
  type MessageEvent,
  messageIncoming,
  replyTarget,
} from "./to-incoming.js";

/**
 * Processing one Feishu inbox entry, for the dispatcher (dispatch.ts), always under the entry's
 * sender's lock: the entry is re-read from the store (gone or done: another replica or an earlier
 * run finished it), the engine runs unless its replies were saved, the replies are sent through
 * the ledger (and Feishu uuids), then the done key is marked and the entry removed. A failure is
 * counted in the entry and retried later (`retryAt`, respected by every replica's sweep).
 */
export interface EntryProcessorDeps {
  engine: Pick<Engine, "handle">;
  store: Pick<Store, "markSeen" | "hasSeen" | "putInbox" | "removeInbox" | "listInbox" | "getInbox">;
  api: FeishuApi;
  identity: Pick<IdentityResolver, "resolve">;
  log: Logger;
  now: () => Date;
  retryDelayMs: number;
  /** True once the dispatcher is stopping. */
  stopped: () => boolean;
  /** Process entry `id` of `sender` again after `delayMs` (unless stopping meanwhile). */
  retryLater: (id: string, sender: string, delayMs: number) => void;
  /** What the bot sent, for a person's quote-reply to it (quoted-messages.ts); one per processor unless given. */
  quotes?: QuotedMessages;
}

const MAX_ATTEMPTS = 3;

export function createEntryProcessor(deps: EntryProcessorDeps) {
  const { engine, store, api, identity, log, now, retryDelayMs, stopped } = deps;
  const quotes = deps.quotes ?? quotedMessages();

  /** Processed (done key, or an older version's keys). */
  async function isDone(inboxId: string, oldKeys: string[] = []): Promise<boolean> {
    for (const key of [...oldKeys, keys.done(inboxId)]) if (await store.hasSeen(key)) return true;
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

  // ---- processing one inbox entry (always under its sender's lock) ----

  /** Run the engine for an entry (or take its saved replies); persists them before returning. */
  async function computeReplies(entry: InboxEntry, payload: InboxPayload, ev: MessageEvent | CardEvent) {
    if (payload.replies) return payload.replies;
    const incoming =
      ev.type === "message"
        ? await messageIncoming(ev, api, identity, log, quotes)
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
    if (stopped()) {
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
    const delay = retryDelayMs * attempts;
    const current = (await store.getInbox(entry.id).catch(() => undefined)) ?? entry;
    const retryAt = new Date(now().getTime() + delay).toISOString();
    const payload = { ...(current.payload as InboxPayload), retryAt };
    await store.putInbox({ ...current, attempts, payload }).catch(() => undefined);
    if (stopped()) return;
    deps.retryLater(entry.id, senderOf(entry), delay);
  }

  function decode(entry: InboxEntry): { payload: InboxPayload; ev: MessageEvent | CardEvent } | undefined {
    const p = InboxPayloadSchema.safeParse(entry.payload);
    if (!p.success) return undefined;
    const ev = parseFeishuEvent(p.data.event);
    if (ev.type !== "message" && ev.type !== "card_action") return undefined;
    return { payload: p.data as InboxPayload, ev };
  }

  /**
   * Processes one entry as the store has it now (the caller holds its sender's lock): gone or
   * done means another replica (or an earlier run) finished it. `started`: a card whose engine
   * run already began, finished even while stopping.
   */
  async function processEntry(id: string, started = false): Promise<void> {
    // Stopping: what has not started stays in the inbox.
    if (stopped() && !started) return;
    const entry = await store.getInbox(id);
    if (!entry) return;
    const decoded = decode(entry);
    if (!decoded) {
      if (!entry.id.startsWith("feishu:")) return;
      log.error("feishu: unreadable inbox entry dropped", { id: entry.id });
      await store.removeInbox(entry.id);
      return;
    }
    const { payload, ev } = decoded;
    try {
      if (await isDone(entry.id)) {
        await store.removeInbox(entry.id);
        return;
      }
      const replies = await computeReplies(entry, payload, ev);
      const target = replyTarget(ev);
      if (target && replies.length > 0)
        quotes.remember(await deliverReplies(api, target, replies, entry.id, ledger(entry.id)), replies);
      await finish(entry.id);
    } catch (e) {
      await failed(entry, e);
    }
  }

  function senderOf(entry: InboxEntry): string {
    const p = entry.payload as Partial<InboxPayload> | undefined;
    if (typeof p?.sender === "string" && p.sender) return p.sender;
    const d = decode(entry);
    if (!d) return entry.id;
    return d.ev.type === "message"
      ? (d.ev.body.sender.sender_id.open_id ?? entry.id)
      : (d.ev.body.operator.open_id ?? entry.id);
  }

  /** Entries of `sender` waiting in the inbox, oldest first, not failed and waiting for a retry. */
  async function pendingOf(sender: string): Promise<string[]> {
    const t = now().toISOString();
    return (await store.listInbox({ group: sender }))
      .filter((e) => e.id.startsWith("feishu:") && senderOf(e) === sender)
      .filter((e) => {
        const retryAt = (e.payload as Partial<InboxPayload> | undefined)?.retryAt;
        return !retryAt || retryAt <= t;
      })
      .map((e) => e.id);
  }

  return { isDone, ledger, computeReplies, decode, processEntry, senderOf, pendingOf };
}

export type EntryProcessor = ReturnType<typeof createEntryProcessor>;
