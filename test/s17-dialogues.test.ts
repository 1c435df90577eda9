import { S17_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round seventeen's own whole conversations (dialogues-s17.jsonl): `s17a` (d01–d30) written before any
 * change, `s17b` (d31–d45) after the fixes. Yes beside thanks or talk on a card, an edit preview or 要记吗;
 * a figure named by its label or unit on a card; an edit asking for a figure the update lacks; 不用改了 on an
 * edit preview; 撤回 on a card; small talk after a confirm never read as 本周无进展. Played on the writers'
 * clock (2026-12-01, a Tuesday). First sights: docs/understanding.md 第十七轮.
 */
/** What may still miss (filled in after the first sight). */
const FLOORS = {
  s17a: { missed: 30, endMissed: 30, turns: 0 },
  s17b: { missed: 0, endMissed: 0, turns: 0.97 },
} as const;
describeOwnDialogues("s17 dialogues (own phrasings, round seventeen)", S17_DIALOGUES, FLOORS);
