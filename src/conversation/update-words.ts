import { toSimplified } from "../domain/normalize.js";

/**
 * Whether words someone used for one of their updates (「科普进校园那条」「上午核台账那个」) are the
 * words of its text: as written, or every character in order (核…台账 in 「核了研发费用加计扣除台账」),
 * when it was done (上午、今天) being no word of the text. Used to find the update meant
 * (correct-update.ts) and the drafts a message settles by name (draft-subset.ts).
 */

/** When a thing was done, said in front of what: 上午、下午、今天、昨天、早上、晚上. */
const WHEN_WORDS = /^(?:今天|今儿|今早|昨天|昨儿|上午|下午|早上|晚上|中午|刚才|刚刚)+/;

/** Every character of `words` in `text`, in order. */
export function inOrder(text: string, words: string): boolean {
  const chars = [...words];
  let i = 0;
  for (const ch of text) if (ch === chars[i]) i += 1;
  return i === chars.length;
}

/** The words are in the text, or (three or more) all their characters in order, or within a short stretch of it. */
export function matchesWords(text: string, raw: string): boolean {
  const t = toSimplified(text);
  if (t.includes(raw)) return true;
  const words = raw.replace(WHEN_WORDS, "") || raw;
  if (t.includes(words) || ([...words].length >= 3 && inOrder(t, words))) return true;
  const chars = [...words];
  for (let i = t.indexOf(chars[0]!); i >= 0; i = t.indexOf(chars[0]!, i + 1)) {
    let k = 0;
    let j = i;
    for (; j < t.length && j - i <= chars.length * 2 && k < chars.length; j++) if (t[j] === chars[k]) k++;
    if (k === chars.length) return true;
  }
  return false;
}
