/**
 * Households are counted in 户 (trial39, console; a round-38 leftover): 「下村去了15个农户」 was drafted 「走访15名农户」 —
 * the measure for people (名) put on households — and the 定稿 check then found its own 15名 against the reported
 * 15个. A 公文 counts them after their noun: 走访农户15户、带动种植户20多户. People (党员、群众) keep 名, places 个.
 */

/** Who is counted as a household: 农户 and the kinds of 户 the work deals with. */
export const HOUSEHOLD =
  "(?:农户|脱贫户|贫困户|种植户|养殖户|监测户|困难户|低保户|五保户|种粮大户|大户|散户|帮扶户)";

/**
 * What a household noun may qualify, so that the count is of it and not of households (review39b): 15名农户代表 are
 * people, 30个贫困户子女 children, 5个农户专业合作社 cooperatives — their count stays where it was said.
 */
const HEAD_AFTER =
  "(?!代表|子女|孩子|学生|家属|家庭|成员|劳动力|人口|户主|[\\u4e00-\\u9fff]{0,3}?(?:合作社|协会|联合体))";

/**
 * A count in 个 before a household noun (15个农户、30来个脱贫户), with the words that qualify the noun. Said in 名 (「给12名农户讲了
 * 嫁接」) the speaker counts people, and the count stays as said (draft56: it became 「农户12户」).
 */
const COUNTED = new RegExp(
  `(?<![\\d.一二两三四五六七八九十百千万亿])((?:\\d+|[一二两三四五六七八九十百千]+)(?:万)?(?:余|多)?)个([\\u4e00-\\u9fff]{0,3}?${HOUSEHOLD})${HEAD_AFTER}`,
  "gu",
);

/** `text` with household counts in 个/名 written after their noun in 户 (see module comment). */
export function householdsCounted(text: string): string {
  return text.replace(COUNTED, "$2$1户");
}
