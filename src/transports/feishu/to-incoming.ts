import type { Incoming } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { FeishuApi } from "./api.js";
import type { ReplyTarget } from "./deliver-reply.js";
import type { IdentityResolver } from "./identity.js";
import { normalizeMessage } from "./normalize-message.js";
import type { FeishuEvent } from "./types.js";

export type MessageEvent = Extract<FeishuEvent, { type: "message" }>;
export type CardEvent = Extract<FeishuEvent, { type: "card_action" }>;

/**
 * A message event → the engine's Incoming, or undefined when the bot must stay silent: the
 * bot's own (app) messages, and group messages that do not mention the bot.
 */
export async function messageIncoming(
  ev: MessageEvent,
  api: Pick<FeishuApi, "botOpenId">,
  identity: Pick<IdentityResolver, "resolve">,
  log: Logger,
): Promise<Incoming | undefined> {
  const { sender, message } = ev.body;
  if (sender.sender_type === "app") return undefined;
  const needBotId = message.chat_type !== "p2p" || (message.mentions?.length ?? 0) > 0;
  let botOpenId: string | undefined;
  if (needBotId) {
    botOpenId = await api.botOpenId().catch((e) => {
      log.warn("feishu: bot info unavailable; recognising mentions of the bot by shape", {
        error: errorMessage(e),
      });
      return undefined;
    });
  }
  const norm = normalizeMessage(ev.body, botOpenId);
  if (norm.chat === "group" && !norm.mentionsBot) return undefined;
  const who = sender.sender_id.open_id ? await identity.resolve(sender.sender_id.open_id) : {};
  return {
    person: who.person,
    senderLabel: who.person ? undefined : who.name,
    chat: norm.chat,
    kind: norm.kind,
    text: norm.text,
    messageId: message.message_id,
  };
}

/** A card click → Incoming with the button's text command, exactly as if it had been typed. */
export async function cardIncoming(
  ev: CardEvent,
  identity: Pick<IdentityResolver, "resolve">,
): Promise<Incoming | undefined> {
  const command = cardCommand(ev);
  const openId = ev.body.operator.open_id;
  if (!command || !openId) return undefined;
  const who = await identity.resolve(openId);
  return {
    person: who.person,
    senderLabel: who.person ? undefined : who.name,
    chat: "p2p",
    kind: "text",
    text: command,
    messageId: `card:${ev.eventId}`,
    fromButton: true,
  };
}

/** Replies go in answer to the message (or to the clicked card), else straight to the user. */
export function replyTarget(ev: MessageEvent | CardEvent): ReplyTarget | undefined {
  if (ev.type === "message") return { replyTo: ev.body.message.message_id, chatId: ev.body.message.chat_id };
  const ctx = ev.body.context;
  if (ctx?.open_message_id && ctx.open_chat_id)
    return { replyTo: ctx.open_message_id, chatId: ctx.open_chat_id };
  const openId = ev.body.operator.open_id;
  return openId ? { to: { type: "open_id", id: openId } } : undefined;
}

/** The text command a card button stands for: `value.command` (value may arrive as a JSON string). */
export function cardCommand(ev: CardEvent): string | undefined {
  let value = ev.body.action.value;
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  if (typeof value === "object" && value !== null && "command" in value) {
    const c = (value as { command: unknown }).command;
    return typeof c === "string" && c.trim() ? c.trim() : undefined;
  }
  return undefined;
}
