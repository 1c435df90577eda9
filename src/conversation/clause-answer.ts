import { edgeless, intentText } from "./intent-lexicon.js";
import { deniesProblemAsked } from "./problem-denied.js";

/**
 * A reply said in several clauses — an acknowledgement or a hedge beside the answer (「1号 高企」
 * 「算研发的吧 我觉得」), or the answer beside a draft put aside (「第二条吧 第一条我还要改」
 * 「就4吧 3先放着」): the answer is what the clauses that say something agree on.
 */

/** Clauses of a reply: split at punctuation and spaces, each its core without edge fillers. */
export function replyClauses(norm: string): string[] {
  return norm
    .split(/[，,。；;！!？?、\s]+/)
    .flatMap(courtesyUnglued)
    .map((c) => intentText(c).core)
    .filter((c) => c !== "")
    .map(edgeless);
}

/**
 * The reply's clauses as replyClauses reads them, each marked whether it was typed as a question (a ？ or ?
 * right after it): 「没麻达吧？我今儿脑子有点懵」 → 没麻达吧 asked, 我今儿脑子有点懵 not.
 */
export function askedClauses(norm: string): Array<{ text: string; asked: boolean }> {
  const out: Array<{ text: string; asked: boolean }> = [];
  const parts = norm.split(/([，,。；;！!？?、\s]+)/);
  for (let i = 0; i < parts.length; i += 2) {
    const asked = /[？?]/.test(parts[i + 1] ?? "");
    const pieces = courtesyUnglued(parts[i]!)
      .map((c) => edgeless(intentText(c).core))
      .filter((c) => c !== "");
    for (const [k, text] of pieces.entries()) out.push({ text, asked: asked && k === pieces.length - 1 });
  }
  return out;
}

/** 「没差错吧？今天跑了一天」: a problem denied, typed as a question — whether the card is right, asked. */
export function asksWhetherRight(norm: string): boolean {
  return askedClauses(norm).some((c) => deniesProblemAsked(c.text, c.asked));
}

/** Thanks typed onto the word before it with no space (好的谢谢、都要谢谢、行辛苦了、要得谢谢哈). */
const GLUED_THANKS =
  /^(.+?)((?:谢谢|谢啦|谢了|多谢|感谢|感恩|辛苦|麻烦|劳烦|有劳)(?:你|您|侬|恁|你们|小助手|助手|了|啦|晒|哂|哈|啊|喔|哦|呀|嘞|咧|哟|嘛|啰|咯)*)$/;
/** What makes the tail no thanks: 好辛苦、太麻烦了、不麻烦、真辛苦 (how hard it was), 非常感谢 (one thanks). */
const NOT_THANKS_BEFORE =
  /(?:^|[^的])(?:好|太|真|很|挺|蛮|多|不|没|别|非常|十分|万分|特别|这么|那么|怪|贼|老)$/;

/**
 * 「好的谢谢」「都要谢谢」: one clause as typed, two as said — the answer, then thanks beside it. Split
 * only when what is before the thanks says something of its own (not 好辛苦 or 不麻烦, where the
 * word before belongs to it).
 */
function courtesyUnglued(clause: string): string[] {
  const m = GLUED_THANKS.exec(clause);
  if (!m || /^(?:谢|多|感)/.test(m[1]!)) return [clause];
  // 好谢谢 is 好 then thanks; 好辛苦、不麻烦 are one word.
  if (NOT_THANKS_BEFORE.test(m[1]!) && !(m[1] === "好" && /^(?:谢|多谢|感谢)/.test(m[2]!))) return [clause];
  return [m[1]!, m[2]!];
}

/**
 * A clause that says nothing of the answer: an acknowledgement (好的、嗯), thanks (谢谢、麻烦了), a hedge
 * (我觉得、应该吧) or the answer called obvious (这还用问、那还用说、明摆着的).
 */
const EMPTY_CLAUSE =
  /^(?:好的?|好嘞|行|嗯+|恩+|ok|对的?|是的?|我觉得|我看|我想|应该|应该是|估计|可能|大概|肯定|感觉|吧|谢谢|谢啦|谢了|多谢|麻烦了?|麻烦你了|辛苦了?|辛苦啦)+$|^(?:这|那)?(?:还|都)?用(?:得着)?(?:问|说)(?:吗|嘛|啊)?$|^(?:这|那)?(?:不是)?明摆着(?:的|呢|嘛)?$|^(?:废话|当然(?:了|的)?|肯定的|那必须的?|不用说|没得说)$/;

/** A clause putting a listed draft aside (第一条我还要改、3先放着、第二个不要): the answer is elsewhere. */
export const PUTS_ASIDE =
  /不要|别|先不|暂时不|还要改|要改|再改|改一下|改改|先放|放着|搁|撂|缓一?缓|放一放|等等|等会|等[哈下]|等一下|压一?[压下]|压着|回头|再说|再讲|再看看|再想想|再核|先莫|莫急|不确认|有问题|还没|没好|待定|先留着|有错|不对/;

/**
 * What `read` finds in every clause of `norm` that says something — not an acknowledgement or a
 * hedge, nor (with `aside`) a clause putting a draft aside — when there are at least two clauses
 * and all the others agree; undefined otherwise.
 */
export function agreedInClauses<T>(
  norm: string,
  read: (clause: string) => T | undefined,
  aside = false,
): T | undefined {
  const clauses = replyClauses(norm);
  if (clauses.length < 2) return undefined;
  const saying = clauses.filter((c) => !EMPTY_CLAUSE.test(c) && !(aside && PUTS_ASIDE.test(c)));
  if (saying.length === 0) return undefined;
  const found = saying.map(read);
  if (found.some((x) => x === undefined)) return undefined;
  return new Set(found.map((x) => JSON.stringify(x))).size === 1 ? found[0] : undefined;
}
