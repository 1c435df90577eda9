import { createCipheriv, createHash, randomBytes } from "node:crypto";

/**
 * Build events exactly as Feishu does: im.message.receive_v1 and card.action.trigger in schema
 * 2.0 with header.event_id / token / create_time, encrypted with AES-256-CBC under
 * sha256(encryptKey) with a random IV prepended, and signed with
 * sha256(timestamp + nonce + encryptKey + body) in X-Lark-Signature.
 */

export const TEST_FEISHU = {
  appId: "cli_0123456789abcdef",
  appSecret: "fake-app-secret",
  encryptKey: "test-encrypt-key-9f8e7d",
  verificationToken: "test-verification-token-1a2b",
  botOpenId: "ou_bot_0000000000000000000000000",
};

/** The settings of a bot in webhook mode against a fake Open Platform at `domain` (test credentials). */
export function webhookEnv(domain: string): Record<string, string> {
  return {
    FEISHU_APP_ID: TEST_FEISHU.appId,
    FEISHU_APP_SECRET: TEST_FEISHU.appSecret,
    FEISHU_ENCRYPT_KEY: TEST_FEISHU.encryptKey,
    FEISHU_VERIFICATION_TOKEN: TEST_FEISHU.verificationToken,
    FEISHU_DOMAIN: domain,
    FEISHU_MODE: "webhook",
  };
}

let n = 0;
const uid = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++n).toString(36).padStart(4, "0")}`;

export interface MentionSpec {
  openId: string;
  name: string;
  /** Bots have no user_id. */
  userId?: string;
}

export interface MessageSpec {
  openId: string;
  userId?: string;
  chatType?: "p2p" | "group";
  chatId?: string;
  messageId?: string;
  eventId?: string;
  messageType?: string;
  /** The content object (serialised into the `content` JSON string). */
  content?: Record<string, unknown>;
  /** Shorthand for a text message. */
  text?: string;
  mentions?: MentionSpec[];
  senderType?: "user" | "app";
  token?: string;
  createTimeMs?: number;
  /** A Feishu 回复: the message answered (its id comes as parent_id and root_id; the quote is not in the text). */
  parentId?: string;
}

/** An im.message.receive_v1 event, schema 2.0. Mentions get keys @_user_1, @_user_2, … */
export function messageEvent(spec: MessageSpec): Record<string, unknown> {
  const created = String(spec.createTimeMs ?? Date.now());
  const messageType = spec.messageType ?? "text";
  const content = spec.content ?? { text: spec.text ?? "" };
  return {
    schema: "2.0",
    header: {
      event_id: spec.eventId ?? uid("ev_"),
      event_type: "im.message.receive_v1",
      create_time: created,
      token: spec.token ?? TEST_FEISHU.verificationToken,
      app_id: TEST_FEISHU.appId,
      tenant_key: "tenant_fake",
    },
    event: {
      sender: {
        sender_id: { open_id: spec.openId, user_id: spec.userId ?? null, union_id: `on_${spec.openId}` },
        sender_type: spec.senderType ?? "user",
        tenant_key: "tenant_fake",
      },
      message: {
        message_id: spec.messageId ?? uid("om_in_"),
        root_id: spec.parentId ?? "",
        parent_id: spec.parentId ?? "",
        create_time: created,
        update_time: created,
        chat_id: spec.chatId ?? (spec.chatType === "group" ? "oc_group_1" : `oc_p2p_${spec.openId}`),
        chat_type: spec.chatType ?? "p2p",
        message_type: messageType,
        content: JSON.stringify(content),
        mentions: (spec.mentions ?? []).map((m, i) => ({
          key: `@_user_${i + 1}`,
          id: { open_id: m.openId, user_id: m.userId ?? null, union_id: `on_${m.openId}` },
          name: m.name,
          tenant_key: "tenant_fake",
        })),
        user_agent: "Mozilla/5.0 Lark/7.30",
      },
    },
  };
}

/** A text message; `@bot` / `@name` inside `text` are not special — pass mentions and keys. */
export function textEvent(openId: string, text: string, extra: Partial<MessageSpec> = {}) {
  return messageEvent({ openId, text, ...extra });
}

export interface CardActionSpec {
  openId: string;
  command?: string;
  value?: unknown;
  /** A drop-down (select_static) choice: the chosen option's value. */
  option?: string;
  eventId?: string;
  messageId?: string;
  chatId?: string;
  token?: string;
}

/** A card.action.trigger callback (a button with behaviors callback value {command}). */
export function cardActionEvent(spec: CardActionSpec): Record<string, unknown> {
  return {
    schema: "2.0",
    header: {
      event_id: spec.eventId ?? uid("ev_card_"),
      token: spec.token ?? TEST_FEISHU.verificationToken,
      create_time: String(Date.now() * 1000),
      event_type: "card.action.trigger",
      tenant_key: "tenant_fake",
      app_id: TEST_FEISHU.appId,
    },
    event: {
      operator: {
        tenant_key: "tenant_fake",
        user_id: null,
        open_id: spec.openId,
        union_id: `on_${spec.openId}`,
      },
      token: `c-${uid("")}`,
      action:
        spec.option !== undefined
          ? { value: spec.value ?? {}, tag: "select_static", option: spec.option }
          : { value: spec.value ?? { command: spec.command ?? "" }, tag: "button" },
      host: "im_message",
      context: {
        open_message_id: spec.messageId ?? "om_card_1",
        open_chat_id: spec.chatId ?? `oc_p2p_${spec.openId}`,
      },
    },
  };
}

/** Encrypt like Feishu: AES-256-CBC, key sha256(encryptKey), random 16-byte IV prepended, base64. */
export function encryptBody(body: unknown, encryptKey: string): { encrypt: string } {
  const key = createHash("sha256").update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", key, iv);
  const plain = typeof body === "string" ? body : JSON.stringify(body);
  return { encrypt: Buffer.concat([iv, cipher.update(plain, "utf8"), cipher.final()]).toString("base64") };
}

/** The X-Lark-* signature headers for a raw body. */
export function signHeaders(
  raw: string,
  encryptKey: string,
  opts: { timestampSec?: number; nonce?: string } = {},
): Record<string, string> {
  const timestamp = String(opts.timestampSec ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? randomBytes(8).toString("hex");
  const signature = createHash("sha256")
    .update(timestamp + nonce + encryptKey + raw)
    .digest("hex");
  return {
    "x-lark-request-timestamp": timestamp,
    "x-lark-request-nonce": nonce,
    "x-lark-signature": signature,
  };
}

export interface PostOptions {
  encryptKey?: string;
  /** Encrypt the body (default: when an encrypt key is given). */
  encrypt?: boolean;
  /** Sign the request (default: when an encrypt key is given). */
  sign?: boolean;
  timestampSec?: number;
  headers?: Record<string, string>;
}

/** POST an event to our webhook the way Feishu would: encrypted, signed, JSON. */
export async function postEvent(url: string, body: unknown, opts: PostOptions = {}): Promise<Response> {
  const key = opts.encryptKey;
  const payload = key && opts.encrypt !== false ? encryptBody(body, key) : body;
  const raw = typeof payload === "string" ? payload : JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    ...opts.headers,
  };
  if (key && opts.sign !== false)
    Object.assign(headers, signHeaders(raw, key, { timestampSec: opts.timestampSec }));
  return fetch(url, { method: "POST", headers, body: raw });
}
