import { UNITS } from "./figure-units.js";

/**
 * Formal (大写) numerals, as written on money and in some reports (伍佰万元, 叁拾伍万元, 壹仟贰佰份),
 * read as everyday numerals. Used by the figure scanner (so a card lists 伍佰万元 as a figure, its
 * raw kept as written) and by the offline drafter (which writes it 500万元).
 */
/** Formal (大写) numerals and their everyday forms: 叁佰 → 三百. */
const FORMAL: Record<string, string> = {
  壹: "一",
  贰: "二",
  貳: "二",
  叁: "三",
  肆: "四",
  伍: "五",
  陆: "六",
  柒: "七",
  捌: "八",
  玖: "九",
  拾: "十",
  佰: "百",
  仟: "千",
};
const WORD_ENDING_FORMAL = /^(?:[队入退落行部卒军]伍|[大登着内水海]陆|放肆)$/u;
const UNIT_AHEAD = new RegExp(`^(?:余|多)?(?:${UNITS.join("|")})`, "u");

/**
 * 叁佰余户 → 三百余户: a run of formal numerals becomes everyday numerals when a unit follows it
 * (so 陆续 and a surname 伍 stay). Length is kept, so positions found in the result hold in the input.
 */
export function plainNumerals(text: string): string {
  return text.replace(
    /[壹贰貳叁肆伍陆柒捌玖拾佰仟][壹贰貳叁肆伍陆柒捌玖拾佰仟零〇万亿]*/gu,
    (run, at: number) =>
      // 队伍人员、入伍、大陆: a lone formal digit that ends a word of its own is no number.
      (!(run.length === 1 && WORD_ENDING_FORMAL.test(text.slice(Math.max(0, at - 1), at + 1))) &&
        UNIT_AHEAD.test(text.slice(at + run.length))) ||
      /[拾佰仟]/u.test(run)
        ? [...run].map((c) => FORMAL[c] ?? c).join("")
        : run,
  );
}
