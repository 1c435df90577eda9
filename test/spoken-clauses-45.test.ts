import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft45: fresh colloquial work, plan and problem clauses as the offline drafter writes them, read by a 公文 writer.
 * A clause reads as written when none of its spoken or broken fragments (`bad`) is left and every word that carries
 * its meaning (`keep`) is still there. Plans carry the day they were said (December unless `date`). The 44 lines were
 * written before the draft44 rules.
 */
spokenClausesSuite("draft45", "spoken-clauses-45.jsonl", 43);
