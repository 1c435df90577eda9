import type { Guess } from "./command-guess.js";
import { ACTIONS } from "./verb-object-words.js";
import { MARKED_NUM } from "./intent-lexicon.js";
import { datesSaid } from "./not-own-work.js";

/**
 * Which learned guesses (command-guess.ts) a colleague would simply carry out rather than ask 「您是想…吗？」:
 * those whose reading is clear from the words themselves and whose effect is small and undone in one word —
 * 本周无进展 and 下周提醒 only change this week's reminders (a report sent later still counts; the mark is
 * withdrawn with 撤回), 填报 only starts the questions (取消 leaves them), 撤回 N is undone by 恢复 N and
 * 恢复 N by 撤回 N, and 请假 on dates written out by 取消请假. The reply says how the message was understood
 * and how to undo it (ask-command.ts sayUnderstood). Everything else — a guess of 科室、修改、确认, a
 * leader's command, or one of these without the words that make it clear — is still asked about.
 */

/** The guess is clear by this margin (log-probability over the next class), beyond the guess's own. */
export const ACT_MARGIN = 8;

/** The week came to nothing: a word of none beside a word of progress or of something to report. */
const NONE = /没|无|冇|莫得|么得?|啥也|什么也|一点|白/;
/** Asked, not told: 有…没有 at the end, 吗, a question mark. */
const ASKED = /有[^，,。]*没有?[。.？?]*$|[吗嘛][。.？?]*$|[?？]/;
const PROGRESS = /进展|进度|起色|动静|推进|名堂|成果|可报|好报|报的|新东西|新情况|亮点|新的/;
/** The reminder put off to a later week, with the reminder or the chasing named. */
const LATER_WEEK = /下(?:个)?(?:周|礼拜|星期)|过(?:两|几)?天|下回|改天/;
const REMINDED = /提醒|催|叫|喊|撵|找我|追/;
/** Asked to be asked: 问 with the way of asking (一项一项、一句一句、挨个、逐样、问一句答一句). */
const ASK_ME = /问/;

export function actsOnGuess(guess: Guess, norm: string): boolean {
  if (guess.readOnly || guess.margin < ACT_MARGIN) return false;
  switch (guess.command) {
    case "本周无进展":
      // 「这周有啥进展没有」 asks about the week — never marked on a guess.
      return NONE.test(norm) && PROGRESS.test(norm) && !ASKED.test(norm);
    case "下周提醒":
      return REMINDED.test(norm) && LATER_WEEK.test(norm);
    case "填报":
      return ASK_ME.test(norm);
    case "撤回":
      return /^撤回 \d+$/.test(guess.text) && ACTIONS.withdraw.test(norm) && oneNumber(norm);
    case "恢复":
      return /^恢复 \d+$/.test(guess.text) && ACTIONS.restore.test(norm) && oneNumber(norm);
    case "请假":
      return datesSaid(norm) !== undefined;
    default:
      return false;
  }
}

function oneNumber(norm: string): boolean {
  return [...norm.matchAll(MARKED_NUM)].length === 1;
}

/** What undoes a command carried out on a guess, said after its reply. */
export const UNDO: Readonly<Record<string, string>> = {
  本周无进展: "如果不是这个意思，回复「撤回」撤掉这条标记即可。",
  下周提醒: "如果不是这个意思也不要紧：只是本周不再提醒，有进展随时发给我。",
  填报: "不想逐项填的话，回复「取消」即可。",
  撤回: "撤错了可以回复「恢复」找回。",
  恢复: "如果不是这个意思，回复「撤回」即可再撤掉。",
  请假: "日期不对的话回复「取消请假」，再重新告诉我。",
};
