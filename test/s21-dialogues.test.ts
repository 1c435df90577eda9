import { S21_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-one's own whole conversations (dialogues-s21.jsonl): `s21a` (d01–d20) written before any change,
 * `s21b` (d21–d30) after the fixes. A yes to the section question, words missed added right after the card was
 * confirmed, stepping away from a card, a section said and taken back, a figure of the card named again, guided
 * filling asked back, several drafts, withdraw and restore, thanks and talk in between. Played on the writers'
 * clock (2026-12-02). First sights (docs/understanding.md 第二十一轮 dlg21): s21a at 563eebd, before any change, 15/20
 * end as labelled, 63/71 turns, 2 stored wrongly; s21b at d1950a6, written after the fixes, 10/10, 38/41 turns, 0
 * stored wrongly.
 *
 * What may still miss in s21a: d01 「人数写岔了 应该是260」 on 「学生200多」 (no unit, no 人数 in the draft: the bot asks
 * for the new text, and the 「对 就这么改」 that follows is no text); d11 「算了 等会再说」 after 「您说的是哪件事？」 is read
 * as 取消 (nothing stored or changed); d13 「数字错了」 is a no to the card (「哪里不对？」), then 「听众是350人」 corrects
 * it as 修改 rather than as the text of an edit.
 */
const FLOORS = {
  s21a: { missed: 0, endMissed: 1, turns: 0.94 },
  s21b: { missed: 0, endMissed: 0 },
} as const;
describeOwnDialogues("s21 dialogues (own phrasings, round twenty-one)", S21_DIALOGUES, FLOORS);
