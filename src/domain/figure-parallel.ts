/**
 * 「线上一千二百来人线下三百出头」「上午来了一百四十多人下午九十出头」: a bare number said right after a count of the
 * same kind, after a short label that pairs with a label said before that count (线上/线下, 上午/下午, 男生/女生),
 * counts in that count's unit — the speaker leaves the measure word out the second time.
 */
const NUM = "\\d一二两三四五六七八九十百千万零";
/** The count before (its unit), then the label of the bare number, at the end of the text before it. */
const BEFORE = new RegExp(
  `[${NUM}.]+(?:[多余来几])?(人次|人|名|个|家|户|所|亩|吨|台|辆|条|件|场|次|份|元|万元)(?:左右|出头|多)?[，,、\\s]?((?:(?![${NUM}了的过着在是有])[\\u4e00-\\u9fff]){2,4})$`,
);
/** Characters of paired labels that differ: 上/下, 内/外, 男/女, 城/乡, 大/小, 新/老, 前/后, 公/私, 早/晚. */
const PAIRED = /[上下内外男女城乡大小新老前后公私早晚]/;
/** What closes the bare number's clause (its approximation may come first). */
const CLOSES =
  /^(?:出头|左右|上下|多|来)?(?:$|[，,。；;！!？?\s]|[\u4e00-\u9fff]{0,2}(?:都|也|还|但|就|没|冇))/;

/** A rough number closed by its own word (三百出头、两百挂零): nothing more can belong to it. */
export const CLOSED_BY_ITSELF = /(?:出头|挂零)$/;

/** Whether `a` and `b` pair: same length, the same but at paired characters (线上/线下, 上午/下午). */
function pairs(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let same = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) same++;
    else if (!PAIRED.test(a[i] ?? "") || !PAIRED.test(b[i] ?? "")) return false;
  }
  return same > 0;
}

export function parallelUnit(t: string, cs: number, end: number): string | undefined {
  // 「线下三百出头乡下学校网卡」: 出头、挂零 close the number, the next clause may be glued on.
  if (!CLOSES.test(t.slice(end)) && !CLOSED_BY_ITSELF.test(t.slice(cs, end))) return undefined;
  let a = cs;
  while (a > 0 && !/[，,。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const lead = t.slice(a, cs);
  const m = BEFORE.exec(lead);
  if (!m) return runningTotalUnit(t, cs, end, lead);
  const [, unit, label = ""] = m;
  const before = lead.slice(0, m.index);
  for (let i = 0; i + label.length <= before.length; i++)
    if (pairs(before.slice(i, i + label.length), label)) return unit;
  return runningTotalUnit(t, cs, end, lead);
}

/** A running total said right before a bare number (累计、一共、总共…), after this time's count (fig42). */
const TOTAL_WORD = /(?:累计|一共|总共|合计|共计|总计)(?:有|达到?了?|到了)?$/;
const COUNT_WITH_UNIT = new RegExp(
  `[${NUM}.]+(?:[多余来几])?(人次|人|名|个|家|户|所|亩|吨|台|辆|条|件|场|次|份|元|万元|座|处|块|批)`,
  "g",
);

/**
 * 「今年新评了一百二十家 累计五百出头」「新开了三十六个服务点 累计两百出头」: the total so far, said bare after this
 * year's count in the same sentence, counts the same things, in that count's unit.
 */
function runningTotalUnit(t: string, cs: number, end: number, lead: string): string | undefined {
  // 「放了9家 一共四千五百万」: a bare 万 or 亿 after a count is the money it came to (figure-units.ts), not more of them.
  if (!TOTAL_WORD.test(lead) || /[万亿萬]/.test(t.slice(cs, end))) return undefined;
  let a = cs;
  while (a > 0 && !/[。；;！!？?\n]/.test(t[a - 1] ?? "")) a--;
  const counts = [...t.slice(a, cs).matchAll(COUNT_WITH_UNIT)];
  return counts.at(-1)?.[1];
}
