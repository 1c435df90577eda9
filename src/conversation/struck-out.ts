/**
 * Text the writer struck out (round fifty, console trial): 「来了~~40~~ 45人」 — Feishu's composer turns ~~…~~ into
 * strikethrough, and the transport writes a post's lineThrough text back as ~~…~~ (normalize-message.ts). Struck-out
 * words are words taken back: a careful colleague reads 「来了45人」, so they are dropped before anything reads the
 * message (the card showed 「来了 40」「~~ 45人」 as two figures). A message that is nothing but struck text keeps it, as
 * there is nothing else to read. Also dropped: the 「（已编辑）」 a copied Feishu message carries at its end.
 */
const STRUCK = /~~(?!~)([^~\n]{1,60}?)~~[ \t]*/gu;
const EDITED_MARK = /[（(]已编辑[）)]\s*$/u;

/**
 * dlg53 (b105-d16 「点完了 ~~六千~~ 七千五百株」): a figure struck out with a figure right after it, the message saying nothing
 * before them but a short lead-in (点完了、数错了), is a figure corrected: 「「六千」改成「七千五百株」」 (quoted: 「五十万改成…」 reads 五十 as an update's number), as the writer means — not a bare
 * figure (read as chat) nor new work (「五十五万 批文上是五十五」 stored as a second draft). Struck text inside a report
 * (「来了~~40~~ 45人」) is only dropped, as before.
 */
const NUMERAL = "[0-9０-９.]+|[一二两三四五六七八九十百千万亿零几]+";
const STRUCK_FIGURE = new RegExp(
  String.raw`^((?:[\u4e00-\u9fff]{1,6}[\s，,：:]+)?)~~((?:${NUMERAL})[\u4e00-\u9fff%]{0,3})~~\s*((?:${NUMERAL})[\u4e00-\u9fff%]{0,3})(?=$|[\s，,。；;])(.*)$`,
  "su",
);

export function withoutStruckOut(text: string): string {
  const unmarked = text.replace(EDITED_MARK, "").trim() || text;
  if (!unmarked.includes("~~")) return unmarked;
  const fixed = STRUCK_FIGURE.exec(unmarked);
  if (fixed) return `${fixed[1]}「${fixed[2]}」改成「${fixed[3]}」${fixed[4]}`;
  const kept = unmarked.replace(STRUCK, "").trim();
  return /[\p{L}\p{N}]/u.test(kept) ? kept : unmarked;
}
