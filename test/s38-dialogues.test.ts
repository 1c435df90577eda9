import { S38_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-eight's own whole conversations (dialogues-s38.jsonl): `s38a` (d01–d08) written before any change, as
 * four staff and a leader go through one cycle on the console: a year's work said in chat (一共42家, 两期 and 180来人次
 * corrected by 「不是180来人次 是186人次」, 俺们 and 中, 过了5家高企), a problem and a plan whose object is only in the
 * problem (设备老化…申请更换一批, 服务车…趴窝…更新一台), a doubled full-width comma, a vague line, a report withdrawn
 * while its section is asked, then the leader drafts, rewrites one part by hand, asks the offline drafter for what it
 * cannot do, approves past the findings and exports. Played on the writers' clock (2026-12-05 20:00, a Saturday).
 * First sight: docs/understanding.md 第三十八轮 trial38.
 */
const FLOORS = {
  s38a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 8 },
  s38b: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 4 },
} as const;
describeOwnDialogues("s38 dialogues (own phrasings, round thirty-eight)", S38_DIALOGUES, FLOORS);
