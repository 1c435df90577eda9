import type { Period } from "../domain/period.js";
import { periodLabel } from "../domain/period.js";

/**
 * The fixed words of the document: title, the three level-one headings and the labels used in
 * prompts. One place, so the offline drafter, the prompts and every export agree.
 */

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (1..99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones === 0 ? "" : DIGITS[ones]}`;
}

/** Parse 一..九十九 back to a number (undefined when it is not one). */
export function parseChineseNumber(s: string): number | undefined {
  for (let n = 1; n < 100; n++) if (chineseNumber(n) === s) return n;
  return undefined;
}

/** 「{单位}2025年工作总结和2026年工作计划」, 「…2025年上半年工作总结和下半年工作计划」. */
export function draftTitle(unit: string, p: Period): string {
  if (p.half === 1) return `${unit}${p.year}年上半年工作总结和下半年工作计划`;
  if (p.half === 2) return `${unit}${p.year}年下半年工作总结和${p.year + 1}年工作计划`;
  return `${unit}${p.year}年工作总结和${p.year + 1}年工作计划`;
}

/** What the plan covers: 「2026年」 or 「下半年」. */
export function planLabel(p: Period): string {
  return p.half === 1 ? "下半年" : `${p.year + 1}年`;
}

/** 「全年」 or 「上半年」/「下半年」, for sentences like 「全年共…」. */
export function spanWord(p: Period): string {
  if (p.half === 1) return "上半年";
  if (p.half === 2) return "下半年";
  return "全年";
}

export function workHeading(p: Period): string {
  return `一、${p.half ? spanWord(p) : periodLabel(p)}工作开展情况`;
}

export const PROBLEMS_HEADING = "二、存在的问题";

export function planHeading(p: Period): string {
  return `三、${planLabel(p)}工作计划`;
}

/** Strip trailing sentence punctuation so items can be joined with ；. */
export function trimEnd(s: string): string {
  return s.trim().replace(/[。；;，,、.\s]+$/u, "");
}

/** Ensure a sentence ends with 。 (or keeps its own ！？). */
export function endSentence(s: string): string {
  const t = s.trim();
  if (t === "") return t;
  return /[。！？!?）)」”]$/u.test(t) ? t : `${trimEnd(t)}。`;
}
