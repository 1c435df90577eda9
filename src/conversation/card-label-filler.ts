import type { Figure } from "../domain/update.js";

/**
 * Chat fillers left in a figure's label on the confirm card, and an event counted before its name (round forty,
 * label40). Staff say 「一共搞了十二场进校园」「大概搞了四场科普大集」「走访了3个乡镇搞调研」, and the card read
 * 「一共 12场进校园」「大概 4场科普大集」「走访 3个乡镇搞」: the label kept the total or estimate adverb, the thing
 * counted came after the measure word, and a spoken light verb stuck to the noun. Classes handled, for the card only
 * (the stored figure keeps its words):
 * - a total or estimate adverb opening the label (一共、总共、共、合计、大概、大约、差不多…; not 共有、累计, which say something), with a spoken light verb
 *   after it (搞了、弄了、整了、干了): chat, not what was counted;
 * - an estimate word ending the label (左右、上下): it belongs to the number, never to what it counts;
 * - 在 opening a label that is only a place (在柳河乡): the place is what the label names;
 * - a spoken light verb (搞、弄、整) in the counted noun (乡镇搞、合作社搞摸底): the next step, not the noun;
 * - a count of events (场、次、期、轮、趟、堂) whose name is said after the measure word, with nothing or only a
 *   light verb before it: the name first, then the count (科普大集 4场; 开展路演 2轮), as a table row reads.
 */

const FILLER_START =
  /^(?:一共|总共|总计|合计|共计|共(?![有同享建])|大概|大约|大致|差不多|将近|估计)+(?:搞了|弄了|整了|干了|搞|弄|整)?/u;
const SPOKEN_LIGHT_ONLY = /^(?:搞|弄|整|干)了?$/u;
const ESTIMATE_END = /(?<=[\u4e00-\u9fff]{2})(?:左右|上下)$/u;
const AT_PLACE = /^在(?=[\u4e00-\u9fff]{1,6}[乡镇村县区市]$)/u;
/** A spoken light verb after the noun, and the step it opens (乡镇搞、合作社搞摸底). */
const LIGHT_VERB_END = /(?<=[\u4e00-\u9fff]{2})(?:搞|弄|整)[\u4e00-\u9fff]{0,4}$/u;
const EVENT_MEASURE = /[场次期轮趟堂]$/u;
/** A light verb of holding an event, as written or said: kept before the event's name. */
const HELD_ONLY = /^(?:举办|开展|组织|召开|进行|举行)$/u;

/** The figure's label and counted noun as the card shows them; `eventFirst` when the name goes before the count. */
export function withoutFillers(f: Pick<Figure, "context" | "raw" | "counted">): {
  context: string;
  counted: string;
  eventFirst: boolean;
} {
  let context = f.context.trim();
  const noFiller = context.replace(FILLER_START, "");
  if (noFiller !== context && (noFiller.length >= 2 || noFiller === "")) context = noFiller;
  if (SPOKEN_LIGHT_ONLY.test(context)) context = "";
  context = context.replace(ESTIMATE_END, "").replace(AT_PLACE, "");
  let counted = f.counted ?? "";
  if (counted.replace(LIGHT_VERB_END, "").length >= 2) counted = counted.replace(LIGHT_VERB_END, "");
  const eventFirst =
    counted.length >= 2 && EVENT_MEASURE.test(f.raw) && (context === "" || HELD_ONLY.test(context));
  return { context, counted, eventFirst };
}
