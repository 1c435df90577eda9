import { toSimplified } from "../domain/normalize.js";
import { intentText } from "./intent-lexicon.js";
import type { Intent } from "./intent-types.js";

/** The commands that pass a leader's opinion on in free words (README: 重写、退回、改写). */
const OPINION_COMMANDS: ReadonlySet<string> = new Set(["重写", "退回", "改写"]);

/**
 * A leader's opinion is passed on in the leader's own words: the rules read a folded text (写具体啲 → 写具体些,
 * 唔好咁长 → 不要这么长), so each word of the opinion that is a whole word of the message as typed, folded, goes back
 * to how it was typed (「问题嗰段重写 写具体啲」 → 重写 问题 写具体啲). Words the rules made up (the part, 一、) stay.
 * Traditional characters are still written simplified (「示范基地數量偏少」 → 数量): an 改写 text is the document's words,
 * and a 公文 is in simplified characters.
 */
export function asTyped(intent: Intent, raw: string): Intent {
  if (intent.kind !== "command" || !OPINION_COMMANDS.has(intent.command)) return intent;
  const typed = new Map<string, string>();
  for (const word of raw.split(/[\s，,。！!？?；;、]+/u)) {
    const folded = intentText(word).norm;
    const asSaid = toSimplified(word);
    if (word !== "" && folded !== asSaid && !typed.has(folded)) typed.set(folded, asSaid);
  }
  if (typed.size === 0) return intent;
  // Word by word between the same marks (「这稿，问题讲得不够深」: the comment after the comma is a word of its own).
  const text = intent.text
    .split(/([\s，,。！!？?；;、]+)/u)
    .map((w, i) => (i === 0 ? w : (typed.get(w) ?? w)))
    .join("");
  return text === intent.text ? intent : { ...intent, text };
}
