import { findFigures } from "../domain/figure-scan.js";
import { parseChineseNumber } from "../domain/chinese-number.js";

/**
 * 「上周五的那个培训 实际来了85人 不是80」「资料是1200份，不是1000份」: a new value, then 不是 and the
 * old one (bare or in the same unit) closing the message — a correction of the update that holds the
 * old figure, not a report with a figure 「不是 80」 (correct-update.ts finds that update). Pure.
 */
const DENIED_TAIL =
  /^[，,、\s]*(?:而)?不是\s*([\d.]+|[零〇一二两三四五六七八九十百千万]+)\s*([\u4e00-\u9fff]{0,2}?)[了吧啊呀哈哦嘛的。！!～~\s]*$/;

/** The old value denied after a new one in `text` (its number as said), or undefined. */
export function oldValueDenied(text: string): string | undefined {
  const figs = findFigures(text).filter((f) => f.figure.unit !== "");
  for (const f of figs) {
    const m = DENIED_TAIL.exec(text.slice(f.end));
    if (!m) continue;
    const old = /^[\d.]+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    const unit = m[2] ?? "";
    if (old === undefined || old === f.figure.value) return undefined;
    if (unit !== "" && !f.figure.unit.endsWith(unit) && !unit.startsWith(f.figure.unit)) return undefined;
    return m[1];
  }
  return undefined;
}

/**
 * 「刚去高企那边核了一下 今年新认定的是9家 不是8家」: a piece with no figure telling something done of its
 * own (a verb and 了) makes the message a report of that work; a slip named (我记错了) does not.
 */
export function tellsOwnWork(text: string): boolean {
  return text
    .split(/[\s，,。；;！!]+/)
    .some(
      (p) =>
        findFigures(p).length === 0 &&
        /[\u4e00-\u9fff]了/.test(p) &&
        !/错|不对|搞混|忘|漏|少写|多写|记岔|说岔/.test(p),
    );
}
