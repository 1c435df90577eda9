import { describe, expect, it } from "vitest";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial36, found on the console: 「今天上午在县一中开了场科普进校园活动 学生有500多人 还发了科普读物300册」 was drafted
 * 「在县一中召开场科普进校园活动，学生有500多人，还发放科普读物300册」 — 开了 became 召开 and left the measure word
 * (召开场), who came stayed said as 「学生有500多人」, and the chatty 还 (also) opened a clause of work. Three classes:
 * - 开了 + (一)场/个/次 + what was held: the written verb by what was held (会 召开; 晚会、讲座、班 举办; 活动、培训 开展);
 *   开了个会 alone is 召开会议;
 * - right after a clause that ends in what was held, 「<who>有 + a head count」 is who took part (500多名学生参加);
 * - 还 opening a clause of work done goes;
 * - 「跟县农科所一起到石门村…」: working together with another body is 联合, going there 赴 (the same line was drafted
 *   「2026年11月27日跟县农科所一起到石门村开展…」).
 */
const written = (t: string) => cleanChat(t, "2026-12-05");

describe("held once, who took part, and 还, as a document writes them", () => {
  it.each([
    [
      "在县一中开了场科普进校园活动，学生有500多人，还发了科普读物300册",
      "在县一中开展科普进校园活动，500多名学生参加，发放科普读物300册",
    ],
    ["在村委会开了个座谈会，听取意见建议", "在村委会召开座谈会"],
    ["下午开了次科技特派员培训，30人参加", "开展科技特派员培训"],
    ["在文化广场开了场科普文艺晚会", "在文化广场举办科普文艺晚会"],
    ["开了个会", "召开会议"],
    // Stalls and stages are held too (found importing a year's reports: 「召开场科普集市，群众有2000余人」).
    [
      "科技活动周期间在城关镇广场开了场科普集市，群众有2000多人",
      "在城关镇广场举办科普集市，2000多名群众参加",
    ],
    ["在石门村开展果树嫁接培训，果农有60来人", "60余名果农参加"],
    ["讲座结束后，还为群众解答问题", "讲座结束后，为群众解答问题"],
  ])("「%s」 → 「%s」", (text, want) => {
    const got = written(text);
    expect(got).toContain(want);
    expect(got).not.toMatch(/召开[场个次]|，还(?:发|为)/u);
  });

  it.each([
    // 有 + count after what is no event: how many there are, not who came.
    ["全县共有学校12所，学生有5000多人", "学生有5000多人"],
    // A meeting that leads on to what it took up is left to the word rules.
    ["开了个会研究年底考核", "研究年底考核"],
  ])("unchanged: 「%s」 keeps 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });
});

describe("working together with another body", () => {
  it.each([
    [
      "上周五跟县农科所一起到石门村搞了次果树嫁接技术培训，来了六十多个果农",
      "联合县农科所赴石门村开展果树嫁接技术培训",
    ],
    ["和市科协一起举办青少年科技节", "联合市科协举办青少年科技节"],
    ["同县一中一起开展科普进校园", "联合县一中开展科普进校园"],
  ])("「%s」 → 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });

  it.each([
    ["跟村里一起搞了次卫生大扫除", "跟村里一起"],
    ["把培训和宣传一起抓", "把培训和宣传一起抓"],
  ])("unchanged: 「%s」 keeps 「%s」", (text, want) => {
    expect(written(text)).toContain(want);
  });
});
