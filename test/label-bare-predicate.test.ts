import { describe, expect, it } from "vitest";
import { describeFigure } from "../src/conversation/render-update.js";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";

/**
 * Tried in the console: 「另外提一下，今年全县R&D投入预计能到2.1个亿…，但是规上企业里有研发活动的占比还是偏低，只有38%」
 * showed the item starting 「提一下，」 and the figure 「· 只有 38%」. A bare predicate before a number names nothing:
 * the phrase before the comma does; 提一下 said first is an opener like 说一下. Sentences written for this test.
 */
const org = parseOrg({
  unit: "示例县",
  sections: [{ id: "a", name: "综合", aliases: [], keywords: [] }],
  people: [{ id: "p", name: "张三", role: "staff", sections: ["a"] }],
});
const read = (text: string) => extractUpdate(text, org, { today: "2026-12-02" });

describe("a label that says how much, not of what", () => {
  it.each([
    ["但是规上企业里有研发活动的占比还是偏低，只有38%", /^规上企业里有研发活动的占比/u],
    ["今年的验收合格率不高，才85%", /^验收合格率/u],
    ["专利授权量，达到120件", /^专利授权量/u],
  ])("「%s」", (said, label) => {
    const [f] = read(said).figures;
    expect(f && describeFigure(f)).toMatch(label);
  });

  it("keeps a bare predicate when nothing is said before it", () => {
    expect(read("只有38%").figures.map((f) => describeFigure(f))).toEqual(["只有 38%（问题）"]);
  });
});

describe("an opener said before the work", () => {
  it.each([
    ["另外提一下，今年全县研发投入预计能到2.1个亿", /^今年全县研发投入/u],
    ["顺便说一下，科普讲座办了5场", /^科普讲座/u],
    ["补充一下，又认定了2家高企", /^又认定了/u],
  ])("「%s」 starts the item with the work", (said, start) => {
    expect(read(said).items[0]?.text).toMatch(start);
  });

  it("leaves 另外 that counts (另外3家…)", () => {
    expect(read("另外3家企业完成了申报").items[0]?.text).toMatch(/^另外3家/u);
  });
});
