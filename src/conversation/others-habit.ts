import { FIGURE } from "./work-lexicon.js";

/**
 * 「支部里老有人请假 到会率上不去」「群里总有人发广告」「一到月底就有人催」: how others keep behaving,
 * complained of — no work of one's own done and no figure, so not a report to store; the bot asks
 * what is meant (docs/understanding.md, i13a-080). 「村里老有人乱倒垃圾 我们清理了3次」 reports work.
 */
const OTHERS_HABIT = /(?:老|总|总是|老是|经常|常常|动不动就?|时不时|隔三差五)(?:就)?有(?:人|些人|的人)/u;
/** The speaker (or their unit) as the one acting: then the complaint carries a report. */
const OWN_ACTION = /我|咱|俺|本人|局里|科里(?!老|总)/u;

export function othersHabitOnly(norm: string): boolean {
  return OTHERS_HABIT.test(norm) && !FIGURE.test(norm) && !OWN_ACTION.test(norm);
}
