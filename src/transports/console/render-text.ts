import type { Reply } from "../../conversation/types.js";

/** Render a reply for a terminal: cards become a framed block with their buttons as commands. */
export function renderForConsole(reply: Reply): string {
  const parts: string[] = [];
  if (reply.card) {
    const c = reply.card;
    const body = c.blocks.map((b) => b.replace(/\*\*(.+?)\*\*/g, "$1")).join("\n");
    parts.push(`┌─ ${c.title}`);
    parts.push(
      body
        .split("\n")
        .map((l) => `│ ${l}`)
        .join("\n"),
    );
    if (c.buttons?.length)
      parts.push(`│ [${c.buttons.map((b, i) => `${i + 1} ${b.label}: 「${b.command}」`).join("]  [")}]`);
    if (c.note) parts.push(`│ ${c.note}`);
    parts.push("└─");
  } else {
    parts.push(reply.text);
  }
  if (reply.file) parts.push(`📎 文件：${reply.file.path}`);
  return parts.join("\n");
}
