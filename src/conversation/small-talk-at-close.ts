import { edgeless, intentText, SMALL_TALK } from "./intent-lexicon.js";
import type { Intent } from "./intent-types.js";
import { clausesOf, reportsWork } from "./message-clauses.js";

/**
 * 「刚开完会，晚点报」「忙了一天，明天再报」「晚点再报哈 现在在开会」: the message closes (or opens)
 * with small talk (later, thanks) and the other clauses report nothing on their own.
 */
export function smallTalkAtClose(norm: string): Intent | undefined {
  const clauses = clausesOf(norm);
  if (clauses.length < 2) return undefined;
  const topicOf = (clause: string) => {
    const core = edgeless(intentText(clause).core);
    return SMALL_TALK.find(({ topic, re }) => (topic === "later" || topic === "thanks") && re.test(core))
      ?.topic;
  };
  const last = topicOf(clauses.at(-1)!);
  const first = last ? undefined : topicOf(clauses[0]!);
  const topic = last ?? first;
  if (!topic) return undefined;
  const others = (last ? clauses.slice(0, -1) : clauses.slice(1)).join("，");
  return reportsWork(others) ? undefined : { kind: "smalltalk", topic };
}
