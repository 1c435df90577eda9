import type { Reply } from "../../conversation/types.js";

/**
 * Feishu quote-replies. A person who answers one of the bot's messages with Feishu's 回复 sends only what they type
 * (「这个是三十八户 不是三十五」); the message it answers comes as `parent_id`. The engine reads a quote-reply from its
 * text (lead-aside.ts QUOTE_LEAD: 「回复 总结助手：「#1 …」 …」, as the console types it), so the transport remembers the
 * first line of what it sent under each message id and puts it in front of a reply to that message: the card
 * 「请确认填报内容（#1）」 quoted makes the figure said a correction of #1, as on the card. Kept in memory, the newest
 * `max`; after a restart (or on another replica) a reply to an older message is read as typed.
 */
export interface QuotedMessages {
  /** The ids of one batch of sent messages and the replies they carried. */
  remember(ids: readonly string[], replies: readonly Reply[]): void;
  /** The text as the engine reads it: with the quoted line in front when `parentId` is one of ours. */
  withQuote(text: string, parentId: string | null | undefined): string;
}

export function quotedMessages(max = 2000): QuotedMessages {
  const lines = new Map<string, string>();
  return {
    remember(ids, replies) {
      // The card of the batch is what is answered (a text before it only leads to it).
      const shown = [...replies].reverse().find((r) => r.card) ?? replies.at(-1);
      const line = shown ? quoteLine(shown.text) : undefined;
      if (!line) return;
      for (const id of ids) {
        lines.delete(id);
        lines.set(id, line);
      }
      while (lines.size > max) lines.delete(lines.keys().next().value!);
    },
    withQuote(text, parentId) {
      const line = parentId ? lines.get(parentId) : undefined;
      return line && text.trim() !== "" ? `回复 总结助手：「${line}」 ${text}` : text;
    },
  };
}

/** The first line said, without the marks a quote cannot hold (「」【】…), at most 60 characters. */
function quoteLine(text: string): string | undefined {
  const first = text
    .split("\n")
    .map((l) => l.replace(/[「」“”『』"【】]/gu, "").trim())
    .find((l) => l !== "");
  return first ? [...first].slice(0, 60).join("") : undefined;
}
