import * as z from "zod/mini";
import type { Reply } from "../../conversation/types.js";
import type { Envelope } from "./types.js";

/**
 * What the Feishu transport keeps in the store's inbox between answering Feishu and finishing:
 * the event as received, and — once the engine has run — the replies it produced, so a replay
 * after a crash sends them without running the engine (and recording the update) a second time.
 */
const CardModelSchema = z.looseObject({
  title: z.string(),
  template: z.optional(z.enum(["blue", "green", "orange", "red", "grey"])),
  blocks: z.array(z.string()),
  buttons: z.optional(
    z.array(
      z.looseObject({
        label: z.string(),
        command: z.string(),
        style: z.optional(z.enum(["primary", "default", "danger"])),
      }),
    ),
  ),
  note: z.optional(z.string()),
});

export const ReplySchema = z.looseObject({
  text: z.string(),
  card: z.optional(CardModelSchema),
  file: z.optional(z.object({ path: z.string(), name: z.string() })),
});

export const InboxPayloadSchema = z.object({
  source: z.literal("feishu"),
  kind: z.enum(["message", "card"]),
  event: z.unknown(),
  replies: z.optional(z.array(ReplySchema)),
  sender: z.optional(z.string()),
  retryAt: z.optional(z.string()),
});

export interface InboxPayload {
  source: "feishu";
  kind: "message" | "card";
  event: Envelope;
  replies?: Reply[];
  /** Whose event it is (the sender's or clicker's open_id): one sender's entries run in order. */
  sender?: string;
  /** After a failure: not retried (by any replica) before this time (ISO). */
  retryAt?: string;
}

/** Inbox and de-duplication keys. One inbox entry per Feishu message (not per delivery). */
export const keys = {
  messageInbox: (messageId: string) => `feishu:msg:${messageId}`,
  cardInbox: (eventId: string) => `feishu:card:${eventId}`,
  /** Read only: written by earlier versions (a week's TTL), still honoured after an upgrade. */
  event: (eventId: string) => `feishu:event:${eventId}`,
  /** Read only, as `event`. */
  message: (messageId: string) => `feishu:message:${messageId}`,
  /** Everything for this inbox entry was sent. */
  done: (inboxId: string) => `feishu:done:${inboxId}`,
  /** Prefix of the per-message "sent" ledger keys of one inbox entry. */
  sent: (inboxId: string) => `feishu:sent:${inboxId}`,
  /** The lock under which one sender's entries are processed, in every replica. */
  senderLock: (sender: string) => `feishu:sender:${sender}`,
};

/** Keep de-duplication keys for a week: longer than Feishu's last retry (6 h after the first). */
export const SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;
