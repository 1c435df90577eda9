/**
 * draft50: 湘西南 (怀化) words staff type as they speak, written as the draft writes them before the other rules read the
 * clause: 冇得/冇 = 没有/没 (冇得一个伤亡、还冇修), 么子 = 什么 (么子事都要… = 各类事项都要…), 哒 closing a clause = 了 (建好哒、坏哒; 么么哒 is no verb's),
 * 咯 closing a clause is a particle (安全生产月咯，) and 了 after a verb before its count (走咯三个). Only the draft's text:
 * the stored update keeps the words the person used, and the intent features are not touched.
 */
import { beihaiWritten } from "./dialect-written-beihai.js";
import { chaoshanWritten } from "./dialect-written-chaoshan.js";
import { daliWritten } from "./dialect-written-dali.js";
import { huizhouWritten } from "./dialect-written-huizhou.js";
import { wuWritten } from "./dialect-written-wu.js";
import { yueWritten } from "./dialect-written-yue.js";

const CLAUSE_END = "(?=$|[\\s，,。；;！!？?~～])";

export function dialectWritten(said: string): string {
  // draft51: 桂南粤语/平话 words first (dialect-written-yue.ts); 冇 is read below as for 湘西南.
  // draft52: 吴语/衢州话 words (dialect-written-wu.ts) before: its 咯 between words is 的 or 了, never dropped.
  // draft53: 北海白话 words after the 钦州 ones (dialect-written-beihai.ts).
  // draft54: 潮汕话 words and the 代报 preface after them (dialect-written-chaoshan.ts).
  // draft55: 徽州话 words after them (dialect-written-huizhou.ts).
  // draft56: 西南官话/大理 words after them (dialect-written-dali.ts).
  const text = daliWritten(huizhouWritten(chaoshanWritten(beihaiWritten(yueWritten(wuWritten(said))))));
  if (!/[冇么哒咯]/u.test(text)) return text;
  return text
    .replace(/冇得|冇有/gu, "没有")
    .replace(/冇/gu, "没")
    .replace(/么子事(?:情)?都/gu, "各类事项都")
    .replace(/么子/gu, "什么")
    .replace(new RegExp(`(?<=[\\u4e00-\\u9fff])(?<!么么)哒${CLAUSE_END}`, "gu"), "了")
    .replace(/(?<=[走跑搞办做修建招发来去换卖查装])咯(?=[\d一二两三四五六七八九十几])/gu, "了")
    .replace(new RegExp(`(?<=[\\u4e00-\\u9fff])咯${CLAUSE_END}`, "gu"), "");
}
