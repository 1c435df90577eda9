import { describe, expect, it } from "vitest";
import { topHeadlines } from "../src/drafting/choose-headlines.js";
import type { Material } from "../src/drafting/gather-material.js";
import type { Update } from "../src/domain/update.js";

/**
 * Lead55's console trial: 「高企今年新认定了9家 总数到了47家」 gave the opening 「…发明专利授权28件，总数达到47家」 — a
 * total quoted on its own names nothing and, after another section's figure, reads as that one's total. A clause led
 * only by 总数/总量/总额… keeps the clause before it that names what is counted.
 */
function material(...texts: Array<[string, string]>): Material {
  const all = texts.map(
    ([section, text], i) =>
      ({
        id: `u${i}`,
        section,
        date: "2026-11-30",
        normalizedText: text,
        figures: [],
        items: [],
        problems: [],
        plans: [],
      }) as unknown as Update,
  );
  return { all, sections: [], period: { year: 2026 } } as unknown as Material;
}

const clauses = (m: Material) => topHeadlines(m, 6, 3).map((h) => h.clause);

describe("a total in the opening says what it totals", () => {
  it.each([
    ["hitech", "高企今年新认定了9家，总数达到47家", "总数达到47家"],
    ["transfer", "新建众创空间2个，总量达到11个", "总量达到11个"],
    ["rd", "争取上级科技项目资金，总额860万元", "总额860万元"],
  ])("%s: %s", (section, text, total) => {
    const got = clauses(material(["transfer", "全年发明专利授权28件"], [section, text]));
    const holding = got.find((c) => c.includes(total));
    if (holding !== undefined) expect(holding).not.toBe(total);
    expect(got.some((c) => c === total)).toBe(false);
  });

  it("a total with its own subject is still quoted as it stands", () => {
    const got = clauses(material(["hitech", "全县高新技术企业总数达到47家"]));
    expect(got).toContain("全县高新技术企业总数达到47家");
  });
});
