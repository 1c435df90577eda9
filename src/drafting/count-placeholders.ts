import { findPlaceholders } from "../domain/figures.js";

/**
 * Placeholders still to fill (「×」「X」「**」), not counting a multiplication sign between two
 * measured quantities: 「190米×24米」「3×5」 state a size, they are not a blank.
 */
const MEASURE_BEFORE = /\d(?:\.\d+)?\s*(?:[a-zA-Z]{0,3}|[\u4e00-\u9fff]{0,3})\s*$/u;
const NUMBER_AFTER = /^\s*\d/u;

export function isMultiplication(text: string, start: number, end: number): boolean {
  const raw = text.slice(start, end);
  if (raw !== "×" && raw !== "*" && raw !== "x" && raw !== "X") return false;
  return MEASURE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && NUMBER_AFTER.test(text.slice(end));
}

/** Placeholder spans that are blanks to fill. */
export function blanks(text: string): Array<{ start: number; end: number; raw: string }> {
  return findPlaceholders(text).filter((p) => !isMultiplication(text, p.start, p.end));
}

export function countPlaceholders(text: string): number {
  return blanks(text).length;
}
