/**
 * A problem head: the words a colleague says to announce that what follows is a problem —
 * 「问题是…」「困难就是…」「难点是…」「有个问题就是…」「然后呢有个问题就是…」「还有一个困难是…」, or
 * 「就是有个问题，…」 standing alone before the problem itself. The head turns its clause to a problem;
 * it says nothing of the work told before it (which stays work done) and is kept in no item.
 */

/** Words that only carry the talk on before the head: 然后呢、就是、还有、另外. */
const CARRY = "(?:然后|就是|还有|另外|再一个|再就是|但是?|不过|可是|只是)?(?:呢|啊|嘛|哈)?";
/** 「有个问题」「还有一个困难」「遇到个难处」: the problem announced as one more thing to say. */
const ANNOUNCE = "(?:(?:还|也|就)?有(?:一)?个|(?:存在|遇到|碰到)(?:了)?(?:一)?个)";
const NOUN = "(?:主要|最大的?)?(?:问题|困难|难处|难点)";
/** What ties the head to the problem: 是、就是、在于、呢就是、的话. */
const TIE = "(?:呢|啊|嘛)?(?:主要)?(?:的话)?(?:就是|是|在于)(?!不是)";

/** A head followed by the problem: 「问题是…」「有个问题就是…」「然后呢有个困难是…」. */
export const PROBLEM_HEAD_TIED = new RegExp(`^${CARRY}${ANNOUNCE}?${NOUN}${TIE}`);

/** A head said on its own before a comma: 「就是有个问题」「然后呢有个困难啊」「还有个难点」. */
export const PROBLEM_HEAD_ALONE = new RegExp(`^${CARRY}${ANNOUNCE}${NOUN}(?:呢|啊|嘛|哈)?$`);

/** The head of `piece` (a comma piece, no trailing mark), or "" when it has none. */
export function problemHeadOf(piece: string): string {
  const t = piece.replace(/[，,\s]+$/, "");
  if (PROBLEM_HEAD_ALONE.test(t)) return t;
  return PROBLEM_HEAD_TIED.exec(t)?.[0] ?? "";
}

/** A piece that opens with a problem head (or is one). */
export function opensWithProblemHead(piece: string): boolean {
  return problemHeadOf(piece.trim()) !== "";
}

/**
 * `clause` with its problem head off (「有个问题就是补助还没发」 → 「补助还没发」,
 * 「就是有个问题，企业积极性不高」 → 「企业积极性不高」); unchanged when nothing of substance would be left.
 */
export function withoutProblemHead(clause: string): string {
  const t = clause.trim();
  const head = problemHeadOf(t.split(/[，,]/)[0] ?? "");
  const rest = t.slice(head.length).replace(/^[：:，,\s]+/, "");
  return head && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(rest) ? rest : clause;
}
