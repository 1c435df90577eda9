import type { CardButton, CardModel, Reply, RichText } from "../../conversation/types.js";

/**
 * CardModel → Feishu card JSON 2.0, and the size discipline around it: a card over the 30 KB
 * limit (error 230025) is split into several cards, a text over 150 KB into several messages;
 * past a few parts the text goes as a file instead. Nothing is ever dropped.
 */

/** Feishu's limits are 30 KB per card and 150 KB per text; keep a margin for the envelope. */
export const CARD_LIMIT_BYTES = 28 * 1024;
export const TEXT_LIMIT_BYTES = 140 * 1024;
/** More parts than this and a long text is sent as a file. */
export const MAX_TEXT_PARTS = 5;

export type CardJson = Record<string, unknown>;

/** One message to send for a Reply. */
export type ReplyPart =
  | { kind: "card"; card: CardJson }
  | { kind: "text"; text: string }
  /** Rich text (msg_type post), already in Feishu's `{zh_cn: {title, content}}` shape. */
  | { kind: "post"; post: CardJson }
  /** Text too long even for several messages: sent as a .txt file. */
  | { kind: "text-file"; name: string; text: string }
  | { kind: "file"; path: string; name: string };

const BUTTON_TYPE: Record<NonNullable<CardButton["style"]>, string> = {
  primary: "primary_filled",
  default: "default",
  danger: "danger",
};

