import { CLOSING_AFTER_APPROX } from "./figure-spoken.js";
import { UNITS } from "./figure-units.js";

/**
 * What follows the digits of a number read in place (figure-read-number.ts): how rough it is (余、多、
 * 来、几、把、大几), its scale (万、亿) and unit, and a closing word of approximation (左右、出头). Moved out
 * of figure-read-number.ts.
 *
 * Spoken rough counts read here: 三十多个、二十来万、十几户、百把人 and 百把万吨、千把万 (把 before the scale
 * as before a unit), 60几个、2000几人 (an Arabic round number and 几: at least that many, as 六十几个), and
 * 一百大几、两百大几十人、一百大几十万 (大几 after a hundred, thousand or ten thousand: at least the round number).
 * No count of years runs to 万 or 亿: 「合计四十多万 年底前…」 is a sum and then a time ahead (fig40c).
 */
const UNIT = UNITS.join("|");
const CLOSES = "$|[，,。；;！!？?、\\s]";
/**
 * After a pause, words that start with a measure word's character but are nouns of the next stretch: 「比去年少了五十万
 * 项目多钱少」 is a sum and then 项目, not 五十万项 (j3); 「两千 个人报的」「三百 村里」 likewise. Without the pause
 * 「三个项目」「十个村」 read their unit as before.
 */
const WORD_AFTER_PAUSE =
  "(?:项目|组织|部门|台账|条件|条例|村里|村民|村委|家里|家庭|本来|本身|所以|所有|处理|场地|场所|支部|个人|个别|件事|批复|份额)";

/** 九大袋、两小筐、三大车: a container said big or small counts in the container (the 大 is no 二十大). */
export const BIG_BAG = "[袋车箱筐桶包捆盆篓兜]";

export const NUMBER_TAIL = new RegExp(
  `(?:(余|多|来(?=[百千万亿]|${UNIT}|${CLOSING_AFTER_APPROX})|几(?=[万亿]|${UNIT}|${CLOSING_AFTER_APPROX})|(?<=[百千万])几(?=${CLOSES})|(?<=[百千万])把(?=[万亿]|${UNIT})|(?<=[百千万])大几[十百千]?(?=[万亿]|${UNIT}|${CLOSES}))([百千万亿]*)(余|多)?)?(?:\\s?([%‰])|(?!(?<=[万亿])\\s?年)(?!\\s${WORD_AFTER_PAUSE})\\s?(?:[大小](?=${BIG_BAG}))?(${UNIT}))?(左右|以上|以下|以内|上下|有余|出头|挂零)?`,
  "y",
);

/**
 * Whether 几 right after the digits makes a rough count (十几个、二十几户、60几个、2000几人) rather than
 * starting a word of its own: after 十百千万 or an Arabic number ending in 0.
 */
export function roughByJi(core: string, arabic: boolean): boolean {
  // 一百零几、两千零几: a hundred or a thousand and a few, at its lower end.
  return /[十百千万廿卅]$|[百千万]零$/.test(core) || (arabic && /\d0$/.test(core));
}

/** 几十人、数百、若干 before a numeral say no number; 天数、人数、户数、钱数、笔数、亩数 name what is counted (优良天数三百五十一天). */
export const NO_NUMBER_SAID = /(?<![天人户件次家票台场项钱笔亩])数$|几$|若干$/;

/**
 * What follows a count's unit and adds to it: 一吨半、三天半 — half of the unit more (a count on its own, lone 一 and
 * all); 五吨二、两米五、三亩六 — a tenth of a weight, length or area said as one digit after the unit, closing the
 * number (粤 and northern speech for 5.2吨、2.5米、3.6亩; fig46). 三斤二两 and 五亩一家 go on to another count.
 */
export function afterUnit(rest: string, unit: string): { said: string; value: number } | undefined {
  if (unit === "" || /^(?:个|%|‰)$/.test(unit)) return undefined;
  if (rest[0] === "半") return { said: "半", value: 0.5 };
  const tenth = /^([二三四五六七八九])(?=$|[\s，,。；;！!？?、]|比|多|左右|上下|了|的)/.exec(rest)?.[1];
  const digit = tenth ? "二三四五六七八九".indexOf(tenth) + 2 : 0;
  return digit && /^(?:吨|米|斤|公斤|亩|公里)$/.test(unit) ? { said: tenth!, value: digit / 10 } : undefined;
}
