import { dialectAnswer } from "./answer-words.js";
import { replyClauses } from "./clause-answer.js";
import { YES } from "./intent-lexicon.js";
import { sighAtLoad } from "./sigh-at-load.js";
import { saidAsMood } from "./talk-aside.js";

/** Thanks said beside: 谢谢、辛苦、麻烦了. */
const THANKS = /^(?:谢谢|谢了|谢啦|多谢|感谢|辛苦|麻烦)/;

/**
 * 「嗯 对的 今天下乡冻惨了」「行 今天跑了一天累死了」「是嘞 没错 外头雨好大」 to a card or a question: the
 * yes first, then only how the day was — the weather, the body, a sigh — which reports no work. A
 * colleague hears the yes; the rest is talk said beside it (talk-aside.ts, sigh-at-load.ts).
 */
export function yesThenTalk(norm: string): boolean {
  const clauses = replyClauses(norm);
  let i = 0;
  let yes = false;
  for (; i < clauses.length; i++) {
    const c = clauses[i]!;
    if (YES.test(c) || dialectAnswer(c) === "yes") yes = true;
    else if (!THANKS.test(c)) break;
  }
  if (!yes || i === clauses.length) return false;
  const rest = clauses.slice(i).join("，");
  return saidAsMood(rest) || sighAtLoad(rest, rest.replace(/，/g, ""));
}