/** Card markdown treats `<…>` as tags (<at>, <font>); show them literally. */
export function escapeCardMarkdown(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function buttonElement(b: CardButton): CardJson {
  return {
    tag: "button",
    text: { tag: "plain_text", content: b.label },
    type: BUTTON_TYPE[b.style ?? "default"],
    // The subject rides in the callback value and comes back with the click (to-incoming.ts).
    behaviors: [
      {
        type: "callback",
        value: b.subject ? { command: b.command, subject: b.subject } : { command: b.command },
      },
    ],
  };
}

/** Render one card. `update_multi` lets the card be patched later (progress cards). */
export function renderCard(model: CardModel): CardJson {
  const elements: CardJson[] = model.blocks
    .filter((b) => b.trim() !== "")
    .map((b) => ({ tag: "markdown", content: escapeCardMarkdown(b) }));
  if (model.select && model.select.options.length > 0) {
    elements.push({
      tag: "select_static",
      placeholder: { tag: "plain_text", content: model.select.placeholder },
      width: "fill",
      // The chosen option's value is the text command (action.option in the callback).
      options: model.select.options.map((o) => ({
        text: { tag: "plain_text", content: o.label },
        value: o.command,
      })),
      // The subject rides with the choice as with a button (to-incoming.ts cardAction).
      behaviors: [
        {
          type: "callback",
          value: model.select.subject ? { select: true, subject: model.select.subject } : { select: true },
        },
      ],
    });
  }
  if (model.buttons && model.buttons.length > 0) {
    elements.push({
      tag: "column_set",
      flex_mode: "flow",
      horizontal_spacing: "8px",
      columns: model.buttons.map((b) => ({ tag: "column", width: "auto", elements: [buttonElement(b)] })),
    });
  }
  if (model.note)
    elements.push({ tag: "markdown", content: escapeCardMarkdown(model.note), text_size: "notation" });
  return {
    schema: "2.0",
    config: { update_multi: true },
    header: { title: { tag: "plain_text", content: model.title }, template: model.template ?? "blue" },
    body: { elements },
  };
}

export const byteSize = (v: unknown) =>
  Buffer.byteLength(typeof v === "string" ? v : JSON.stringify(v), "utf8");

/** Bytes a string takes inside a JSON string literal (escapes included, quotes excluded). */
const escapedSize = (s: string) => Buffer.byteLength(JSON.stringify(s), "utf8") - 2;
/** `{"text":""}` */
const TEXT_ENVELOPE = 11;

/**
 * Split text into pieces whose `{"text": …}` content is at most `limit` bytes, at line ends
 * where possible; a single enormous line is cut between characters. Linear in the text size.
 */
export function splitText(text: string, limit: number): string[] {
  const budget = limit - TEXT_ENVELOPE;
  if (escapedSize(text) <= budget) return [text];
  const parts: string[] = [];
  let current: string[] = [];
  let size = 0;
  const flush = () => {
    if (current.length > 0) parts.push(current.join("\n"));
    current = [];
    size = 0;
  };
  for (const line of text.split("\n")) {
    const lineSize = escapedSize(line);
    const added = current.length > 0 ? lineSize + 2 : lineSize;
    if (size + added <= budget) {
      current.push(line);
      size += added;
      continue;
    }
    flush();
    if (lineSize <= budget) {
      current.push(line);
      size = lineSize;
      continue;
    }
    // One enormous line: cut by characters (code points, never inside a surrogate pair).
    let piece = "";
    let pieceSize = 0;
    for (const ch of line) {
      const chSize = escapedSize(ch);
      if (pieceSize + chSize > budget) {
        parts.push(piece);
        piece = "";
        pieceSize = 0;
      }
      piece += ch;
      pieceSize += chSize;
    }
    current = [piece];
    size = pieceSize;
  }
  flush();
  return parts;
}

/** Split a too-large card into several, buttons and note on the last one only. */
export function splitCard(model: CardModel, limit = CARD_LIMIT_BYTES): CardJson[] {
  if (byteSize(renderCard(model)) <= limit) return [renderCard(model)];
  const blocks = model.blocks.flatMap((b) => splitText(b, Math.floor(limit / 2)));
  const groups: string[][] = [];
  let current: string[] = [];
  for (const b of blocks) {
    const trial = renderCard({ ...model, blocks: [...current, b] });
    if (current.length > 0 && byteSize(trial) > limit - 2048) {
      groups.push(current);
      current = [];
    }
    current.push(b);
  }
  groups.push(current);
  return groups.map((g, i) =>
    renderCard({
      ...model,
      title: `${model.title}（${i + 1}/${groups.length}）`,
      blocks: g,
      buttons: i === groups.length - 1 ? model.buttons : undefined,
      select: i === groups.length - 1 ? model.select : undefined,
      note: i === groups.length - 1 ? model.note : undefined,
    }),
  );
}

/** A reply's own text up to this length goes inside its card (as the first block). */
export const LEAD_IN_CARD_CHARS = 1500;

/** Whether the reply's text is a message of its own, to be shown with the card. */
const ownText = (reply: Reply) => !reply.textIsCardCopy && reply.text.trim() !== "";

/**
 * The card to show for a reply: its own text (when short enough and not a copy of the card)
 * becomes the card's first block, so a warning sent with a card is never lost.
 */
export function replyCard(reply: Reply): CardModel | undefined {
  if (!reply.card) return undefined;
  if (!ownText(reply) || [...reply.text].length > LEAD_IN_CARD_CHARS) return reply.card;
  return { ...reply.card, blocks: [reply.text, ...reply.card.blocks] };
}

/** Feishu allows 30 KB per post; keep the same margin as for cards. */
export const POST_LIMIT_BYTES = CARD_LIMIT_BYTES;

function postJson(title: string, lines: RichText["lines"]): CardJson {
  return {
    zh_cn: {
      title,
      content: lines.map((runs) =>
        runs.length === 0
          ? [{ tag: "text", text: "" }]
          : runs.map((r) => ({
              tag: "text",
              text: r.text,
              ...(r.bold ? { style: ["bold"] } : r.muted ? { style: ["italic"] } : {}),
            })),
      ),
    },
  };
}

/** Rich text as one or more posts under the size limit, split between lines. */
export function splitPost(rich: RichText, limit = POST_LIMIT_BYTES): CardJson[] {
  const whole = postJson(rich.title, rich.lines);
  if (byteSize(whole) <= limit) return [whole];
  const groups: RichText["lines"][] = [];
  let current: RichText["lines"] = [];
  for (const line of rich.lines) {
    if (current.length > 0 && byteSize(postJson(rich.title, [...current, line])) > limit - 512) {
      groups.push(current);
      current = [];
    }
    current.push(line);
  }
  groups.push(current);
  return groups.map((g, i) => postJson(`${rich.title}（${i + 1}/${groups.length}）`, g));
}

/**
 * The messages one Reply becomes: rich text as posts; else a card (or cards) carrying the
 * reply's own text (a long one goes as a text message before the card); else text; then its file.
 */
export function planReply(reply: Reply): ReplyPart[] {
  const parts: ReplyPart[] = [];
  const card = replyCard(reply);
  if (reply.rich) {
    for (const post of splitPost(reply.rich)) parts.push({ kind: "post", post });
  } else if (card) {
    if (card === reply.card && ownText(reply)) parts.push(...textParts(reply.text));
    for (const c of splitCard(card)) parts.push({ kind: "card", card: c });
  } else if (reply.text.trim() !== "") {
    parts.push(...textParts(reply.text));
  }
  if (reply.file) parts.push({ kind: "file", path: reply.file.path, name: reply.file.name });
  return parts;
}

/** A text as messages; past MAX_TEXT_PARTS pieces, as a .txt file. */
function textParts(text: string): ReplyPart[] {
  const texts = splitText(text, TEXT_LIMIT_BYTES);
  if (texts.length > MAX_TEXT_PARTS)
    return [
      { kind: "text", text: "内容较长，已作为文件发送，请查收。" },
      { kind: "text-file", name: "回复全文.txt", text },
    ];
  return texts.map((t) => ({ kind: "text", text: t }));
}
