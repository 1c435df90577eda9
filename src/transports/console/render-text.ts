import path from "node:path";
import { typedForm } from "../../conversation/render-update.js";
import type { Reply } from "../../conversation/types.js";

/**
 * Render a reply for a terminal: the reply's own text (unless it only restates the card), then
 * the card as a framed block with its buttons and drop-down choices as commands.
 */
export function renderForConsole(reply: Reply): string {
  const parts: string[] = [];
  if (reply.card) {
    if (!reply.textIsCardCopy && reply.text.trim() !== "") parts.push(reply.text);
    const c = reply.card;
    const body = c.blocks.map((b) => b.replace(/\*\*(.+?)\*\*/g, "$1")).join("\n");
    parts.push(`┌─ ${c.title}`);
    parts.push(
      body
        .split("\n")
        .map((l) => `│ ${l}`)
        .join("\n"),
    );
    if (c.select?.options.length)
      parts.push(`│ ${c.select.placeholder}：${c.select.options.map((o) => `「${o.command}」`).join(" ")}`);
    if (c.buttons?.length)
      parts.push(`│ [${c.buttons.map((b, i) => `${i + 1} ${b.label}: 「${typedForm(b)}」`).join("]  [")}]`);
    if (c.note) parts.push(`│ ${c.note}`);
    parts.push("└─");
  } else {
    parts.push(reply.text);
  }
  // The file as a chat would send it (its name), and where the console saved it on disk.
  // A file saved under the name it is sent by is printed once, by its path (the path is the file itself).
  if (reply.file)
    parts.push(
      path.basename(reply.file.path) === reply.file.name
        ? `📎 文件已保存：${reply.file.path}`
        : `📎 文件：${reply.file.name}（已保存在 ${reply.file.path}）`,
    );
  return parts.join("\n");
}
