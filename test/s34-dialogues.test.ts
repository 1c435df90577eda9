import { S34_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-four's own whole conversations (dialogues-s34.jsonl): `s34a` (d01–d16) written before any change, as a
 * first-time user tries the bot in ordinary Feishu phrasing with emoji, doubled full-width commas and spoken counts
 * (一百二十来个学生、四十几户、六十来个): reporting, fixing a figure by what the update is about, withdrawing, a plan said
 * before it is done (下周准备…), a vague visit then what was done there, asking what one reported this week, a leader's
 * draft, a part rewritten with an instruction, approved, exported. Played on the writers' clock (2026-12-04 16:40, a
 * Friday). First sight: docs/understanding.md 第三十四轮 trial34.
 */
const FLOORS = {
  s34a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 16 },
} as const;
describeOwnDialogues("s34 dialogues (own phrasings, round thirty-four)", S34_DIALOGUES, FLOORS);
