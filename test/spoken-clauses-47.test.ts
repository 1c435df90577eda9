import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft47: fresh colloquial work, plan and problem clauses (黔东南、甘南、延边、闽西-like material, voice input without punctuation, fillers,
 * Traditional characters, figures in words) as the offline drafter writes them, read by a 公文 writer. A clause reads
 * as written when none of its spoken fragments (`bad`) is left and every word that carries its meaning (`keep`) is
 * still there. Plans carry the day they were said (December unless `date`). The 44 lines were written before the
 * draft47 rules.
 */
spokenClausesSuite("draft47", "spoken-clauses-47.jsonl", 41);
