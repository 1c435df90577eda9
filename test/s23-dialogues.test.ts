import { S23_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-three's own whole conversations (dialogues-s23.jsonl): `s23a` (d01–d20) written before any change,
 * `s23b` (d21–d30) after the fixes, in 苏北, 浙南, 江西, 湘西, 宁夏 and 陕北 voices: yes said as a negated problem word
 * (没麻达, 不差啥, 莫得问题), answers with talk around them, corrections after 不对/不是, 算了 with a reason, a remark
 * or new work while a card shows, an edit dropped, guided filling. Played on the writers' clock (2026-12-03). First
 * sights (docs/understanding.md 第二十三轮 dlg23): s23a at 804dd18, before any change, 17/20 end as labelled, 62/67
 * turns, 1 stored wrongly; s23b at 04c70a7, written after the fixes, 10/10, 32/33 turns.
 *
 * What may still miss: s23-d11 「随你 你看着弄」 said to a card (the dialogue was written as if the section were asked;
 * on a card it is read as unclear, asked in one line, and the 「是」 after it confirms).
 */
const FLOORS = {
  s23a: { missed: 0, endMissed: 0 },
  s23b: { missed: 0, endMissed: 0 },
} as const;
describeOwnDialogues("s23 dialogues (own phrasings, round twenty-three)", S23_DIALOGUES, FLOORS);
