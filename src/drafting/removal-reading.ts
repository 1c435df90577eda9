import { NOT_WANTED, sentenceNamed } from "./removal-reach.js";

/**
 * How a reviewer's words ask for a removal (offline-instruction.ts stepOf; draft-removal-offer.ts reads a leader's removal
 * typed without 重写 through the same reader): 「去掉X」「把X删掉」「X不要了」「X那句删掉」, and 「这段不要了」 of a whole part.
 */

const REMOVE_BEFORE =
  /^(?:请|再|麻烦|最好)?(?:去掉|删掉|删除|删去|拿掉|去除|不要写|不要再写|别写|不写|不用写|不要出现|不要提|别提|不要用|别用)(.+)$/u;
const REMOVE_AFTER = new RegExp(
  `^(?:请|再)?(?:把|将)(.+?)(?:都|全|也)?(?:去掉|删掉|删除|删去|拿掉|去除|删了|去了|${NOT_WANTED})(?:吧)?$`,
  "u",
);
// 把/将 may be left off (「一季度去掉」「科普画廊那条放前面」, round thirty-six): the thing named first, then what to do —
// without 把 only the verbs that cannot mean going (去了 may).
const REMOVE_BARE = new RegExp(
  `^(?:请|再)?(.+?)(?:都|全|也)?(?:去掉|删掉|删除|删去|拿掉|去除|${NOT_WANTED})(?:吧)?$`,
  "u",
);
// 「科普画廊那句删了」: 删了 / 去了 without 把 said of a sentence named (那句、这条、那段话) is a removal too (console trial,
// round forty-nine: the reply said it had not done 「科普画廊那句删了」); of anything else (「旧的展板删了」) it may be work told.
const REMOVE_SENTENCE_DONE = /^(?:请|再)?(.+?(?:那|这)(?:句话?|条|段话))(?:都|也)?(?:删了|去了)(?:吧)?$/u;
const QUOTES = /[「」『』“”"'‘’《》〈〉]/gu;
const ENDS_NOT_WANTED = new RegExp(`(?:${NOT_WANTED})(?:吧)?$`, "u");

/**
 * draft46 (console trial): 「把科普那段删掉」「（三）整段不要了」 — the part itself, nothing in it named. The reply said only
 * that the offline rewrite can 「去掉某个说法」, as if the leader had named none; the offline rewrite changes a part's words and never
 * takes the part out of the document, and the reply now says so.
 */
const WHOLE_PART_GONE =
  /^(?:请|再|直接)?(?:把|将)?(?:这|那|整)?(?:一?部分|一?段|一?块|个部分)?(?:内容)?(?:都|全|全部|整个)?(?:去掉|删掉|删除|删去|拿掉|去除|删了|不要了|不要|不用写了|不写了)(?:吧|了|算了)?$/u;

export const wholePartGone = (said: string): boolean => WHOLE_PART_GONE.test(said);

/**
 * The thing a removal names (its sentence words — 那句、这条 — taken off) and whether its clauses go with it: said of a
 * sentence, or with 不要了 / 不用写了 (removal-reach.ts); undefined when the words ask for no removal.
 */
export function removalAsked(said: string): { thing: string; clause: boolean } | undefined {
  const rm =
    REMOVE_AFTER.exec(said) ??
    REMOVE_BEFORE.exec(said) ??
    REMOVE_BARE.exec(said) ??
    REMOVE_SENTENCE_DONE.exec(said);
  if (!rm) return undefined;
  const named = sentenceNamed((rm[1] as string).replace(QUOTES, ""));
  return { thing: named.thing, clause: named.sentence || ENDS_NOT_WANTED.test(said) };
}
