/**
 * Trial40b (a leftover of trial39 and trial39b): 「带领党员赴邻县考察学习一次，参加20多人」「开展活动8次，参加200余人」 — the
 * head count said after 参加 in a clause of its own is the spoken order; written, the people come first and the verb
 * closes the clause (20多人参加), as the drafter already writes 来了60多人 (60多人参加). Only a clause that is nothing
 * but 参加/参与 + a count of people (人、人次、名) is turned: 「参加培训的企业30家」 and 「参加比赛获奖3人」 say more and stay; 参加人员400多人 is written already.
 */
const COUNT =
  "(?:约|近|共)?[\\d.]+(?:万)?(?:多|余|来)?|(?:约|近|共)?[一二两三四五六七八九十百千]+(?:多|余|来)?";
/** Who took part, said between the verb and the count (参与群众300多人 → 群众300多人参与). */
const WHO = "群众|学生|师生|党员|干部|村民|居民|农民|职工|志愿者";
const END = "(?=[，,。；;！？!?]|$)";

const SAID_AFTER = new RegExp(`(?<=[，,]\\s?)参(加|与)了?(${WHO})?(${COUNT})(人次|人|名)${END}`, "gu");

/**
 * The written order, applied to the offline draft's items and opening as written (draft-offline.ts) — not in cleanChat,
 * whose clauses also choose the opening's figures: there 「…人参加」 closing a clause weighs as one event's attendance
 * (choose-headlines.ts ONE_EVENT), and 「组织科技活动周，参加群众1200人次」 must stay a headline as it was.
 */
export function peopleFirst(text: string): string {
  return text.replace(
    SAID_AFTER,
    (_m: string, verb: string, who: string | undefined, n: string, unit: string) =>
      `${who ?? ""}${n}${unit}参${verb}`,
  );
}
