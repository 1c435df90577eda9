import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { guidedItems } from "./helpers/guided-items.js";

/**
 * Guided 填报, a further piece of work told with its figures to 「有哪些关键数据？」 (console trial, round 31):
 * 「今天下午又去石板村开展了果树修剪培训，参训农民60人，发放资料200份」 after the work 「组织科技政策宣讲会」
 * was glued onto the 宣讲会 as one item. A careful colleague lists it as its own item, its figures with it.
 */
const { open } = appPerTest();
const guided = async (work: string, figures: string) => guidedItems(await open(), "li-rd", work, figures);

describe("further work said to the figures question", () => {
  it.each([
    ["今天下午又去石板村开展了果树修剪培训，参训农民60人，发放资料200份", "石板村", "60人"],
    ["另外去石板村开展了果树修剪培训，参训农民60人", "石板村", "60人"],
    ["昨天还到河口村办了场科普讲座，来了五十多人", "河口村", "五十多人"],
  ])("「%s」 is its own item, with its figures", async (said, place, figure) => {
    const items = await guided("组织科技政策宣讲会", said);
    expect(items).toHaveLength(2);
    expect(items[0]).not.toContain(place);
    expect(items[0]).not.toContain(figure);
    expect(items[1]).toContain(place);
    expect(items[1]).toContain(figure);
  });

  it("figures of the work itself still join it", async () => {
    const items = await guided("组织科技政策宣讲会", "来了80人，发放宣传册1200份");
    expect(items).toHaveLength(1);
    expect(items[0]).toContain("80人");
  });
});
