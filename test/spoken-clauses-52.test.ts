import { describe, expect, it } from "vitest";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft52: fresh colloquial clauses of a 县文化广电旅游体育局 in 衢州 (吴语/衢州话-touched 普通话: 咯, 侬, 佬, 嘞, 晓得伐, 蛮,
 * 弗, 一些些, 交关): 南孔文化、乡村博物馆、非遗、送戏下乡、村晚、全民健身、农家乐/民宿、文旅融合、文物、广电; voice input without
 * punctuation, one in Traditional characters, one emoji, Chinese numerals. Written before the draft52 rules (docs/drafting.md
 * 第五十二轮): first sight on main (e51207ea) 10/40, card rows 15/24 by rule (7/24 by eye). Work clauses also carry `card`: the words the confirm card's figure rows must show (what is counted, whose,
 * and for 万几 the same 「万余」 the draft writes); a row must not show the 衢州 particles either.
 */
spokenClausesSuite("draft52", "spoken-clauses-52.jsonl", 36);

const CARD_FLOOR = 20;
const WU_ON_CARD = /[咯嘞侬弗]|晓得伐|一些些|交关/u;

describe("draft52: the confirm card's rows for the same work clauses", () => {
  it(`counts the work clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const work = readSpokenClauses("spoken-clauses-52.jsonl").filter((c) => c.kind === "work");
    const shown = work.map((c) => ({ c, rows: cardRows(c.said) }));
    const reads = (c: (typeof work)[number], rows: string[]) =>
      cardReads(rows, (c as { card?: string[] }).card ?? []) && rows.every((r) => !WU_ON_CARD.test(r));
    const missed = shown.filter(({ c, rows }) => !reads(c, rows));
    console.log(`draft52 card rows read as written: ${work.length - missed.length}/${work.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(work.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
});
