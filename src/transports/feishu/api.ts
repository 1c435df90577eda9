import { readFile, stat } from "node:fs/promises";
import type { Client } from "@larksuiteoapi/node-sdk";
import { checkBody, FeishuApiError, toApiError } from "./api-error.js";
import type { SendQueue } from "./send-queue.js";

/** Largest file the Open Platform accepts through im.file.create. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;

export type ReceiveIdType = "open_id" | "user_id" | "union_id" | "email" | "chat_id";

export interface OutMessage {
  msgType: "text" | "interactive" | "post" | "file";
  /** The JSON string Feishu expects in `content`. */
  content: string;
}

/** What the contact API tells us about a user, for binding to the roster. */
export interface ContactUser {
  openId: string;
  userId?: string;
  unionId?: string;
  name?: string;
  email?: string;
  enterpriseEmail?: string;
  mobile?: string;
}

/**
 * The handful of Open Platform calls the transport makes, through the real SDK Client and the
 * send queue (rate limits, retries). Errors are FeishuApiError with the Feishu code and status.
 */
export interface FeishuApi {
  /** im.message.create; returns the new message_id. `uuid` lets Feishu drop a repeated send. */
  send(to: { type: ReceiveIdType; id: string }, msg: OutMessage, uuid?: string): Promise<string>;
  /** im.message.reply to `messageId`; `receiver` is the chat id, for the per-chat rate limit. */
  reply(messageId: string, receiver: string, msg: OutMessage, uuid?: string): Promise<string>;
  /** im.message.patch: replace the content of a card the bot sent. */
  patchCard(messageId: string, receiver: string, cardJson: string): Promise<void>;
  /** im.file.create: upload a file (a path on disk, or the bytes); returns the file_key. */
  uploadFile(source: string | Buffer, name: string): Promise<string>;
  /** contact.v3.user.get by open_id; undefined when the user is not visible to the app. */
  getUser(openId: string): Promise<ContactUser | undefined>;
  /** GET /open-apis/bot/v3/info → the bot's own open_id (cached after the first success). */
  botOpenId(): Promise<string | undefined>;
}

/**
 * `client`: the SDK client, or a function that makes it (the server loads the SDK after it has
 * said it is ready; the first call waits for it). `known.botOpenId`: read at start-up (the
 * credential check, perhaps still under way), so not asked again.
 */
export function createFeishuApi(
  client: Client | (() => Promise<Client>),
  queue: SendQueue,
  known: { botOpenId?: string | Promise<string | undefined> } = {},
): FeishuApi {
  let botId: string | undefined;
  const sdk = typeof client === "function" ? client : async () => client;

  async function call<T>(what: string, fn: (client: Client) => Promise<T>): Promise<T> {
    try {
      return checkBody(await fn(await sdk()), what);
    } catch (e) {
      throw toApiError(e, what);
    }
  }

  function messageId(res: { data?: { message_id?: string } } | undefined, what: string): string {
    const id = res?.data?.message_id;
    if (!id) throw new FeishuApiError(`${what}: no message_id in the response`, undefined, 200);
    return id;
  }

  return {
    send(to, msg, uuid) {
      const what = `im.message.create ${msg.msgType}`;
      return queue.run(to.id, what, async () => {
        const res = await call(what, (client) =>
          client.im.message.create({
            params: { receive_id_type: to.type },
            data: { receive_id: to.id, msg_type: msg.msgType, content: msg.content, uuid },
          }),
        );
        return messageId(res, what);
      });
    },
    reply(id, receiver, msg, uuid) {
      const what = `im.message.reply ${msg.msgType}`;
      return queue.run(receiver, what, async () => {
        const res = await call(what, (client) =>
          client.im.message.reply({
            path: { message_id: id },
            data: { msg_type: msg.msgType, content: msg.content, reply_in_thread: false, uuid },
          }),
        );
        return messageId(res, what);
      });
    },
    async patchCard(id, receiver, cardJson) {
      await queue.run(receiver, "im.message.patch", () =>
        call("im.message.patch", (client) =>
          client.im.message.patch({ path: { message_id: id }, data: { content: cardJson } }),
        ),
      );
    },
    async uploadFile(source, name) {
      const size = typeof source === "string" ? (await stat(source)).size : source.length;
      if (size === 0) throw new FeishuApiError(`im.file.create: ${name} is empty`, undefined, undefined);
      if (size > MAX_FILE_BYTES) {
        throw new FeishuApiError(
          `im.file.create: ${name} is ${size} bytes, over the 30 MB limit`,
          undefined,
          400,
        );
      }
      const file = typeof source === "string" ? await readFile(source) : source;
      const fileType = /\.docx?$/i.test(name)
        ? "doc"
        : /\.pdf$/i.test(name)
          ? "pdf"
          : /\.xlsx?$/i.test(name)
            ? "xls"
            : "stream";
      return queue.run("", "im.file.create", async () => {
        const res = await call("im.file.create", (client) =>
          client.im.file.create({ data: { file_type: fileType, file_name: name, file } }),
        );
        if (!res?.file_key)
          throw new FeishuApiError("im.file.create: no file_key in the response", undefined, 200);
        return res.file_key;
      });
    },
    async getUser(openId) {
      const res = await queue.run("", "contact.v3.user.get", () =>
        call("contact.v3.user.get", (client) =>
          client.contact.v3.user.get({ path: { user_id: openId }, params: { user_id_type: "open_id" } }),
        ),
      );
      const u = res?.data?.user;
      if (!u) return undefined;
      return {
        openId,
        userId: u.user_id ?? undefined,
        unionId: u.union_id ?? undefined,
        name: u.name ?? undefined,
        email: u.email ?? undefined,
        enterpriseEmail: u.enterprise_email ?? undefined,
        mobile: u.mobile ?? undefined,
      };
    },
    async botOpenId() {
      botId ??= await known.botOpenId;
      if (botId) return botId;
      const res = await queue.run("", "bot.v3.info", () =>
        call("bot.v3.info", (client) =>
          client.request<{ code?: number; bot?: { open_id?: string } }>({
            url: "/open-apis/bot/v3/info",
            method: "GET",
          }),
        ),
      );
      botId = res?.bot?.open_id || undefined;
      return botId;
    },
  };
}
