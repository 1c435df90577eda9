/**
 * A button's word typed with a dialect's word for its Mandarin part (round thirty-seven, blind80): the ask-report card's
 * 「不用记」 said with 不消 (江淮), 唔使 (粤), 甭 (北方), or 不要 / 弗要 / 覅 (吴, and Mandarin) — 「不消记 打错了」 — read as the button's word, so what follows it is
 * read as after 「不用记」 (a slip of the hand: the no). Only at the message's start; anywhere else the folds of
 * dialect-words.ts read it.
 */
const NOT_NEEDED_KEEP = /^(?:不消|唔使|唔駛|甭|不消得|不要|弗要|覅|勿要)(?=记)/;

/** `folded` with a dialect 不用 opening 「…记」 put as the button's word; undefined when there is none. */
export function buttonWordInDialect(folded: string): string | undefined {
  return NOT_NEEDED_KEEP.test(folded) ? folded.replace(NOT_NEEDED_KEEP, "不用") : undefined;
}
