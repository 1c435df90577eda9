import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { cleanChat } from "../src/drafting/clean-chat.js";
import { writtenAmounts } from "../src/drafting/written-amounts.js";
import { cardRows } from "./helpers/card-rows.js";

/**
 * draft52 (docs/drafting.md 第五十二轮): the offline drafter and the confirm card on colloquial clauses of a 县文化广电旅游体育局
 * in 衢州, by class; each class with sentences it must leave alone. Written before the rules (they fail on main e51207ea).
 */
const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const day = "2026-12-05";
const drafted = (t: string) => writtenAmounts(cleanChat(t, day));

describe("draft52: 八万几 — stored as said, the card and the draft name it the same way", () => {
  it("stores 几 after 万/千/百 at a clause's end as said, a rough count at the round number", () => {
    const f = extractUpdate("文物这块 罚了款五万几", org, { today: day }).figures[0];
    expect(f?.raw).toBe("五万几");
    expect(f?.value).toBe(50000);
    expect(f?.approx).toBe(true);
  });
  it.each([
    ["文化市场这块 罚了款五万几", "5万余"],
    ["演出市场 罚款罚了两万几 都交了", "2万余"],
    ["挽回损失十一万几", "11万余"],
  ])("%s: card row and draft both say %s", (said, words) => {
    expect(cardRows(said).join(" | ")).toContain(words);
    expect(drafted(said)).toContain(`${words}元`);
  });
  it.each([
    ["文化市场这块 罚了款五万", "罚款 5万", "罚款5万元"],
    ["十几个村搞了村晚", "", "10余个村"],
  ])("leaves %s as it was", (said, row, draft) => {
    if (row) expect(cardRows(said).join(" | ")).toContain(row);
    expect(drafted(said)).toContain(draft);
  });
});

describe("draft52: a verb said twice, once in the work's name", () => {
  it.each([
    ["农家书屋 换书换了一万二千多册", "换书1.2万多册", "换书换"],
    ["罚款罚了三万", "罚款3万", "罚款罚"],
    ["送书送了两千册", "送书2000册", "送书送"],
  ])("%s → %s", (said, written, gone) => {
    expect(drafted(said)).toContain(written);
    expect(drafted(said)).not.toContain(gone);
  });
  it("leaves a doubled verb (看看了) and a verb whose name differs (送戏下乡) to the other rules", () => {
    expect(drafted("巡山巡了三百多趟")).toContain("巡山300多次");
  });
});
