import { S24_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-four's own whole conversations (dialogues-s24.jsonl): `s24a` (d01–d20) written before any change,
 * `s24b` (d21–d30) after the fixes, in 天津, 山西晋南, 安徽皖北 and 云南 voices: new work with a figure taken back sent
 * while a card waits, a denial asked before the yes, 放弃修改 with the reason it was wrong, 刚才那个草稿 confirmed,
 * put-offs, list answers, guided filling. Played on the writers' clock (2026-12-03). First sights: docs/understanding.md
 * 第二十四轮 dlg24.
 */
const FLOORS = {
  s24a: { missed: 0, endMissed: 0 },
  s24b: { missed: 0, endMissed: 0, atLeast: 0 },
} as const;
describeOwnDialogues("s24 dialogues (own phrasings, round twenty-four)", S24_DIALOGUES, FLOORS);
