import { S20_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round twenty's own whole conversations (dialogues-s20.jsonl): `s20a` (d01–d10) written before any change,
 * `s20b` (d11–d20) after the fixes. Chat on a card never confirms it, a put-off keeps the draft, new work while a
 * card waits, a correction on the card, withdraw and restore by number, a question about what to write outside
 * guided filling, one own whole day away. Played on the writers' clock (2026-12-02, a Wednesday). First sights
 * (docs/understanding.md 第二十轮): s20a at 89f57ef, before any change, 10/10 end as labelled, 30/33 turns (「困难一定要写吗」
 * got 「有什么需要帮忙的？」, 「我周四全天去省厅对接 不在单位」 was asked about), 0 stored wrongly; 33/33 after. s20b at
 * 8b01af0, written after the fixes: 10/10, 31/32 turns, 0 stored wrongly.
 *
 * What may still miss: s20-d19's 「算了 我再问问主任」, after the bot asked which matter was meant, is read as 取消 (the
 * question dropped), labelled small talk; nothing is stored or changed either way.
 */
const FLOORS = {
  s20a: { missed: 0, endMissed: 0 },
  s20b: { missed: 0, endMissed: 0, turns: 0.96 },
} as const;
describeOwnDialogues("s20 dialogues (own phrasings, round twenty)", S20_DIALOGUES, FLOORS);
