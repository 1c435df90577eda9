import { TIMES_SAID } from "../drafting/colloquial-work.js";

/**
 * card43: a figure's number and measure on the confirm card as the draft writes them. The card is the author's
 * preview of the summary, so one figure is named one way on both:
 * - 趟、回 after a count are written 次 (看了3回警示片: the card showed 「3回」 beside a draft saying 「3次」; the draft's
 *   rule, drafting/colloquial-work.ts TIMES_SAID). What is stored stays 3回.
 * - a lone 一 that is the whole figure (组织了一场 → 「一场」) is a count here, not an article: 1场, as 2场、3场 beside it.
 *   polish-prose.ts arabicFigures leaves a lone 一 in running text, where 一家企业 is as often 「a firm」.
 * - a spoken estimate opening the figure (大约200人、大概30家、差不多有40家) is 约, as clean-chat.ts writes it (约200人).
 */
export function countAsDrafted(shown: string): string {
  return shown.replace(LONE_ONE, "1").replace(TIMES_SAID, "次").replace(ESTIMATE_SAID, "约");
}

/** A figure that is 一 and its measure word, nothing else (一场、一期、一回、一个). */
const LONE_ONE = /^[一壹](?=[\u4e00-\u9fff]$)(?![亿万千百十])/u;

/** A spoken estimate before the number, as said in the figure (clean-chat.ts writes it 约). */
const ESTIMATE_SAID = /^(?:大概|大约|差不多|估计)有?约?(?=\d)/u;

/**
 * card44: a figure stored as an estimate whose words no longer say so (「大概六百人」 is read 600人 with the estimate flag:
 * 大概、大致、差不多、估计 stay out of the figure's words) is shown 约600人, as the draft writes it. A figure that says its
 * roughness itself (约、余、多、来、左右、上下、出头、几、a range 3至5家 or 十五六家) is shown as it is.
 */
export function estimateShown(shown: string, approx: boolean): string {
  if (!approx || ROUGH_SAID.test(shown)) return shown;
  return /^\d/u.test(shown) ? `约${shown}` : shown;
}

/** Words and shapes that already say a figure is rough; Chinese numerals left after writing are a range (十五六家). */
const ROUGH_SAID =
  /约|近|余|多|来|左右|上下|出头|挂零|开外|许|几|以上|以下|不到|不足|超|逾|至少|[至到~～—–-]|[一二两三四五六七八九十百千]/u;
