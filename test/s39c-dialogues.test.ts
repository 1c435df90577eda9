import { S39C_DIALOGUES } from "./corpus/run-dialogues.js";
import { describeOwnDialogues } from "./helpers/own-dialogues.js";

/**
 * Round thirty-nine's second console cycle (dialogues-s39c.jsonl): `s39c` (d01–d07) written before any change, as four
 * staff report a year (一共办了18场, 跑了11个乡镇 then 「不对，刚才是12个乡镇」, 讲解员也不够 with 明年想办法补充, 总数到了35家,
 * 科技创新券发了120万, 入住率不高 with 明年要完善配套, a problem and a plan in one message) and two leaders ask progress
 * loosely, draft, read the problems, rewrite with loose words (别写那么虚, 别写那么长, 数字核一下), approve past the
 * findings and export Markdown, Word and a Feishu document. First sight: docs/understanding.md 第三十九轮 trial39b.
 */
const FLOORS = {
  s39c: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 7 },
  s39d: { missed: 0, endMissed: 0, turns: 0.97, atLeast: 3 },
} as const;
describeOwnDialogues(
  "s39c dialogues (own phrasings, round thirty-nine, second cycle)",
  S39C_DIALOGUES,
  FLOORS,
);
