import { S28_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty-eight's own whole conversations (dialogues-s28.jsonl): `s28a` (d01–d12) written before any change, in
 * 湖北宜昌 speech, and `s28b` after the fixes, in 青海西宁 speech: a place among the choices shown (后头那个), a yes with
 * a reservation (好的 不过人数我还要对一哈), 撤哒它先 on a card, a time alone (明儿上午), an update named by its day
 * (前儿个报的那个数不对), a leader's thanks while a draft is in review. Played on the writers' clock (2026-12-04, a
 * Friday). First sights: docs/understanding.md 第二十八轮 dlg28.
 */
const FLOORS = {
  // s28a first sight (b497eeb): 9/12 ended right, 26/34 turns, 0 stored wrongly.
  s28a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 12 },
  // s28b first sight (cbe0630, rules before the 西宁 fixes): 5/8 ended right, 19/23 turns, 0 stored wrongly.
  s28b: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 8 },
} as const;
describeOwnDialogues("s28 dialogues (own phrasings, round twenty-eight)", S28_DIALOGUES, FLOORS);
