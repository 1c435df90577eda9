/**
 * Trial39b: 「存在问题那块别写那么虚」「计划别写那么长」「不要写得太笼统」 — after 别写/不要写 a degree word (那么、这么、太、
 * 得太) and a word of manner is how the text reads, not a phrase to take out. Read as a phrase, the reply said
 * 「问题里没有「那么虚」这几个字」. The offline drafter can do neither honestly: it cannot make a passage more concrete
 * (that needs material) nor shorter (what goes is for a person to choose), and it says so.
 */

/** 别写/不要写…(得)(那么|这么|太|过于) + a manner word, with a closing particle allowed. */
const MANNER =
  /^(?:请|再|也)?(?:别|不要|不用|不必|甭|莫)(?:再)?(?:写|搞|弄)?(?:得)?(?:那么|这么|那样|这样|太|过于|特别)(.{1,3}?)(?:了|吧|啊|哈|呀)*$/u;
/** Manner words that ask for substance: vague, empty, general. */
const VAGUE = /^(?:虚|空|泛|空洞|空泛|笼统|抽象|宽泛|概括|官方|套路|假大空)$/u;
/** Manner words that ask for less: long, wordy, detailed. */
const LONG = /^(?:长|多|啰嗦|啰唆|罗嗦|细|繁琐|详细|复杂|冗长|拖沓)$/u;

/** Why the offline drafter did not shorten a part (「别写那么长」, 「压缩一下」): said in one place (trial41). */
export const WHY_NOT_SHORTENED =
  "离线草稿只按填报原文整理，删去哪句、哪个数字要由人来定，所以没有压缩；可以说「去掉…」指明删去的说法，或「改写」这一部分";

export interface MannerAsked {
  /** What the reviewer asked for, in their word (虚, 长…). */
  word: string;
  /** Why the offline drafter did not do it, and what to do instead. */
  why: string;
}

/** The manner an instruction asks to avoid, with the honest reason it was not done offline; undefined if none. */
export function mannerAsked(said: string): MannerAsked | undefined {
  const m = MANNER.exec(said.trim());
  const word = m?.[1];
  if (!word) return undefined;
  if (VAGUE.test(word))
    return {
      word,
      why: "离线草稿只按填报原文整理，写实要靠材料里的具体情况和数字，我不能替大家补写；可以请相关科室把具体情况（数量、原因、影响）补充填报并确认后再「生成总结」，或用「改写」自己写这一部分",
    };
  if (LONG.test(word))
    return {
      word,
      why: WHY_NOT_SHORTENED,
    };
  return {
    word,
    why: "离线草稿只按填报原文整理，不能整体改换写法；可以说「去掉…」「把…换成…」指明哪个说法，或用「改写」自己写这一部分",
  };
}
