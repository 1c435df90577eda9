import { describe, expect, it } from "vitest";
import { cardFigure } from "../src/conversation/render-update.js";
import { findFigures } from "../src/domain/figures.js";
import { cleanChat } from "../src/drafting/clean-chat.js";

/**
 * Trial40, the leader's draft after a console cycle: 「亩产效益大概在约8000块」 (in the opening too) and
 * 「参加的居民有300多人」「来听课的群众有200多人」 as said. An estimate said twice is written once (约 before the figure);
 * who came, said as a clause with 的 and 有, is the group and its count. Phrasings are this test's own.
 */
const DAY = "2026-12-06";

describe("an estimate said twice is written once", () => {
  const cases: Array<[string, string]> = [
    ["每亩纯收入大概在六千块左右", "每亩纯收入约6000"],
    ["示范户户均增收大约两千元上下", "示范户户均增收约2000元"],
    ["合作社年产值差不多在120万左右", "合作社年产值约120万"],
    ["棚均产量大概在3吨", "棚均产量约3吨"],
  ];
  for (const [said, written] of cases)
    it(`「${said}」`, () => {
      const out = cleanChat(said, DAY);
      expect(out).toContain(written);
      expect(out).not.toMatch(/约约|大概|大约|差不多|左右|上下/);
    });

  it("a hedge not before a figure stays: 估计在年底完成", () => {
    expect(cleanChat("估计在年底完成", DAY)).toContain("估计在年底");
  });
});

describe("who came, said with 的 and 有: the group and its count", () => {
  const cases: Array<[string, string]> = [
    ["在文化广场办了防诈骗宣传 参加的村民有400多人", "参加村民400多人"],
    ["办了一期电商培训 来听课的农户有60来户", "听课农户60"],
    ["科技馆开放日到场的家长一共有120人", "到场家长120人"],
  ];
  for (const [said, written] of cases)
    it(`「${said}」`, () => {
      const out = cleanChat(said, DAY);
      expect(out).toContain(written);
      expect(out).not.toMatch(/的(?:村民|农户|家长)(?:一共)?有/);
    });

  it("the card's label says it as written too", () => {
    const text = "在文化广场办了防诈骗宣传 参加的村民有400多人";
    const f = findFigures(text)
      .map((x) => x.figure)
      .find((x) => x.unit === "人")!;
    expect(cardFigure(f, DAY)).toBe("参加村民 400多人");
  });
});
