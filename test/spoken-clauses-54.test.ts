import { describe, expect, it } from "vitest";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, spokenClausesSuite, writtenClause } from "./helpers/spoken-clauses.js";

/**
 * draft54: fresh colloquial clauses of a 县文化和旅游局 in 揭阳 (潮汕话-touched 普通话: 乜, 无, 食, 闹热, 伫(在), 甲(和), 正(才),
 * 好势; 英歌舞, 潮剧, 古村落, 玉器, 非遗传承, 文旅融合, 图书馆分馆, 乡村旅游, 文物安全), with 代报 (「帮小陈报一下 她这周下乡了」)
 * and plans. Written before the draft54 rules (docs/drafting.md 第五十四轮). Criterion as draft53: no `bad` fragment left, every
 * `keep` word there; a clause that only says a feeling does not become a problem. Work clauses also carry `card`: the words
 * the confirm card's figure rows must show (what is counted, not the sentence's subject), with no 潮汕 word on a row either;
 * plans with a figure carry `card` too (the year or month resolved, 目标), and 明年 is not left on a row.
 */
const FLOOR = 35;
spokenClausesSuite("draft54", "spoken-clauses-54.jsonl", FLOOR);

const CARD_FLOOR = 14;
const TEOCHEW_ON_CARD = /[乜伫咗嘅佢]|好势|闹热|无人|无够|仔|帮小|帮老|甲老|的批|坊正|明年/u;

describe("draft54: the confirm card's rows for the same work and plan clauses", () => {
  it(`counts the work and plan clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const work = readSpokenClauses("spoken-clauses-54.jsonl").filter((c) => (c as { card?: string[] }).card);
    const shown = work.map((c) => ({ c, rows: cardRows(c.said) }));
    const reads = (c: (typeof work)[number], rows: string[]) =>
      cardReads(rows, (c as { card?: string[] }).card ?? []) && rows.every((r) => !TEOCHEW_ON_CARD.test(r));
    const missed = shown.filter(({ c, rows }) => !reads(c, rows));
    console.log(`draft54 card rows read as written: ${work.length - missed.length}/${work.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(work.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
  it("prints every clause as written (for reading by eye)", () => {
    for (const c of readSpokenClauses("spoken-clauses-54.jsonl"))
      console.log(`  ${c.kind}: ${c.said} → ${writtenClause(c)}`);
  });
});
