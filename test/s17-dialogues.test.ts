import { S17_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round seventeen's own whole conversations (dialogues-s17.jsonl): `s17a` (d01–d30) written before any
 * change, `s17b` (d31–d45) after the fixes. Yes beside thanks or talk on a card, an edit preview or 要记吗;
 * a figure named by its label or unit on a card; an edit asking for a figure the update lacks; 不用改了 on an
 * edit preview; 撤回 on a card; small talk after a confirm never read as 本周无进展. Played on the writers'
 * clock (2026-12-01, a Tuesday). First sights (docs/understanding.md 第十七轮): s17a at 9d79cb6 (before any
 * change) 26/30 end as labelled, 86/92 turns, 0 stored wrongly, 1 missed, 0 untrue; 29/30, 89/92 after the
 * fixes. s17b (d410262), written after them: 13/15, 44/47, 0 stored wrongly, 2 missed, 0 untrue — 「是滴 谢谢啦
 * 看了5户的大棚」 to 要记吗 read as the thanks that closes it (fixed: thanks beside more work closes nothing);
 * 14/15, 45/47, 1 missed after.
 */
/**
 * What may still miss: in s17a, s17-d30's terse 「下午开了支委会」 is asked about (a single line's reading, not
 * this class), so its 「两条都要」 finds one draft; s17-d17's 「不用记 谢谢」 answers the offer to pause
 * reminders as 不用记 (no store either way). In s17b, s17-d42's terse 「下午在乡里开了产业座谈会」 is asked about
 * (the same single-line reading), so 通通确认 finds one draft.
 */
const FLOORS = {
  s17a: { missed: 1, endMissed: 1, turns: 0.96 },
  s17b: { missed: 1, endMissed: 1, turns: 0.95 },
} as const;
describeOwnDialogues("s17 dialogues (own phrasings, round seventeen)", S17_DIALOGUES, FLOORS);
