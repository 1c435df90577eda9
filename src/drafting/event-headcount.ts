/**
 * A people count typed straight after the event it came to — 「办了场科普讲座 80人」「办了次读书会 30人参加」
 * (the space before the digits is gone by now) — is who took part, said in its own clause: 「科普讲座，80人参加」.
 * Left run together, the spoken verb rules could not see where the event ends and wrote 「举办场科普讲座80人」.
 */
// Nouns of an event only: 培训、宣讲、讲课 take their count as the people taught (培训300余人 stays).
const EVENT = "(?:讲座|培训班|培训会|会|活动|赛|展|展览|义诊|演练|夜校|集市|大集)";
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
