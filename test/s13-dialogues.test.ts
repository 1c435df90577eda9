import { S13_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirteen's own dialogues (split `s13`, dialogues-s13.jsonl): flows where something may be
 * stored that should not be, or a confirmed update changed wrongly — several drafts and a subset
 * confirmed by a loose reference (前两条、除开第二条), an edit begun then dropped or corrected twice,
 * withdraw then restore, the section changed while a card waits, 「要记为工作填报吗？」 answered with more
 * text, leave or a reminder asked mid-way, small talk between steps, a second message that adds to
 * the first (补充一下、刚才漏了) or is a new one (还有…), a figure corrected after confirming, guided
 * filling with an off-topic line or a question back, and an answer given a message late. Each reply
 * is also checked against the store (reply-truth.ts): no change claimed that did not happen, none
 * made without a word. Played on the writer's clock (2026-12-01, a Tuesday).
 * First sight (40e9b83 (71ace41 after the rebase onto main), before any fix): 27/40 end as labelled, 152/172 turns, 7 stored wrongly (3 of them
 * the writer's own slip: a yes to 「要记为工作填报吗？」 with more work beside it stores the draft), 2 missed,
 * 0 replies untrue; after the fixes by class (91a357b (12f840d after the rebase)): 40/40, 172/172, 0, 0, 0 (relabels listed in
 * docs/understanding.md). d41–d60, written after those fixes (eb07d72 (a1b2a5c after the rebase)): 15/20, 75/82 turns, 4 stored wrongly
 * (2 the same slip as before), 2 missed, 0 untrue at first sight; 20/20, 82/82, 0, 0, 0 after.
 */
describeOwnDialogues("s13 dialogues (own phrasings, round thirteen)", S13_DIALOGUES, {
  "*": { missed: 0, endMissed: 0, atLeast: 40 },
});
