import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 王志强 (办公室 and 党建) typed 「这个月办公室这边完成了公文收发320件，整理档案45卷；党建方面，支部开展主题党日，
 * 18名党员参加」: the 党建 card listed 「1. 党建方面，支部开展主题党日」「2. 18名党员参加」 — the section's label
 * said with a comma stayed in the item, and the one clause was cut in two because the split by section
 * cuts clauses at their commas to find the turn. Found in a console trial.
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const items = (text: string) => extractUpdate(text, org, { today: "2026-12-04" }).items.map((i) => i.text);
const { open } = appPerTest();

describe("a section label said with a comma, and a clause split by section", () => {
  it("leaves a section's label before a comma out of the item (方面、这块、这边)", () => {
    expect(items("党建方面，支部开展主题党日，18名党员参加")).toEqual(["支部开展主题党日，18名党员参加"]);
    expect(items("人才这块，今年引进博士2名")).toEqual(["今年引进博士2名"]);
    expect(items("安全生产方面，检查企业12家")).toEqual(["检查企业12家"]);
    // Not a section: the words stay.
    expect(items("资金方面，拨付补助资金120万元")).toEqual(["资金方面，拨付补助资金120万元"]);
  });

  it("keeps one clause one item in each section's draft", async () => {
    const t = await open();
    const said = await t.sayText(
      "wang-ban",
      "这个月办公室这边完成了公文收发320件，整理档案45卷；党建方面，支部开展主题党日，18名党员参加",
    );
    expect(said).toContain("分成了 2 条草稿");
    const ups = await t.app.services.store.listUpdates({ author: "wang-ban" });
    const party = ups.find((u) => u.section === "party");
    expect(party?.items.map((i) => i.text)).toEqual(["支部开展主题党日，18名党员参加"]);
    expect(party?.figures.map((f) => f.raw)).toEqual(["18名"]);
    const office = ups.find((u) => u.section === "office");
    expect(office?.items).toHaveLength(1);
    expect(office?.items[0]?.text).toContain("完成了公文收发320件，整理档案45卷");
  });
});
