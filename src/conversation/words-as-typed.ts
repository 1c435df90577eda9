import type { Intent } from "./intent-types.js";
import { intentText } from "./intent-lexicon.js";

/**
 * Lead54: 「计划第2条改成：加强科技人才队伍建设」 became 「…队五建设」 in the draft — the leader's own words for 改写 were taken
 * from the message as the rules read it (伍 folded to 五 as a numeral, dialect words to Mandarin, Latin letters lower-cased,
 * 俺 to 我). The words a 改写 puts into the draft are the words as typed: the tail of the message that reads as them.
 */
const REPLACE = /^(改写 \S+ (?:第[^\s条]{1,3}条 |加一条？? )?)([\s\S]+)$/u;

export function wordsAsTyped(intent: Intent | undefined, raw: string): Intent | undefined {
  if (intent?.kind !== "command" || intent.command !== "改写") return intent;
  const m = REPLACE.exec(intent.text);
  if (!m?.[1] || !m[2]) return intent;
  const words = m[2];
  // The words are the message's tail; folding at most doubles or halves a stretch, so the search starts near the end.
  for (let i = Math.max(0, raw.length - 2 * words.length - 20); i < raw.length; i++) {
    if (intentText(raw.slice(i)).norm !== words) continue;
    return { ...intent, text: `${m[1]}${raw.slice(i).trim()}` };
  }
  return intent;
}
