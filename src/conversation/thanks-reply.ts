import { toSimplified } from "../domain/normalize.js";

/**
 * The opening line for thanks. 「今天就这些，辛苦啦👍」「今个就这些了 谢谢你啊」「先这样 辛苦你了」: a sign-off for the day
 * with thanks in it is answered as a colleague closes the day (好的，您也辛苦了), not 「不客气！」 as if a favour was asked;
 * 「辛苦了」 alone is returned in kind. A plain 谢谢 keeps 「不客气！」.
 */
const SIGN_OFF =
  /(?:就|先)(?:这些|这么多|这样|介些|咁多|噉多)|没(?:有|得)?(?:别的|其他|其它)了|今天到这|先到这/u;
const HARD_WORK = /辛苦/u;

export function thanksOpener(text: string | undefined): string {
  const t = toSimplified(text ?? "");
  if (SIGN_OFF.test(t)) return "好的，今天辛苦了！有新的工作情况随时发给我。";
  if (HARD_WORK.test(t)) return "您也辛苦了！";
  return "不客气！";
}
