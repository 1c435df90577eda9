import { yesNoAnswer } from "./pending-answers.js";
import type { Intent, IntentContext } from "./intent-types.js";

/**
 * A change of mind in answer to 「要撤回 #1 吗？」: 「算了 还是恢复」「算了不撤了」「还是留着吧」 keep it — the offer's
 * no (不撤回 1), never 恢复 of nothing withdrawn nor a report unrecorded; 「算了 还是撤了吧」「想了想还是删了吧」 take
 * it — the offer's yes (撤回 1), never 取消 of nothing. Read against the offer still pending, whatever came between
 * the words (算了、哎、想了想).
 */

/** Keep it: 留着、保留、不撤了、别删、不用撤、恢复 (as it was), 还原、算了不要撤. */
const KEEP =
  /留(?:着|下|住|起来)?(?:吧|啊|呀|哈|嘛|了)*$|留着|保留|(?:不|别|莫|甭|不要|不用|用不着|没必要)(?:撤|删|作废|动)|恢复|还原|复原|原样|(?:不|别|莫)(?:要)?(?:弄|搞)掉|还是要(?:的|吧|啊)?$/;
/** Take it: 还是撤了吧、撤吧、删了吧、作废吧、不要了、弄掉吧. */
const TAKE =
  /(?:撤|删|作废|弄掉|搞掉|去掉)(?:回|掉|除)?(?:了|咯|喽|嘞)?(?:吧|呗|算了|啊|呀)|还是(?:撤|删|作废|去掉|弄掉)|不要了|不要它了|撤回吧/;

/** An update named by its withdrawal: 刚撤的、删掉的那条、撤回的. */
const ANOTHER = /(?:撤|删)(?:掉|了|回|咗)?(?:的|嘅)|刚(?:才|刚)?(?:撤|删)/;

export function withdrawOfferAnswered(norm: string, ctx: IntentContext): Intent | undefined {
  if (ctx.awaiting !== "yes-no" || !/^撤回 \d+$/.test(ctx.yesNo?.yes ?? "")) return undefined;
  // A number, or another update named by its withdrawal (刚撤的那条恢复), is a request of its own.
  if ([...norm].length > 20 || /\d/.test(norm) || ANOTHER.test(norm)) return undefined;
  const asked = { ...ctx, justAsked: true };
  if (KEEP.test(norm)) return yesNoAnswer(asked, "no");
  if (TAKE.test(norm)) return yesNoAnswer(asked, "yes");
  return undefined;
}
