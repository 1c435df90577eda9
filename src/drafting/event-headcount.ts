/**
 * A people count typed straight after the event it came to — 「办了场科普讲座 80人」「办了次读书会 30人参加」
 * (the space before the digits is gone by now) — is who took part, said in its own clause: 「科普讲座，80人参加」.
 * Left run together, the spoken verb rules could not see where the event ends and wrote 「举办场科普讲座80人」.
 */
const EVENT = "(?:讲座|培训|培训班|培训会|会|活动|比赛|赛|展|展览|课|宣讲|义诊|演练|夜校|集市|大集)";
const HEADCOUNT = new RegExp(
  `(?<=[\\u4e00-\\u9fff]${EVENT})(\\d+(?:\\.\\d+)?(?:多|余)?名?(?:人次|人|名))(参加|参与|到场)?(?=$|[，,。；;！!？?])`,
  "gu",
);

export function eventHeadcount(text: string): string {
  return text.replace(
    HEADCOUNT,
    (_m, count: string, verb: string | undefined) => `，${count}${verb ?? "参加"}`,
  );
}
