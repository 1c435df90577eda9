/**
 * 「进决赛的有12个项目」「报名的有30多家企业」: staff name a result by who reached it, then count them with 有. A 公文
 * names what was counted before the count (进决赛的项目12个、报名的企业30多家), as the opening and the work items quote
 * it (lead43: the opening read 「全年，进决赛的有12个项目」).
 *
 * Only after a verb of a result reached (进、入围、获奖、签约、通过、报名…) at the head of a clause, and only when what is
 * counted ends the clause: 「目的有两个方面」 (no result verb), 「参加的有200人」 (nothing named after the count) and
 * 「签约的有3个项目已开工」 (the clause goes on) are left as said.
 */

const RESULT =
  "(?:其中)?(?:进入?|入围|晋级|获得?|获评|评上|选上|入选|签约|落地|验收|通过|报名|申报|立项|认定|结题|达标|合格|中标|受益|参加|参与|到场)";
/** A count as the draft writes it: digits or numerals, with an estimate word after it. */
const COUNT = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千]+)(?:多|余|来)?";
const MEASURE = "(?:个|家|项|名|位|户|所|件|篇|支|队|只|台|套|款)";
/** What was counted: a short noun with no word that carries the clause on (已开工、都在、还没…). */
const NOUN = "[^\\s，,。；;：:！？!?已了都还在正将要没不也并且就再又的]{1,4}";

const WHO_HAD = new RegExp(
  `(^|[，,。；;：:\\n])(${RESULT}[\\u4e00-\\u9fff]{0,8}?)的有(${COUNT})(${MEASURE})(${NOUN})(?=[，,。；;！？!?\\n]|$)`,
  "gu",
);

/** 「进决赛的有12个项目」 → 「进决赛的项目12个」; anything else unchanged. */
export function whoHadCountWritten(text: string): string {
  return text.replace(
    WHO_HAD,
    (_m, edge: string, who: string, n: string, measure: string, noun: string) =>
      `${edge}${who}的${noun}${n}${measure}`,
  );
}
