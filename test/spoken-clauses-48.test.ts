import { spokenClausesSuite } from "./helpers/spoken-clauses.js";

/**
 * draft48: fresh colloquial clauses of the kinds the round-47 lead trial left (特派员下去了、统计下来、没发现大的隐患、
 * 讲了十一场、配种了一千二百来头 after its topic、批下来、材料没完成), several bureaus (科技、畜牧、应急、卫健、农业),
 * voice input without punctuation, Traditional characters, an emoji. Written before the draft48 rules.
 */
spokenClausesSuite("draft48", "spoken-clauses-48.jsonl", 38);
