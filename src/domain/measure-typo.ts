/**
 * 「发资料300分」「印了两百分折页」: 分 typed for 份 (the same sound in a pinyin input) after or before printed
 * matter handed out. Such things are counted in 份 and never scored, so the figure is read as 份 — in the text
 * drafted and extracted from (normalize.ts), and said on the card (render-update.ts) so the author sees it.
 * A score stays 分: 得了94分、问卷平均92分、满分100分 (a word of scoring between the thing and the number).
 */

/** Printed matter handed out, counted in 份 (试卷、答卷 are scored, so not here). */
export const PRINTED =
  "(?:宣传资料|科普资料|资料|宣传册|小册子|手册|宣传单页?|传单|单页|折页|问卷|调查问卷|明白纸|宣传页|读本|画册|倡议书|告知书|一封信|海报|挂图|台历|年历)";
/** A number, in digits or in words. */
const NUMBER = "(?:\\d+(?:\\.\\d+)?[万千百]?|[一二两三四五六七八九十百千万]+)";
/** What may stand between the thing and its number: a verb of handing out, 共、约 — no word of scoring. */
const BETWEEN = "[^\\d\\s，,。；;：:！!？?得均满考评扣打测算]{0,4}";
/** 分 not starting another word (分钟、分之、分析、分发、分别…). */
const FEN = "分(?![钟之析发别配类散享布开工管批期段局队组会站])";

const AFTER_THING = new RegExp(`(${PRINTED}${BETWEEN})(${NUMBER}(?:余|多)?)${FEN}`, "gu");
const BEFORE_THING = new RegExp(`(${NUMBER}(?:余|多)?)${FEN}(?=${PRINTED})`, "gu");

/** Each 分 read as 份: what was written and what it is read as (「300分」→「300份」). */
export function measureTypos(text: string): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const m of text.matchAll(AFTER_THING)) out.push({ from: `${m[2]}分`, to: `${m[2]}份` });
  for (const m of text.matchAll(BEFORE_THING)) out.push({ from: `${m[1]}分`, to: `${m[1]}份` });
  return out;
}

/** The text with 分 typed for 份 put right. */
export function fixMeasureTypos(text: string): string {
  return text
    .replace(AFTER_THING, (_m, head: string, n: string) => `${head}${n}份`)
    .replace(BEFORE_THING, (_m, n: string) => `${n}份`);
}
