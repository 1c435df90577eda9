import type { Incoming } from "../../conversation/types.js";
import type { Mention, MessageBody } from "./types.js";
import { parseBoundedJson } from "./bounded-json.js";

/** What a Feishu message says, before the sender is identified. */
export interface NormalizedMessage {
  kind: Incoming["kind"];
  text: string;
  chat: Incoming["chat"];
  /** True when the bot is among the message's mentions. */
  mentionsBot: boolean;
}

const KIND_BY_TYPE: Record<string, Incoming["kind"]> = {
  image: "image",
  file: "file",
  sticker: "sticker",
  audio: "audio",
  media: "video",
};

/**
 * Is this mention the bot? With the bot's open_id known (GET /open-apis/bot/v3/info) compare
 * ids; without it, fall back to "a mention without a user_id", which in Feishu is an app.
 */
export function isBotMention(m: Mention, botOpenId: string | undefined): boolean {
  if (botOpenId) return m.id?.open_id === botOpenId;
  return !m.id?.user_id && !!m.id?.open_id;
}

/**
 * Message content (a JSON string) → the text the conversation engine sees: text and rich text
 * (post: title + paragraphs of text/a/at) are flattened; the bot's own @mention is removed,
 * other people's placeholders (`@_user_1`) become `@name`. Other types keep their kind only.
 */
export function normalizeMessage(body: MessageBody, botOpenId: string | undefined): NormalizedMessage {
  const msg = body.message;
  const mentions = msg.mentions ?? [];
  const mentionsBot = mentions.some((m) => isBotMention(m, botOpenId));
  const chat: Incoming["chat"] = msg.chat_type === "p2p" ? "p2p" : "group";
  const content = parseContent(msg.content);

  if (msg.message_type === "text") {
    const raw = typeof content.text === "string" ? content.text : "";
    return { kind: "text", text: replaceMentions(raw, mentions, botOpenId), chat, mentionsBot };
  }
  if (msg.message_type === "post") {
    const { text, hasMedia } = flattenPost(content, mentions, botOpenId);
    if (text.trim() === "" && hasMedia) return { kind: "image", text: "", chat, mentionsBot };
    return { kind: "text", text, chat, mentionsBot };
  }
  return { kind: KIND_BY_TYPE[msg.message_type] ?? "other", text: "", chat, mentionsBot };
}

/** The message's `content` JSON string; malformed or absurdly nested content reads as empty. */
function parseContent(content: string): Record<string, unknown> {
  const parsed = parseBoundedJson(content);
  const v = parsed.ok ? parsed.value : undefined;
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
}

/** Replace `@_user_N` placeholders: the bot's is removed, others become `@name`; `@_all` is removed. */
export function replaceMentions(text: string, mentions: Mention[], botOpenId: string | undefined): string {
  let out = text;
  // Longest keys first so @_user_10 is not eaten by @_user_1.
  for (const m of [...mentions].sort((a, b) => b.key.length - a.key.length)) {
    const replacement = isBotMention(m, botOpenId) || !m.name ? "" : `@${m.name}`;
    out = out.split(m.key).join(replacement);
  }
  return out
    .replace(/@_all\b/g, "")
    .replace(/@_user_\d+/g, "")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

type PostElement = {
  tag?: string;
  text?: string;
  href?: string;
  user_id?: string;
  user_name?: string;
  style?: string[];
};

/**
 * Rich text. Received posts are `{title, content: [[element…]…]}`; some clients send the
 * language-keyed form `{zh_cn: {title, content}}` — accept both.
 */
function flattenPost(
  content: Record<string, unknown>,
  mentions: Mention[],
  botOpenId: string | undefined,
): { text: string; hasMedia: boolean } {
  let post = content;
  if (!Array.isArray(post.content)) {
    const lang = Object.values(content).find(
      (v) => typeof v === "object" && v !== null && Array.isArray((v as Record<string, unknown>).content),
    );
    post = (lang as Record<string, unknown> | undefined) ?? {};
  }
  const lines: string[] = [];
  let hasMedia = false;
  if (typeof post.title === "string" && post.title.trim()) lines.push(post.title.trim());
  const paragraphs = Array.isArray(post.content) ? post.content : [];
  for (const para of paragraphs) {
    if (!Array.isArray(para)) continue;
    let line = "";
    for (const el of para as PostElement[]) {
      switch (el?.tag) {
        case "text":
        case "md":
          // Struck-out words are written back as ~~…~~, which the engine drops as taken back (struck-out.ts).
          line += el.style?.includes("lineThrough") && el.text?.trim() ? `~~${el.text}~~` : (el.text ?? "");
          break;
        case "a":
          line += el.text ?? el.href ?? "";
          break;
        case "at": {
          const m = mentions.find((x) => x.key === el.user_id);
          const isBot = m ? isBotMention(m, botOpenId) : el.user_id === botOpenId;
          if (!isBot && el.user_id !== "all") line += `@${el.user_name ?? m?.name ?? ""}`;
          break;
        }
        case "img":
        case "media":
          hasMedia = true;
          break;
        case "emotion":
          break;
        default:
          if (typeof el?.text === "string") line += el.text;
      }
    }
    lines.push(line);
  }
  const text = replaceMentions(lines.join("\n"), mentions, botOpenId)
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, hasMedia };
}
