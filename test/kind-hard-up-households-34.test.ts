import { describe, expect, it } from "vitest";
import { kindOf } from "./helpers/extract-shapes.js";

/**
 * 困难 naming hard-up households of farmers, herders or fishers (困难牧户、困难农户、困难渔户) — docs/understanding.md,
 * 第三十四轮 fig34: those visited or helped, as 困难群众 and 困难户 are, not a problem; a household's hardship said as
 * a predicate still is.
 */
describe("困难牧户、困难农户", () => {
  it("reads visiting hard-up herders or farmers as work done", () => {
    expect(kindOf("冬季送温暖 走访困难牧户86户，每户慰问金一千，一共八万六", "走访")).toBe("done");
    expect(kindOf("走访困难农户12户", "走访")).toBe("done");
  });

  it("keeps a household's hardship as a problem", () => {
    expect(kindOf("牧户生活困难", "困难")).toBe("problem");
  });
});
