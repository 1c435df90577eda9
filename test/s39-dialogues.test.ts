import { S39_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-nine's own whole conversations (dialogues-s39.jsonl): `s39a` (d01–d07) written before any change, as
 * four staff and a leader go through one cycle on the console: a year's work said in chat (弄了50亩羊肚菌, 种上了,
 * 下村去了15个农户, 送了技术手册, 两个乡镇, 太差了 and 好多坏了没人修 with 明年争取资金改造一下), a count corrected by
 * 「刚才那条不对，实用新型是96件」, a section asked and answered 「2」, a vague 「还有一些别的也做了」, 参加了 and 一回, a
 * target said 「明年力争过千万」, then the leader drafts, rewrites the plan by hand, approves past the findings and
 * exports. Played on the writers' clock (2026-12-05 23:00). First sight: docs/understanding.md 第三十九轮 trial39.
 */
const FLOORS = {
  s39a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 7 },
  s39b: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 5 },
} as const;
describeOwnDialogues("s39 dialogues (own phrasings, round thirty-nine)", S39_DIALOGUES, FLOORS);
