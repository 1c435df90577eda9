import { dialectAnswer } from "./answer-words.js";
import { NO, NO_SAID, NO_SAID_MAX } from "./intent-lexicon.js";
import { endsWithUnitless } from "./plan-correction.js";
import { FIGURE } from "./work-lexicon.js";

/**
 * A no to the question waiting, and a card's draft asked to go (split from answer-pending-question.ts).
 */

/**
 * A bare 不要 (no 了) with the reason the draft goes right after it (「这条不要 跟科长那条重复了」, 白话 「呢条唔要
 * 同科长嗰条重复咗」: sent twice, reported already) — a withdrawal as 不要了 is; never 不要改、不要紧、不要删 (a verb
 * after it), nor the reason said not to hold (没有重复、不重复、不是报重的、有没有重复).
 */
export const NOT_WANTED_WITH_REASON =
  /不要(?![撤删改动紧管急])(?=[\s，,]*[^，,。]{0,12}?(?<!没有?|不是?|并非|无|未)(?:重复|重了|报重|发重|多余|多报|报多))/;
/** The rest of a no that asks for the draft to go: 删了吧、撤了、不要了、作废 (not 别删、不用删). */
export const WITHDRAW_ASKED = new RegExp(
  `(?<![别不莫甭用要])(?:删|撤|作废)|不要了|${NOT_WANTED_WITH_REASON.source}`,
);

/** A no, in a word (不对) or a few (不是这样的、不用存、有点问题); never a correction with a figure. */
/** A verb of withdrawal said outright (撤了、删掉、作废), with no figure and not after a no word. */
const WITHDRAW_SAID = /撤(?![回销]?的)|删(?!的)|作废|废掉/;
export function withdrawsCard(norm: string, core: string): boolean {
  return (
    WITHDRAW_SAID.test(norm) &&
    !FIGURE.test(norm) &&
    !/^(?:不|没|别|算了)/.test(core) &&
    [...core].length <= 20
  );
}

export function saysNo(core: string): boolean {
  if (NO.test(core) || dialectAnswer(core) === "no") return true;
  return (
    NO_SAID.test(core) &&
    [...core].length <= NO_SAID_MAX &&
    // 「一个都莫确认」「一条也不要」: none of them, no count of anything.
    !FIGURE.test(core.replace(/^一(?:个|条|项)(?:也|都)/, "")) &&
    !endsWithUnitless(core) &&
    !VALUE_AFTER_IS.test(core)
  );
}

/**
 * 「弄错了 是成活率85%」「不对 是覆盖率九成」: 是, what is counted, then a number — the right value (its % dropped with the
 * punctuation from core), a correction and never a bare no; 是第3条 names an update, and 不是… denies one.
 */
const VALUE_AFTER_IS = /(?<!不|不就)是(?!第)[\u4e00-\u9fff]{0,6}?(?:\d|[一二两三四五六七八九十百千万]+[成])/;
