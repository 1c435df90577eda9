import { PRINTED } from "./measure-typo.js";

/**
 * 「入户发了四千挂零宣传单」「印了两千多明白纸」「发了3000告知书」: a number said with no measure word straight before
 * printed matter handed out counts copies (份), as 「四千份宣传单」 does. A lone 一 is no count (README).
 */
const PRINTED_NEXT = new RegExp(`^\\s?${PRINTED}`, "u");

export function printedWithoutMeasure(t: string, at: number, core: string): boolean {
  return core !== "一" && PRINTED_NEXT.test(t.slice(at));
}
