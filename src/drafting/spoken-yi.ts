/**
 * A sum said the colloquial way (「四点二个亿」「两个多亿」「三个亿」) comes out of the numeral pass as 「4.2个亿」「2个多亿」: a
 * 公文 writes 4.2亿元 and 2亿余元 (the figure scanner reads 个亿 as money already, figure-read-number.ts). The value never
 * changes; only how it is written.
 */
const SPOKEN_YI = /(?<![\d.])(\d+(?:\.\d+)?)个(多|余)?亿(元)?(?![人次])/gu;

export function writtenYi(text: string): string {
  return text.replace(SPOKEN_YI, (_m, n: string, more: string | undefined) => `${n}亿${more ? "余" : ""}元`);
}
