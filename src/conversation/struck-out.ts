/**
 * Text the writer struck out (round fifty, console trial): 「来了~~40~~ 45人」 — Feishu's composer turns ~~…~~ into
 * strikethrough, and the transport writes a post's lineThrough text back as ~~…~~ (normalize-message.ts). Struck-out
 * words are words taken back: a careful colleague reads 「来了45人」, so they are dropped before anything reads the
 * message (the card showed 「来了 40」「~~ 45人」 as two figures). A message that is nothing but struck text keeps it, as
 * there is nothing else to read. Also dropped: the 「（已编辑）」 a copied Feishu message carries at its end.
 */
const STRUCK = /~~(?!~)([^~\n]{1,60}?)~~[ \t]*/gu;
const EDITED_MARK = /[（(]已编辑[）)]\s*$/u;

export function withoutStruckOut(text: string): string {
  const unmarked = text.replace(EDITED_MARK, "").trim() || text;
  if (!unmarked.includes("~~")) return unmarked;
  const kept = unmarked.replace(STRUCK, "").trim();
  return /[\p{L}\p{N}]/u.test(kept) ? kept : unmarked;
}
