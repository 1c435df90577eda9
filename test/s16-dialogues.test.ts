import { S16_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round sixteen's own whole conversations (dialogues-s16.jsonl): `s16a` (d01–d30) written before any
 * change, `s16b` (d31–d45) after the fixes. A section said by what the work is about, by its other
 * name or with the other one denied while the bot asks; yes said beside no-words, thanks or talk; all
 * said with a count; guided filling to its card; a two-section message; withdraw and restore; 撤掉 on
 * a card; the one update offered after a correction that finds nothing, then 确认. Played on the
 * writers' clock (2026-12-01, a Tuesday). First sight: docs/understanding.md 第十六轮.
 */
const FLOORS = {
  s16a: { missed: 0, endMissed: 0, turns: 0.97 },
  s16b: { missed: 0, endMissed: 0, turns: 0.97 },
} as const;
describeOwnDialogues("s16 dialogues (own phrasings, round sixteen)", S16_DIALOGUES, FLOORS);
