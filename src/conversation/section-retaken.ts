import { ownSideSaid } from "./own-side-said.js";
import { edgeless, intentText } from "./intent-lexicon.js";
import type { IntentContext } from "./intent-types.js";
import { sectionAnswer, sectionInClauses } from "./section-answer.js";
import { sectionAsserted } from "./section-asserted.js";
import { sectionDescribed } from "./section-described.js";

/**
 * 「人才那块吧 哦不对 还是成果转化」「这是人才的 哦不对 是成果转化的」「放研发 哦不 还是高企吧」: a section said and taken
 * back in the same breath, on a card or to the section question — the one after the take-back (i21c, s21; the class of
 * 「综合不对 应该是党建」「不对不对 我是说党建那块」 in i16f, i17e, i17f, i19d).
 */
/** A section said and taken back in the same breath (哦不对、不对不对、说错了): the one named after the last take-back. */
const TAKE_BACK =
  /[\s，,。！!]+(?:(?:哦|噢|哎|诶|啊|呃)[，,\s]*)?(?:不对|不是|说错了|搞错了|讲错了|(?<=[哦噢哎诶])不)(?:不对|不是)?(?:了|啊|哦|咧)*[，,。！!\s]+(?:应该|其实)?(?:还是|是|算|放)?/g;

export function sectionRetaken(norm: string, ctx: IntentContext): string | undefined {
  // 「我这边」「算我们科的」 to the card asking whether a report goes to another section (own-side-said.ts).
  const own = ownSideSaid(norm, ctx.ownSection);
  if (own) return own;
  const cuts = [...norm.matchAll(TAKE_BACK)];
  const last = cuts.at(-1);
  if (!last || last.index === undefined) return undefined;
  // Short on each side: a section said, not work reported (「人才」 names the work of a section too).
  const [said, meant] = [norm.slice(0, last.index), norm.slice(last.index + last[0].length)];
  if ([...said].length > 12 || [...meant].length > 12) return undefined;
  return sectionNamed(said, ctx) ? sectionNamed(meant, ctx) : undefined;
}

/** A section said alone or in a short sentence (the readers of a section answer, in turn). */
export function sectionNamed(norm: string, ctx: IntentContext): string | undefined {
  const core = edgeless(intentText(norm).core);
  return (
    sectionAnswer(core, ctx.sections) ??
    sectionInClauses(norm, ctx.sections) ??
    sectionAsserted(norm, ctx.sections) ??
    sectionDescribed(norm, ctx.sections)
  );
}
