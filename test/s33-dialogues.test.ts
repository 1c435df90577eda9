import { S33_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-three's own whole conversations (dialogues-s33.jsonl): `s33a` (d01–d30) written before any change, as a
 * first-time user tries the bot in ordinary Feishu phrasing: reporting, fixing a figure by what the update is about
 * (核查那条 企业是5家), withdrawing and restoring, asking what one reported this week, month or half-year, guided
 * filling left halfway, a typo'd measure word (宣传册500分), a leader's draft, a part rewritten with an instruction,
 * approved, exported, cancelled. Played on the writers' clock (2026-12-04 15:20, a Friday). First sight:
 * docs/understanding.md 第三十三轮 trial33.
 */
const FLOORS = {
  s33a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 30 },
} as const;
describeOwnDialogues("s33 dialogues (own phrasings, round thirty-three)", S33_DIALOGUES, FLOORS);
