import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractUpdate } from "../src/domain/extract.js";
import { parseOrg } from "../src/domain/org.js";
import { cardReads, cardRows } from "./helpers/card-rows.js";
import { readSpokenClauses, readsAsWritten, writtenClause } from "./helpers/spoken-clauses.js";

/**
 * draft56: fresh colloquial clauses of a county 科学技术局 in 大理 (西南官话 and 白族 cadres' 普通话: 整, 板扎, 得行, 哪样,
 * 莫, 么, 给(是否), 咯, 嘛; 核桃, 乳扇, 洱海保护, 高原特色农业, 民族刺绣, 扎染, 非遗科普), with 代报 that say why the
 * colleague is away, plans, one Traditional-script problem and an emoji. Written before the draft56 rules.
 * Criterion as draft55 (no `bad` fragment left, every `keep` word there, a problem clause lands in 存在的问题), plus: a
 * work clause is not read as a problem only (good news after a visit stays work). Card rows carry `card` words and no
 * spoken 大理 word nor the colleague's reason for being away. A plan's row says 明年 as said (trial39, card-label-written.ts).
 */
const FLOOR = 38;
const CARD_FLOOR = 26;
const DALI_ON_CARD =
  /整了|整到|板扎|得行|哪样|莫[得管松]|[咯嘛么]|开会|不在|打算|帮小|帮老|来了|娃娃|^[一二三四五六日天]/u;

const org = parseOrg(JSON.parse(readFileSync(new URL("../data/org.example.json", import.meta.url), "utf8")));
const clauses = readSpokenClauses("spoken-clauses-56.jsonl");
const reading = (said: string) => extractUpdate(said, org, { today: "2026-12-05" });
const landsAsProblem = (said: string): boolean => {
  const x = reading(said);
  return x.problems.length > 0 && x.items.length === 0;
};
const landsRight = (c: (typeof clauses)[number]): boolean =>
  c.kind === "problem"
    ? c.keep.length === 0 || landsAsProblem(c.said)
    : c.kind !== "work" || !landsAsProblem(c.said);
const reads = (c: (typeof clauses)[number]): boolean => readsAsWritten(c) && landsRight(c);

describe("draft56: fresh 大理 科技局 clauses read as 公文 without losing what was said", () => {
  it(`counts the clauses that read as written and land in the right part (at least ${FLOOR})`, () => {
    const missed = clauses.filter((c) => !reads(c));
    console.log(`draft56 spoken clauses read as 公文: ${clauses.length - missed.length}/${clauses.length}`);
    for (const c of missed)
      console.log(`  miss: ${c.kind}${landsRight(c) ? "" : "(wrong part)"} ${c.said} → ${writtenClause(c)}`);
    expect(clauses.length).toBe(40);
    expect(clauses.length - missed.length).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe("draft56: the confirm card's rows for the same work and plan clauses", () => {
  it(`counts the clauses whose card rows say what is counted without spoken words (at least ${CARD_FLOOR})`, () => {
    const carded = clauses.filter((c) => (c as { card?: string[] }).card);
    const shown = carded.map((c) => ({ c, rows: cardRows(c.said) }));
    const ok = (c: (typeof carded)[number], rows: string[]) =>
      cardReads(rows, (c as { card?: string[] }).card ?? []) && rows.every((r) => !DALI_ON_CARD.test(r));
    const missed = shown.filter(({ c, rows }) => !ok(c, rows));
    console.log(`draft56 card rows read as written: ${carded.length - missed.length}/${carded.length}`);
    for (const { c, rows } of shown)
      console.log(`  ${missed.some((m) => m.c === c) ? "miss" : "ok  "}: ${c.said} → ${rows.join(" | ")}`);
    expect(carded.length - missed.length).toBeGreaterThanOrEqual(CARD_FLOOR);
  });
  it("prints every clause as written (for reading by eye)", () => {
    for (const c of clauses) console.log(`  ${c.kind}: ${c.said} → ${writtenClause(c)}`);
  });
});
