import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * The offline draft wrote 「2026年12月3日下午召开支部委员会，研究了年底党员评议的事」: a yearly document names the day, not
 * its part (下午 after the date goes); what a meeting took up is its 事宜 (研究…的事 → 研究…事宜), and 讲了课 is 讲课, not
 * 讲解课. Phrasings other than the console's.
 */
describe("day parts after a date, a meeting's matters, 讲课 (round thirty-four)", () => {
  it.each([
    ["礼拜二晚上开了党小组会", "2026-12-05", "12月1日召开党小组会"],
    ["周一上午召开局务会，讨论了明年科普经费的事情", "2026-12-05", "讨论2027年科普经费事宜"],
    ["周三下午部署了冬季安全检查的事", "2026-12-05", "12月2日部署冬季安全检查事宜"],
    ["昨天去二中讲了课", "2026-12-05", "二中讲课"],
  ])("%s → %s", (text, date, written) => {
    const out = cleanChat(text, date);
    expect(out).toContain(written);
    expect(out).not.toMatch(/日(?:上午|下午|晚上)|讲解课|的事/);
  });
});
