import { S35_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-five's own whole conversations (dialogues-s35.jsonl): `s35a` (d01–d13) written before any change, as
 * three staff and a leader try the bot on the console: reports with doubled full-width commas, emoji and their own
 * list numbers (「1.2026年12月5日去城关镇…」), a figure fixed by what the update is about, 「不用」「不用了」 on a card,
 * a meeting tomorrow said as tomorrow's (「明天到城关镇开座谈会…」), 「第3条不改了 直接确认」 on a card and while an edit
 * waits, near-identical items from two people, the leader's draft, a part rewritten with a style instruction,
 * approved, exported. Played on the writers' clock (2026-12-05 10:40, a Saturday). First sight: docs/understanding.md
 * 第三十五轮 trial35.
 */
const FLOORS = {
  s35a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 13 },
} as const;
describeOwnDialogues("s35 dialogues (own phrasings, round thirty-five)", S35_DIALOGUES, FLOORS);
