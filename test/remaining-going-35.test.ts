import { describe, expect, it } from "vitest";
import { goingWritten } from "../src/drafting/going-written.js";
import { remainingLine } from "../src/drafting/remaining-work.js";

/**
 * Lead, round thirty-five (after draft35's remaining-work lines): a plan for the year's last weeks came out
 * 「近期，将到城关镇开展一次科普讲座」「近期，将去城关镇科普讲座」「下一步，将月底前去3个村送资料」 — the going of chat (去、到 +
 * a place + its work) kept after 将, and a deadline of 月底 put after 将 with no month. A 公文 writes 赴, and the deadline
 * with its month: 「下一步，将于12月底前赴3个村送资料」.
 */
describe("the year's remaining work, going and deadline written the 公文 way", () => {
  it.each([
    ["下周到城关镇开展一次科普讲座", "近期，将赴城关镇开展一次科普讲座。"],
    ["下周去城关镇科普讲座", "近期，将赴城关镇开展科普讲座。"],
    ["12月20号前到县一中举办科普讲座", "下一步，将于12月20日前赴县一中举办科普讲座。"],
    ["月底前去3个村送资料", "下一步，将于12月底前赴3个村送资料。"],
  ])("%s → %s", (said, line) => {
    expect(remainingLine(said, "2026-12-04")).toBe(line);
  });

  it.each([
    ["将到城关镇开展调研", "将赴城关镇开展调研"],
    ["要去3个村走访", "要赴3个村走访"],
    // Not a going: reaching a place, a year gone, 到 as a result.
    ["将覆盖面延伸到城关镇开展试点", "将覆盖面延伸到城关镇开展试点"],
    ["将去年结余资金用完", "将去年结余资金用完"],
    ["资料送到城关镇", "资料送到城关镇"],
  ])("%s → %s", (said, written) => {
    expect(goingWritten(said)).toBe(written);
  });
});
