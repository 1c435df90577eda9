import type { CardButton, CardModel, Reply } from "../../conversation/types.js";

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
      note: i === groups.length - 1 ? model.note : undefined,
    }),
  );
}

/** The messages one Reply becomes: a card (or cards) when it has one, else text; then its file. */
export function planReply(reply: Reply): ReplyPart[] {
  const parts: ReplyPart[] = [];
  if (reply.card) {
    for (const card of splitCard(reply.card)) parts.push({ kind: "card", card });
  } else if (reply.text.trim() !== "") {
    const texts = splitText(reply.text, TEXT_LIMIT_BYTES);
    if (texts.length > MAX_TEXT_PARTS) {
      parts.push({ kind: "text", text: "内容较长，已作为文件发送，请查收。" });
      parts.push({ kind: "text-file", name: "回复全文.txt", text: reply.text });
    } else {
      for (const text of texts) parts.push({ kind: "text", text });
    }
  }
  if (reply.file) parts.push({ kind: "file", path: reply.file.path, name: reply.file.name });
  return parts;
}
