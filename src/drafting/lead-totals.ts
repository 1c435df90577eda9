import type { DraftItem } from "./draft-model.js";

/**
 * Year totals lead their section. A section of the year summary opens with what the year came to
 * (「全年共开展送文化下乡活动126场，惠及群众5.6万人次。」) and then tells the pieces of work
 * (1. 2. 3.), as the 总-分 order of the seed documents has it; a total told among the events
 * (「3.全年累计…」 after 「1.3月…」) reads as one more event. Used for offline and model parts alike.
 */

/** What a whole year (or all of it so far) came to: 全年共…、今年累计…、累计…、共计… with a figure. */
const TOTAL =
  /^(?:全年|今年|本年度)(?:以来)?[，,]?|^(?:累计|共计|合计|总计|一共)|^共(?!青|建|享|同|治|产|商|识|赢|性)(?=[\u4e00-\u9fff])/u;

export function isYearTotal(text: string): boolean {
  return TOTAL.test(text.trim()) && /\d/u.test(text);
}

/**
 * The section's lead paragraphs and its numbered items: untitled totals lead, when there are
 * other items to follow them (a section of totals only keeps them as its items). A titled total
 * (「农技推广：全年…」) stays an item, first among them.
 */
export function leadTotals(items: readonly DraftItem[]): {
  lead: string[];
  items: DraftItem[];
  /** Each lead paragraph's source updates, by its text (DraftPart.leadSources). */
  sources: Record<string, string[]>;
} {
  const totals = items.filter((i) => isYearTotal(i.text));
  const rest = items.filter((i) => !isYearTotal(i.text));
  if (totals.length === 0 || rest.length === 0) return { lead: [], items: [...items], sources: {} };
  const leading = totals.filter((i) => !i.title);
  const sources = Object.fromEntries(leading.map((i) => [i.text, [...i.sourceIds]]));
  return { lead: leading.map((i) => i.text), items: [...totals.filter((i) => i.title), ...rest], sources };
}
