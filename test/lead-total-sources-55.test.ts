import { describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { partBlocks } from "../src/export/layout-draft.js";
import { blankPart } from "./corpus/roster-draft.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Lead55's console trial: 赵丽's 「全年發明專利授權28件…」 led its section as an unnumbered paragraph with no 〔来源〕 —
 * every item beside it named its reporter, the one year total did not. A section's lead paragraph shows its sources in
 * review as an item does; the final text and exports print none, and a paragraph rewritten since claims none.
 */
const { open } = appPerTest();

/** 赵丽's two updates (the second a year total), confirmed, and the offline draft made from them. */
async function drafted() {
  const t = await open({ now: "2026-12-07T10:00:00+08:00" });
  for (const said of [
    "今年技術合同登記了46份，成交額3200萬",
    "全年发明专利授权28件，有效发明专利拥有量达到156件",
  ]) {
    await t.sayText("zhao-zh", said);
    await t.sayText("zhao-zh", "成果转化");
    await t.sayText("zhao-zh", "确认");
  }
  const ups = await t.app.services.store.listUpdates({ author: "zhao-zh" });
  expect(ups.filter((u) => u.status === "confirmed")).toHaveLength(2);
  await t.sayText("zhou-ju", "生成总结");
  await (t.app.services.features.drafting as DraftingApi).whenIdle();
  return t;
}

describe("a section's year total names who reported it", () => {
  it("the offline draft's lead paragraph carries 〔来源：赵丽#2〕 in review", async () => {
    const t = await drafted();
    const view = await t.sayText("zhou-ju", "查看草稿 2026 （二）");
    const line = view.split("\n").find((l) => l.includes("发明专利授权28件"));
    expect(line).toBeDefined();
    expect(line).toContain("〔来源：赵丽#2〕");
  });

  it("prints sources only in review, and only for the text they were recorded for", () => {
    const part = blankPart("section:transfer", "section", {
      paragraphs: ["全年发明专利授权28件。", "全年登记技术合同46份。"],
      leadSources: { "全年发明专利授权28件。": ["u2"] },
    });
    const review = partBlocks(part, { review: true, sourceLabel: (id) => `赵丽${id}` }).map((b) => b.text);
    expect(review[0]).toBe("全年发明专利授权28件。〔来源：赵丽u2〕");
    expect(review[1]).toBe("全年登记技术合同46份。");
    expect(partBlocks(part, { final: true }).map((b) => b.text)[0]).toBe("全年发明专利授权28件。");
  });
});

describe("asked who reported a figure of a lead paragraph", () => {
  it("「稿子里的28件是哪来的」 names 赵丽#2 instead of 「段落文字，没有逐条标来源」", async () => {
    const t = await drafted();
    const reply = await t.sayText("zhou-ju", "稿子里的28件是哪来的");
    expect(reply).toContain("来自填报赵丽#2");
    expect(reply).not.toContain("没有逐条标来源");
  });
});
