/**
 * draft44: lessons counted as said (专题党课上了两堂、给村民上了三堂法治课、讲了四堂课、听了五堂辅导课). 上课 alone does not say
 * who taught: written in a neutral form (开展专题党课2堂, 上课3节) unless the text says which — 给/为 someone, or 讲, is
 * teaching (为村民讲授法治课3堂); 听 is listening (听取专题辅导课5堂). Runs on cleaned text: the counts are digits.
 */
type Rule = [RegExp, string | ((m: string, ...g: string[]) => string)];

const COUNT = "((?:约|近)?\\d+(?:多|余)?(?:堂|节|次|讲))";
const LESSON = "([\\u4e00-\\u9fff]{0,8}?课)";

const RULES: Rule[] = [
  // 「给村民上了3堂法治课」「我给茶农讲解4堂课」: someone taught — 为村民讲授法治课3堂.
  [
    new RegExp(
      `(?:我们|我局|我)?[给为]([\\u4e00-\\u9fff]{1,8}?)(?:上了|讲了|讲解|讲授了?)${COUNT}${LESSON}`,
      "gu",
    ),
    (_m, who = "", n = "", lesson = "") => `为${who}讲授${lesson === "课" ? "课程" : lesson}${n}`,
  ],
  // 「讲了4堂课」: the speaker taught.
  [
    new RegExp(`(?:讲了|讲解)${COUNT}${LESSON}`, "gu"),
    (_m, n = "", lesson = "") => `讲授${lesson === "课" ? "课程" : lesson}${n}`,
  ],
  // 「听了5堂专题辅导课」: they listened.
  [
    new RegExp(`听了${COUNT}${LESSON}`, "gu"),
    (_m, n = "", lesson = "") => `听取${lesson === "课" ? "课程" : lesson}${n}`,
  ],
  // 「专题党课上了2堂」: the lesson first, 上了 after — held, whoever taught it.
  [new RegExp(`(^|[，,；;])([\\u4e00-\\u9fff]{2,10}?课)上了${COUNT}`, "gu"), "$1开展$2$3"],
  // 「上了3节课」: neither who nor what — 上课3节.
  [new RegExp(`(^|[，,；;])上了${COUNT}课`, "gu"), "$1上课$2"],
];

export function lessonCounts(text: string): string {
  return RULES.reduce((t, [re, to]) => t.replace(re, to as (m: string, ...g: string[]) => string), text);
}
