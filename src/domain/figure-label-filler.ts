import type { Figure } from "./update.js";

/**
 * Chat fillers taken off a figure's label where the label is made (round forty-one, label41). Round forty (label40)
 * took them off only when the confirm card was rendered, so the stored figure, the leader's figure questions and the
 * draft's grounding still read 「一共」「大概」「左右」. Staff say 「一共搞了十二场进校园」「走访了3个乡镇搞调研」
 * 「高企今年共报了12家」; the label names what was counted, as a table row reads. Classes:
 * - a total or estimate adverb opening the label (一共、总共、共、合计、大概、大约、差不多…; not 共有、共建、共同, which say
 *   something), with a spoken light verb after it (搞了、弄了、整了、干了);
 * - the same adverb between what is counted and its verb at the label's end (高企共报了、合同一共签了、特派员共下去了、
 *   义诊大概服务了): a total said of the verb, not a word of the thing (公共、中共 stay);
 * - an estimate word ending the label (左右、上下), or a total or estimate adverb ending it (资金一共): it belongs to the
 *   number, never to what it counts;
 * - 在 opening a label that is only a place (在柳河乡、在县城): the place is what the label names;
 * - a spoken light verb (搞、弄; 整 after two characters) in the counted noun (村搞、合作社搞摸底): the next step's verb.
 * Idempotent: a clean label comes back as it was.
 */

const FILLER_START =
  /^(?:一共|总共|总计|合计|共计|共(?![有同享建用识青商])|大概|大约|大致|差不多|将近|估计)+(?:搞了|弄了|整了|干了|搞|弄|整)?/u;
/** The adverb between what is counted and a short verb ending the label (共报了、一共签了、大概服务了). */
const FILLER_INSIDE =
  /(?<=[\u4e00-\u9fff]{2})(?<![公中一总])(?:一共|总共|总计|共计|共(?![有同享建用识青商])|大概|大约|大致|差不多)(?=[\u4e00-\u9fff]{1,4}$)/u;
const ESTIMATE_END = /(?<=[\u4e00-\u9fff]{2})(?:左右|上下)$/u;
/**
 * label42: a total or estimate adverb ending the label, right before the number (争取上级资金一共 3000万、资金总共 800万、
 * 来的人大概 60人): it belongs to the number. 共 alone only after a verb's object, never 公共、中共、总共's own 共.
 */
const FILLER_END =
  /(?<=[\u4e00-\u9fff]{2})(?:(?:一共|总共|总计|合计|共计|大概|大约|大致|差不多)(?:是|有)?|(?<![公中总一])共)$/u;
const AT_PLACE = /^在(?=[\u4e00-\u9fff]{1,6}[乡镇村县区市]$|[\u4e00-\u9fff]{0,6}(?:县城|街道|社区)$)/u;
/**
 * A spoken light verb after the noun, and the step it opens (村搞、合作社搞摸底); 里弄 and 调整 are nouns. 整改、整治、
 * 整合、整理、整顿 are the work counted, not a light verb (隐患整改 is no count of 隐患; review41).
 */
const LIGHT_VERB_END =
  /(?:(?<=[\u4e00-\u9fff])(?<!里)(?:搞|弄)|(?<=[\u4e00-\u9fff]{2})整(?![改治合理顿编修]))[\u4e00-\u9fff]{0,4}$/u;

/** The figure's label without chat fillers: `context` and `counted` as they are stored and shown. */
export function labelWithoutFillers<F extends Pick<Figure, "context" | "counted">>(f: F): F {
  let context = f.context.trim();
  const noFiller = context.replace(FILLER_START, "");
  if (noFiller !== context && (noFiller.length >= 2 || noFiller === "")) context = noFiller;
  const noInside = context.replace(FILLER_INSIDE, "");
  if (noInside.length >= 3) context = noInside;
  context = context.replace(ESTIMATE_END, "").replace(FILLER_END, "").replace(AT_PLACE, "");
  const counted = f.counted?.replace(LIGHT_VERB_END, "");
  const out = { ...f, context };
  if (f.counted !== undefined && counted !== undefined && counted.length >= 1) out.counted = counted;
  return out;
}
