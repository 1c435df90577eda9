import { S37_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-seven's own whole conversations (dialogues-s37.jsonl): `s37a` (d01–d10) written before any change, as
 * four staff and a leader go through one cycle on the console: a year's work said in chat (搞了、来了1000多群众、
 * 俺们 and 中, 20来家), a count corrected with 「不是20来家 是23家」 in a message that also says 两家, a withdrawal,
 * vague lines, a problem and its plan in one message, a doubled full-width comma and a typo, then the leader drafts,
 * rewrites one part by hand and asks another to be more formal, approves past the findings and exports. Played on the
 * writers' clock (2026-12-05 17:10, a Saturday). First sight: docs/understanding.md 第三十七轮 trial37.
 */
const FLOORS = {
  // 「有些事情」 (d08), a vague line I labelled unclear, is read as small talk: the same reply (nothing stored, asked for
  // the work), left to the intent rounds — 30/31 turns at first sight and after.
  s37a: { missed: 0, endMissed: 0, turns: 0.96, atLeast: 10 },
  s37b: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 4 },
} as const;
describeOwnDialogues("s37 dialogues (own phrasings, round thirty-seven)", S37_DIALOGUES, FLOORS);
