import { type ButtonSubject, ButtonSubjectSchema } from "../../conversation/button-subject-schema.js";
import type { Incoming } from "../../conversation/types.js";
import { errorMessage } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { FeishuApi } from "./api.js";
import type { ReplyTarget } from "./deliver-reply.js";
import { parseBoundedJson } from "./bounded-json.js";
import type { IdentityResolver } from "./identity.js";
import { normalizeMessage } from "./normalize-message.js";
import type { QuotedMessages } from "./quoted-messages.js";
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
  quotes?: Pick<QuotedMessages, "withQuote">,
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
    ...(who.waiting ? { identityWaiting: who.waiting } : {}),
    ...(who.person ? {} : { senderId: sender.sender_id.open_id }),
    chat: norm.chat,
    kind: norm.kind,
    // A Feishu 回复 to one of the bot's messages: the line it answers goes in front (quoted-messages.ts).
    text: quotes && norm.kind === "text" ? quotes.withQuote(norm.text, message.parent_id) : norm.text,
    messageId: message.message_id,
  };
}

/** A card click → Incoming with the button's text command (and subject), as if it had been typed. */
export async function cardIncoming(
  ev: CardEvent,
  identity: Pick<IdentityResolver, "resolve">,
): Promise<Incoming | undefined> {
  const action = cardAction(ev);
  const openId = ev.body.operator.open_id;
  if (!action || !openId) return undefined;
  const who = await identity.resolve(openId);
  return {
    person: who.person,
    senderLabel: who.person ? undefined : who.name,
    ...(who.waiting ? { identityWaiting: who.waiting } : {}),
    chat: "p2p",
    kind: "text",
    text: action.command,
    messageId: `card:${ev.eventId}`,
    fromButton: true,
    ...(action.subject ? { subject: action.subject } : {}),
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

/**
 * What a clicked button or drop-down stands for: the command (`value.command`, or for a
 * drop-down the chosen option's value, `action.option`) and, when the element had one, its
 * `value.subject` (value may arrive as a JSON string). A subject that does not parse makes the
 * whole click invalid — running the command without its subject would skip the owner check.
 */
export function cardAction(ev: CardEvent): { command: string; subject?: ButtonSubject } | undefined {
  let value = ev.body.action.value;
  if (typeof value === "string") {
    const parsed = parseBoundedJson(value);
    if (!parsed.ok) return undefined;
    value = parsed.value;
  }
  const option = ev.body.action.option;
  const chosen = typeof option === "string" && option.trim() ? option.trim() : undefined;
  if (value === undefined && chosen) value = {};
  if (typeof value !== "object" || value === null || !(chosen || "command" in value)) return undefined;
  const v = value as { command?: unknown; subject?: unknown };
  const command =
    chosen ?? (typeof v.command === "string" && v.command.trim() ? v.command.trim() : undefined);
  if (!command) return undefined;
  if (v.subject === undefined) return { command };
  const subject = ButtonSubjectSchema.safeParse(v.subject);
  return subject.success ? { command, subject: subject.data } : undefined;
}

/** The text command a card button stands for, when the click is usable. */
export function cardCommand(ev: CardEvent): string | undefined {
  return cardAction(ev)?.command;
}
