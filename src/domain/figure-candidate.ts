/**
 * Candidates of the figure scan (figure-scan.ts): a number found in the text with what it was
 * read as (a figure, a date), and the ranges (3至5家, 1-2万元) joined across two of them.
 */
import { cleanNumber, parseChineseNumber } from "./chinese-number.js";
import type { Figure } from "./update.js";

/** A figure plus where it sits: [start, end) is `raw`; [numStart, numEnd) the digits to blank out. */
export interface FoundFigure {
  figure: Figure;
  start: number;
  end: number;
  numStart: number;
  numEnd: number;
}

export type Kind = "figure" | "date" | "skip";

export interface Candidate extends FoundFigure {
  kind: Kind;
  /** Set on the first number of a range (3至5家): the second one. */
  rangeEnd?: Candidate;
  /** Multiplier of trailing scale words (万 → 1e4), for ranges such as 1-2万元. */
  scale: number;
  hasScale: boolean;
  isPercent: boolean;
}

/** A date or a clock time: read so that neither end is taken for a figure. */
export function dateCandidate(cs: number, ce: number): Candidate {
  const figure: Figure = { raw: "", value: 0, unit: "", context: "", approx: false };
  return {
    figure,
    start: cs,
    end: ce,
    numStart: cs,
    numEnd: ce,
    kind: "date",
    scale: 1,
    hasScale: false,
    isPercent: false,
  };
}

/** A candidate for the text between start and end, its number at [numStart, numEnd). */
export function makeCandidate(
  text: string,
  start: number,
  end: number,
  numStart: number,
  numEnd: number,
  o: {
    value: number;
    unit: string;
    approx: boolean;
    kind: Kind;
    isPercent: boolean;
    scale?: number;
    hasScale?: boolean;
  },
): Candidate {
  return {
    figure: { raw: text.slice(start, end), value: o.value, unit: o.unit, context: "", approx: o.approx },
    start,
    end,
    numStart,
    numEnd,
    kind: o.kind,
    scale: o.scale ?? 1,
    hasScale: o.hasScale ?? false,
    isPercent: o.isPercent,
  };
}

/** 1-2万元, 3至5家, 2020-2022年: the first number takes the second's unit, scale or date-ness. */
export function resolveRanges(t: string, cs: Candidate[]): void {
  for (let i = 0; i + 1 < cs.length; i++) {
    const a = cs[i]!;
    const b = cs[i + 1]!;
    if (a.kind !== "figure") continue;
    if (!/^\s?[-—–~～至到]\s?$/.test(t.slice(a.end, b.start))) continue;
    // 补助5万至8万元: both ends said with their own scale and unit are one range too.
    if (a.figure.unit !== "") {
      if (
        b.kind === "figure" &&
        b.figure.unit === a.figure.unit &&
        a.hasScale &&
        b.hasScale &&
        a.figure.value < b.figure.value
      )
        a.rangeEnd = b;
      continue;
    }
    if (b.kind === "date") {
      a.kind = "date";
    } else if (b.kind === "figure") {
      a.figure.unit = b.figure.unit;
      a.rangeEnd = b;
      if (!a.hasScale && b.hasScale) a.figure.value = cleanNumber(a.figure.value * b.scale);
    }
  }
}

/**
 * 「三到五个」「五千到八千块」「三至五人」: a range said in Chinese numerals, whose first end has no unit and so is
 * no candidate of its own. Stated (folded) figures take it at its lower end, approximate, as 2到3名 is read: the
 * figure after 到/至 starts at the first end. Not 一到两个 (一两个 is no count), nor after 第 (an ordinal).
 */
export function spokenRangeStarts(text: string, t: string, cs: Candidate[]): void {
  for (const c of cs) {
    if (
      c.kind !== "figure" ||
      c.rangeEnd ||
      c.isPercent ||
      !/^[二两三四五六七八九十百千]/.test(t.slice(c.start))
    )
      continue;
    const before = t.slice(Math.max(0, c.start - 8), c.start);
    const m =
      /(?<![第\d一二两三四五六七八九十百千万亿几零])([二两三四五六七八九十百千万亿零]+)(?:到|至)$/.exec(
        before,
      );
    if (!m) continue;
    const start = c.start - m[0].length;
    if (cs.some((x) => x !== c && x.end > start && x.start < c.start)) continue;
    let lower = parseChineseNumber(m[1] ?? "");
    if (lower === undefined) continue;
    if (!/[十百千万亿]/.test(m[1] ?? "") && c.hasScale) lower *= c.scale;
    // 三到四千人次、五到六百户: a lone digit at the lower end takes the 百 / 千 said right after the upper one.
    const upperScale = /^[二两三四五六七八九]([百千])/.exec(t.slice(c.numStart))?.[1];
    if (upperScale && /^[一二两三四五六七八]$/.test(m[1] ?? "") && c.scale === 1)
      lower *= upperScale === "百" ? 100 : 1000;
    if (!(lower > 0 && lower < c.figure.value)) continue;
    c.figure = { ...c.figure, raw: text.slice(start, c.end), value: cleanNumber(lower), approx: true };
    c.start = start;
    c.numStart = start;
  }
}
