/**
 * 「二〇二五年，我局围绕海洋经济……推广新品种新技术二十四项。」: a paragraph of a summary pasted whole (last year's
 * document, most often) — the bureau's voice (我局、全局、本局), a year said first as the paragraph's topic and a comma
 * after it, sentences closed with 。. Nobody reports their own week that way: asked what it is for, never stored
 * (blind94, i44a). A report that only starts with a year (「2025年的示范基地今年又扩了200亩」), speaks of 我们/我科,
 * or is a line or two of chat is not one.
 */
const YEAR_FIRST =
  /^(?:(?:二〇|二零|20)[〇零一二三四五六七八九\d]{2}年(?:度|以来)?|去年(?:以来)?|上一?年度?|过去的?一年|一年来)[，,]/u;
const BUREAU = /我局|本局|全局|局党组|局机关/u;
const MIN_CHARS = 36;

export function pastedDocument(norm: string): boolean {
  const t = norm.trim();
  if ([...t].length < MIN_CHARS || !YEAR_FIRST.test(t) || !BUREAU.test(t)) return false;
  // Written prose: ends with 。 and holds at least two more commas (clauses of a 公文 sentence).
  return /。$/u.test(t) && (t.match(/[，,、；]/gu) ?? []).length >= 3;
}
