import { S36_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-six's own whole conversations (dialogues-s36.jsonl): `s36a` (d01–d13) written before any change, as
 * three staff and a leader try the bot on the console: reports with spoken counts (六十多个果农、30多个), a figure fixed
 * by what the update is about, a withdrawal and 我的填报 this month, guided filling to its card, a year-end task said in
 * December, 「不用了」 then 「确认」 on a card, withdraw and restore, the leader's draft, a part rewritten with a style
 * instruction, approved past its findings, exported. Played on the writers' clock (2026-12-05 10:40, a Saturday).
 * `s36b` (d14–d16) written after the changes, on the classes they touched: 开了场 + 有 + a head count, 「…的有 + count」
 * fixed by what it is about, a part moved to the front without 把. First sight: docs/understanding.md 第三十六轮 trial36.
 */
const FLOORS = {
  s36a: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 13 },
  s36b: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 3 },
} as const;
describeOwnDialogues("s36 dialogues (own phrasings, round thirty-six)", S36_DIALOGUES, FLOORS);
