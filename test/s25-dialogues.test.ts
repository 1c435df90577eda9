import { S25_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-five's own whole conversations (dialogues-s25.jsonl): `s25a` (d01–d20) written before any change,
 * `s25b` (d21–d30) after the fixes, in 河南, 广东, 陕西关中 and 湖南 voices: 那就报上去 and 那不中 on a card, a slip
 * owned then the fix, a question about a coming event while a card waits, 那条 + 帮我撤, a supplement then 行,
 * put-offs, list answers, guided filling. Played on the writers' clock (2026-12-04). First sights: docs/understanding.md
 * 第二十五轮 dlg25.
 */
// s25a: d05 (算了不管他 这条存下, read as a no) and d14 (two reports sent with nothing pending read as chat: 讲了防诈骗 — not
// an answer while the bot waits) are left; s25b: 讲座是2场 to a card with no 讲座 is asked about by the learned guess.
const FLOORS = {
  s25a: { missed: 2, endMissed: 2, turns: 0.9 },
  s25b: { missed: 0, endMissed: 0, turns: 0.96, atLeast: 10 },
} as const;
describeOwnDialogues("s25 dialogues (own phrasings, round twenty-five)", S25_DIALOGUES, FLOORS);
