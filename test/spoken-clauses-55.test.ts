import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, readsAsWritten, writtenClause } from "./helpers/spoken-clauses.js";

/**
 * draft55: fresh colloquial clauses of a county 科学技术局 in 黄山 (徽州话-touched 普通话: 嗯(你), 么事, 佢, 晓得, 蛮好, 搞定了;
 * 黄山毛峰, 祁门红茶, 徽州古村落保护, 新安江生态补偿, 茶产业科技, 科技特派员, 高企培育, 科普进村), with 代报 and plans.
 * Written before the draft55 rules (docs/drafting.md 第五十五轮). Criterion as draft54 (no `bad` fragment left, every `keep`
 * word there, a feeling does not become a problem), plus: a problem clause must be read as a problem by extraction (it lands
 * in 存在的问题, not in the work part). Card rows (work and plans with a figure) carry `card` words and no 徽州/spoken word.
 */
const FLOOR = 38;
const CARD_FLOOR = 21;
const HUIZHOU_ON_CARD = /[佢嘅]|么事|晓得|蛮|搞定|搞了|打算|帮小|帮老|明年|^[一二三四五六日天]/u;

const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const clauses = readSpokenClauses("spoken-clauses-55.jsonl");
const landsAsProblem = (said: string): boolean => {
  const x = extractUpdate(said, org, { today: "2026-12-05" });
  return x.problems.length > 0 && x.items.length === 0;
};
const reads = (c: (typeof clauses)[number]): boolean =>
  readsAsWritten(c) && (c.kind !== "problem" || c.keep.length === 0 || landsAsProblem(c.said));

describe("draft55: fresh 黄山 科技局 clauses read as 公文 without losing what was said", () => {
  it(`counts the clauses that read as written and land in the right part (at least ${FLOOR})`, () => {
    const missed = clauses.filter((c) => !reads(c));
    console.log(`draft55 spoken clauses read as 公文: ${clauses.length - missed.length}/${clauses.length}`);
    for (const c of missed)
      console.log(
        `  miss: ${c.kind}${c.kind === "problem" && !landsAsProblem(c.said) ? "(not a problem)" : ""} ${c.said} → ${writtenClause(c)}`,
      );
    expect(clauses.length).toBe(40);
    expect(clauses.length - missed.length).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe("draft55: the confirm card's rows for the same work and plan clauses", () => {
  it(`counts the clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const carded = clauses.filter((c) => (c as { card?: string[] }).card);
    const shown = carded.map((c) => ({ c, rows: cardRows(c.said) }));
    const ok = (c: (typeof carded)[number], rows: string[]) =>
      cardReads(rows, (c as { card?: string[] }).card ?? []) && rows.every((r) => !HUIZHOU_ON_CARD.test(r));
    const missed = shown.filter(({ c, rows }) => !ok(c, rows));
    console.log(`draft55 card rows read as written: ${carded.length - missed.length}/${carded.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(carded.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
  it("prints every clause as written (for reading by eye)", () => {
    for (const c of clauses) console.log(`  ${c.kind}: ${c.said} → ${writtenClause(c)}`);
  });
});
