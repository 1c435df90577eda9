import { createHash } from "node:crypto";
import type { Reply } from "../../conversation/types.js";
import { CARD_TOO_LARGE_CODES, FeishuApiError } from "./api-error.js";
import type { FeishuApi, OutMessage, ReceiveIdType } from "./api.js";
import { planReply, type ReplyPart, splitText, TEXT_LIMIT_BYTES } from "./render-card.js";

/** Where replies go: in answer to a message (reply API), or a new message to a receiver. */
export type ReplyTarget = { replyTo: string; chatId: string } | { to: { type: ReceiveIdType; id: string } };

/**
 * Send-once bookkeeping: `isSent(key)` is checked before each message and `markSent(key)` called
 * after it, so a replay after a crash resumes where the sends stopped. Each message also carries
 * a Feishu `uuid` derived from its key, which makes Feishu itself drop a repeated send for an hour.
 */
export interface SentLedger {
  isSent(key: string): Promise<boolean>;
  markSent(key: string): Promise<void>;
}

export const noLedger: SentLedger = { isSent: async () => false, markSent: async () => {} };

/** Feishu's `uuid` is at most 50 characters. */
export const messageUuid = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 40);

async function sendOne(api: FeishuApi, target: ReplyTarget, msg: OutMessage, uuid: string): Promise<string> {
  return "replyTo" in target
    ? api.reply(target.replyTo, target.chatId, msg, uuid)
    : api.send(target.to, msg, uuid);
}

/** The Feishu message for one planned part (uploading files as needed). */
export async function partMessage(api: FeishuApi, part: ReplyPart): Promise<OutMessage> {
  switch (part.kind) {
    case "card":
      return { msgType: "interactive", content: JSON.stringify(part.card) };
    case "text":
      return { msgType: "text", content: JSON.stringify({ text: part.text }) };
    case "post":
      return { msgType: "post", content: JSON.stringify(part.post) };
    case "text-file": {
      const key = await api.uploadFile(Buffer.from(part.text, "utf8"), part.name);
      return { msgType: "file", content: JSON.stringify({ file_key: key }) };
    }
    case "file": {
      const key = await api.uploadFile(part.path, part.name);
      return { msgType: "file", content: JSON.stringify({ file_key: key }) };
    }
  }
}

/**
 * Send the replies in order. `keyBase` names this batch (e.g. the incoming message id) for the
 * ledger and the uuids. A card Feishu still rejects as too large falls back to the reply's text.
 * Returns the message ids sent, in order (skipped ones excluded).
 */
export async function deliverReplies(
  api: FeishuApi,
  target: ReplyTarget,
  replies: Reply[],
  keyBase: string,
  ledger: SentLedger = noLedger,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, reply] of replies.entries()) {
    const parts = planReply(reply);
    let textSent = false;
    for (const [j, part] of parts.entries()) {
      const key = `${keyBase}:${i}.${j}`;
      if ((textSent && part.kind === "card") || (await ledger.isSent(key))) continue;
      try {
        ids.push(await sendOne(api, target, await partMessage(api, part), messageUuid(key)));
      } catch (e) {
        if (part.kind !== "card" || !(e instanceof FeishuApiError) || !CARD_TOO_LARGE_CODES.has(e.code ?? 0))
          throw e;
        // The card is too large after all: send the plain-text version instead, once.
        for (const [k, text] of splitText(reply.text, TEXT_LIMIT_BYTES).entries()) {
          const msg = { msgType: "text" as const, content: JSON.stringify({ text }) };
          ids.push(await sendOne(api, target, msg, messageUuid(`${key}:text${k}`)));
        }
        textSent = true;
        await ledger.markSent(key);
        continue;
      }
      await ledger.markSent(key);
    }
  }
  return ids;
}
