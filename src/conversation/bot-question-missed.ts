import { placeholderKind } from "./guards.js";

/**
 * 「你刚刚问我啥来着 没看清」「恁刚才问俺啥 俺木看清」「你頭先講咩嚟？冇睇到」: the sender asks what the bot just asked or said —
 * they missed it. Nothing to store or run, and no update to look at (刚刚 here is when the bot spoke, not a reference
 * to an update): unclear, so the bot says in one line what it can do. Round fifty-six (b109-073). Only the question
 * itself, with at most a clause of not having seen, heard or understood it.
 */
const WHAT_SAID =
  /^(?:你|恁|您|机器人|小助手)(?:刚才|刚刚|剛才|剛剛|刚|剛|才|方才|头先|之前|上面)?(?:是)?(?:问|說|说|讲|講|問)(?:的)?(?:我|俺)?(?:的)?(?:是)?(?:啥|什么|什麼|啥子|哪样|咩|么事|甚|甚么)(?:来着|来的|嚟|呀|啊|哦|嘞|呢)?[?？]*$/u;
const MISSED =
  /^(?:我|俺)?(?:没|木|冇|沒|没有|沒有|木有|没得|莫得)(?:看|看|聽|听|瞅|睇)?(?:清|清楚|到|見|见|懂|明白)(?:楚)?(?:啊|呀|哦|哈|嘞|呢)?$/u;

export function botQuestionMissed(norm: string): boolean {
  const clauses = norm.split(/[，,。；;！!？?～~\s]+/u).filter((c) => c !== "");
  if (clauses.length === 0 || clauses.length > 2) return false;
  const [first, second] = clauses;
  if (!WHAT_SAID.test(`${first}`)) return false;
  return second === undefined || MISSED.test(second);
}

/** A placeholder only (「[语音]」, guards.ts) or the bot's question missed: unclear, read before anything else. */
export function nothingToRead(raw: string, norm: string): boolean {
  return placeholderKind(raw) !== undefined || botQuestionMissed(norm);
}
