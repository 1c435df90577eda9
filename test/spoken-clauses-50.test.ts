import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft50: fresh colloquial clauses of a 县应急管理局 in 怀化 (湘西南 speech: 冇得, 么子, 咯, 哒, 蛮): 森林防火、危化品、
 * 非煤矿山、地质灾害避险、防汛演练、应急广播、安全生产月; voice input without punctuation, Traditional characters, emoji,
 * Chinese numerals. Written before the draft50 rules; first sight on main (0f9e459d) 12/40 (10/40 under the five judgements
 * changed after seeing the output, docs/drafting.md 第五十轮); 40/40 after the draft50 rules.
 */
spokenClausesSuite("draft50", "spoken-clauses-50.jsonl", 40);
