import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft49: fresh colloquial clauses of a 县林业局 (a bureau no drafting test used before): 造林、松材线虫、护林员、
 * 森林防火、林权、林长制, voice input without punctuation, Traditional characters, an emoji, Chinese numerals.
 * Written before the draft49 rules.
 */
spokenClausesSuite("draft49", "spoken-clauses-49.jsonl", 38);
