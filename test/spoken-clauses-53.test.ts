import { describe, expect, it } from "vitest";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft53: fresh colloquial clauses of a 县卫生健康局 in 北海 (白话/粤语-touched 普通话: 咩, 嘅, 唔, 搞掂, 好犀利, 冇问题, 咁多,
 * 埋单, 靓, 咗, 嗰, 仲): 家庭医生签约、健康体检、医共体、疫苗接种、妇幼、爱国卫生、海岛巡诊、中医馆、义诊、卫生监督、120急救; voice
 * input without punctuation, one in Traditional characters, one emoji, Chinese numerals. Written before the draft53 rules
 * (docs/drafting.md 第五十三轮): first sight on main (f23fc133) 21/40, card rows 18/24 by rule (10/24 by eye). Criterion as draft52: no `bad` fragment left, every `keep` word there; a clause that only
 * says a feeling does not become a problem. Work clauses also carry `card`: the words the confirm card's figure rows must
 * show (what is counted), with no 白话 word on a row either.
 */
spokenClausesSuite("draft53", "spoken-clauses-53.jsonl", 39);

const CARD_FLOOR = 23;
const YUE_ON_CARD = /[咗嘅佢睇啲嗰咩]|唔|冇|搞掂|犀利|咁多|埋单|好靓/u;

describe("draft53: the confirm card's rows for the same work clauses", () => {
  it(`counts the work clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const work = readSpokenClauses("spoken-clauses-53.jsonl").filter((c) => c.kind === "work");
    const shown = work.map((c) => ({ c, rows: cardRows(c.said) }));
    const reads = (c: (typeof work)[number], rows: string[]) =>
      cardReads(rows, (c as { card?: string[] }).card ?? []) && rows.every((r) => !YUE_ON_CARD.test(r));
    const missed = shown.filter(({ c, rows }) => !reads(c, rows));
    console.log(`draft53 card rows read as written: ${work.length - missed.length}/${work.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(work.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
});
