import { S26_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-six's own whole conversations (dialogues-s26.jsonl): `s26a` (d01–d15) written before any change,
 * `s26b` (d16–d23) after the fixes, in 湖北, 贵州, 江西 and 苏北 voices: a yes with chat after it, someone else's
 * doings or rest day while a card waits, work told after 刚从X回来, personal errands with a work noun (做了个检查),
 * 那条 with one card. Played on the writers' clock (2026-12-04). First sights: docs/understanding.md 第二十六轮 dlg26.
 */
// s26a: d08 「检查组明天几点来哦」 (labelled unclear, answered as a question — nothing stored, the card still waits and the
// reply says so) and d15 「下午去学校接伢」 (an errand still ahead today: asked, not stored) are the two turns left.
const FLOORS = {
  s26a: { missed: 0, endMissed: 0, turns: 0.95 },
  s26b: { missed: 0, endMissed: 0, turns: 0.95, atLeast: 8 },
} as const;
describeOwnDialogues("s26 dialogues (own phrasings, round twenty-six)", S26_DIALOGUES, FLOORS);
