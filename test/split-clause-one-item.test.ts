import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 王志强 (办公室 and 党建) typed 「这个月办公室这边完成了公文收发320件，整理档案45卷；党建方面，支部开展主题党日，
 * 18名党员参加」: the 党建 card listed 「1. 党建方面，支部开展主题党日」「2. 18名党员参加」 — the one clause was
 * cut in two because the split by section cuts clauses at their commas to find the turn. Found in a
 * console trial.
 */
const { open } = appPerTest();

// The label said with a comma (党建方面，) stays in the item: the split by section reads it to find the turn
// (taking it out of the clause lost 赵丽's 「成果转化那边，…；人才这块，…」 split, drafting-register).
describe("a clause split by section", () => {
  it("keeps one clause one item in each section's draft", async () => {
    const t = await open();
    const said = await t.sayText(
      "wang-ban",
      "这个月办公室这边完成了公文收发320件，整理档案45卷；党建方面，支部开展主题党日，18名党员参加",
    );
    expect(said).toContain("分成了 2 条草稿");
    const ups = await t.app.services.store.listUpdates({ author: "wang-ban" });
    const party = ups.find((u) => u.section === "party");
    expect(party?.items.map((i) => i.text)).toEqual(["党建方面，支部开展主题党日，18名党员参加"]);
    expect(party?.figures.map((f) => f.raw)).toEqual(["18名"]);
    const office = ups.find((u) => u.section === "office");
    expect(office?.items).toHaveLength(1);
    expect(office?.items[0]?.text).toContain("完成了公文收发320件，整理档案45卷");
  });
});
