import { S32_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-two's own whole conversations (dialogues-s32.jsonl): `s32a` (d01–d32) written before any change, as a
 * first-time user tries the bot: a figure fixed after two or three messages (刚才那条人数写错了 是85不是58), withdraw
 * then restore, what one reported this month or half-year, two-section staff not naming a section, guided filling
 * given up halfway, an image or file where text was expected, long pasted reports with several parts, a leader's
 * draft, a part rewritten with an instruction, approved, exported, cancelled. Played on the writers' clock
 * (2026-12-04, a Friday). First sight: docs/understanding.md 第三十二轮 trial32.
 */
const FLOORS = {
  // s32a first sight (9abc03f): 29/32 ended right, 84/94 turns, 1 stored wrongly (「[文件] ….docx」). After the fixes 30/32, 91/94,
  // 0: d20 (「总结稿呢 先出一版」 read as 查看草稿, which drafts when there is none — the act labelled), d22 (an edit
  // on a draft confirms it, as the preview says) and d26/d27 (a section answered where none was asked) are label slips.
  s32a: { missed: 0, endMissed: 2, turns: 0.96, atLeast: 32 },
} as const;
describeOwnDialogues("s32 dialogues (own phrasings, round thirty-two)", S32_DIALOGUES, FLOORS);
