import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import { guidedItems } from "./helpers/guided-items.js";

/**
 * Guided 填报 with two pieces of work, then figures said in a row (npm run demo, round thirty-four): a figure with no
 * word of its own to tie it to an item (「受训群众8000余人次」) stays with the figure said just before it
 * (「培训78期」), instead of trailing after the last item — 「…培训78期，受训群众8000余人次」, as a colleague writes it.
 */
const { open } = appPerTest();
const guided = async (work: string, figures: string) => guidedItems(await open(), "sun-tp", work, figures);

describe("figures said in a row stay together in guided filling", () => {
  it("a figure with nothing to tie it follows the one said before it", async () => {
    const items = await guided(
      "开展中药材种植实用技术培训；建成科技示范基地5个",
      "培训78期，受训群众8000余人次",
    );
    const withTraining = items.find((i) => i.includes("培训78期"));
    expect(withTraining).toContain("受训群众8000余人次");
    expect(items.find((i) => i.includes("示范基地"))).not.toContain("受训群众");
  });

  it("a figure said first, with nothing to tie it, still stands on its own", async () => {
    const items = await guided("开展中药材种植实用技术培训；建成科技示范基地5个", "受训群众8000余人次");
    expect(items.some((i) => i.includes("受训群众8000余人次") && !i.includes("示范基地"))).toBe(true);
  });
});
