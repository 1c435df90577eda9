import { S40B_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round forty's second console cycle (dialogues-s40b.jsonl): `s40c` (d01–d06) written before any change, as three
 * staff report a year (高企总数到了41家 then 「刚才那条不对，新认定的是8家」, 1500多人 and 1200余人 in one part,
 * 参加20多人, 申报材料太繁琐 with 明年…力争过50家) and two leaders ask progress loosely, draft, check a part's
 * figures without 把 (高企那块的数字核一下), ask to move 存在问题 to the end, rewrite the plan by hand with numbered
 * items on one line, approve past the findings and export. First sight: docs/understanding.md 第四十轮 trial40b.
 */
const FLOORS = {
  s40c: { missed: 0, endMissed: 0, turns: 0.9, atLeast: 6 },
  s40d: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 3 },
} as const;
describeOwnDialogues("s40b dialogues (own phrasings, round forty, second cycle)", S40B_DIALOGUES, FLOORS);
