import { describe, expect, it } from "vitest";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft51: fresh colloquial clauses of a 县市场监督管理局 in 钦州 (桂南粤语/平话-touched 普通话: 冇, 嘅, 佢, 咩, 咗, 啲, 睇, 好犀利,
 * 搞掂, 几多): 食品安全抽检、特种设备、价格监督、个体工商户登记注册、海鲜市场、校园食堂、电梯维保、3·15; voice input without
 * punctuation, one in Traditional characters, one emoji, Chinese numerals. Written before the draft51 rules (docs/drafting.md
 * 第五十一轮): first sight on main (564a2ad5) 6/40, card rows 15/24; 40/40 and 21/24 after the draft51 rules. Work clauses also carry `card`: the words the confirm card's figure rows must show (what is counted, the topic).
 */
spokenClausesSuite("draft51", "spoken-clauses-51.jsonl", 40);

const CARD_FLOOR = 21;

describe("draft51: the confirm card's rows for the same work clauses", () => {
  it(`counts the work clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const work = readSpokenClauses("spoken-clauses-51.jsonl").filter((c) => c.kind === "work");
    const shown = work.map((c) => ({ c, rows: cardRows(c.said) }));
    const missed = shown.filter(({ c, rows }) => !cardReads(rows, (c as { card?: string[] }).card ?? []));
    console.log(`draft51 card rows read as written: ${work.length - missed.length}/${work.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(work.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
});
