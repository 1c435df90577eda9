import { S20_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty's own whole conversations (dialogues-s20.jsonl): `s20a` (d01–d10) written before any change,
 * `s20b` (d11–d20) after the fixes. Chat on a card never confirms it, a put-off keeps the draft, new work while a
 * card waits, a correction on the card, withdraw and restore by number, a question about what to write outside
 * guided filling, one own whole day away. Played on the writers' clock (2026-12-02, a Wednesday). First sights:
 * docs/understanding.md 第二十轮.
 */
const FLOORS = {
  s20a: { missed: 0, endMissed: 0 },
  s20b: { missed: 0, endMissed: 0 },
} as const;
describeOwnDialogues("s20 dialogues (own phrasings, round twenty)", S20_DIALOGUES, FLOORS);
