import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft46: fresh colloquial work, plan and problem clauses (other regions, voice input without punctuation, fillers,
 * Traditional characters, figures in words) as the offline drafter writes them, read by a 公文 writer. A clause reads
 * as written when none of its spoken fragments (`bad`) is left and every word that carries its meaning (`keep`) is
 * still there. Plans carry the day they were said (December unless `date`). The 44 lines were written before the
 * draft46 rules.
 */
spokenClausesSuite("draft46", "spoken-clauses-46.jsonl", 39);
