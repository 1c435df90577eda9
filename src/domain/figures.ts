import { cleanNumber, parseChineseNumber } from "./chinese-number.js";
import { type FoundFigure, findFigures } from "./figure-scan.js";
import type { Figure } from "./update.js";

/**
 * Figures and grounding. A draft may only state figures that staff reported: every other number in
 * generated text is blanked to 「×」 for the reviewer, the way the bureau's own documents mark a
 * figure the author did not have. Scanning lives in figure-scan.ts; this module is the public face.
 */
export {
  extractFigures,
  type FoundFigure,
  findFigures,
  findPlaceholders,
  hasPlaceholder,
} from "./figure-scan.js";

/** What an unknown or ungrounded figure becomes in a draft. */
export const FIGURE_PLACEHOLDER = "×";

/** Units that name the same thing (1500名 = 1500人) or differ only in wording. */
const UNIT_ALIASES: Record<string, string> = {
  名: "人",
  位: "人",
  "％": "%",
  平米: "平方米",
  百分点: "个百分点",
  公斤: "克:1000",
  公里: "米:1000",
};
const SCALE_PREFIX = /^[百千万亿]+/;

/**
 * A figure's value and unit in canonical form: scale words folded into the value (also when a
 * figure made elsewhere kept them in the unit, e.g. value 156 unit 万元), unit synonyms merged.
 */
export function canonicalFigure(f: Pick<Figure, "value" | "unit">): { value: number; unit: string } {
  let value = f.value;
  let unit = f.unit.trim();
  if (unit !== "百分点" && unit !== "个百分点") {
    const scale = SCALE_PREFIX.exec(unit)?.[0];
    if (scale && unit.length > scale.length) {
      value *= parseChineseNumber(scale) ?? 1;
      unit = unit.slice(scale.length);
    }
  }
  const alias = UNIT_ALIASES[unit];
  if (alias) {
    const [u = unit, factor] = alias.split(":");
    unit = u;
    if (factor) value *= Number(factor);
  }
  return { value: cleanNumber(value), unit };
}

/** Identity of a figure for grounding: 1.2万份, 12000份 and 一万二千份 share a key; approx and context are ignored. */
export function figureKey(f: Pick<Figure, "value" | "unit">): string {
  const c = canonicalFigure(f);
  return `${c.value}|${c.unit}`;
}

/** Same value and unit after normalisation (1.4亿元 = 14000万元, 百分之十五 = 15%). */
export function sameFigure(a: Pick<Figure, "value" | "unit">, b: Pick<Figure, "value" | "unit">): boolean {
  return figureKey(a) === figureKey(b);
}

/**
 * Grounding rule: a figure in generated text is allowed when an allowed figure has the same key;
 * a figure written without any unit is allowed when its value appears among the allowed ones
 * (the number itself was reported, only the counting word was dropped).
 */
function matcher(allowed: readonly Pick<Figure, "value" | "unit">[]): (f: Figure) => boolean {
  const keys = new Set(allowed.map(figureKey));
  const values = new Set(allowed.map((f) => canonicalFigure(f).value));
  return (f) => keys.has(figureKey(f)) || (f.unit === "" && values.has(canonicalFigure(f).value));
}

/** Figures in `text` that no allowed figure grounds, with positions. */
export function unmatchedFigures(
  text: string,
  allowed: readonly Pick<Figure, "value" | "unit">[],
): FoundFigure[] {
  const ok = matcher(allowed);
  return findFigures(text).filter((f) => !ok(f.figure));
}

/**
 * Blank out every figure in `text` that the allowed figures do not ground.
 *
 * Only the number is replaced; approximation words, the unit and a trailing 万/亿 stay, which
 * keeps the sentence readable and matches how the seed documents write missing figures:
 * 发放资料3万份 → 发放资料×万份, 近1000多人次 → 近×多人次, 1.4亿元 → ×亿元, 两千五百万元 → ×万元,
 * 百分之二十 → 百分之×, 36% → ×%. The magnitude word is a hint for the reviewer, not a figure.
 * Dates, ordinals (第3位) and list numbers are not figures and are left alone.
 *
 * @returns the rewritten text and the raw text of every figure replaced, in order of appearance.
 */
export function replaceUnmatchedFigures(
  text: string,
  allowed: readonly Pick<Figure, "value" | "unit">[],
): { text: string; replaced: string[] } {
  const bad = unmatchedFigures(text, allowed);
  let out = text;
  for (let i = bad.length - 1; i >= 0; i--) {
    const f = bad[i]!;
    out = out.slice(0, f.numStart) + FIGURE_PLACEHOLDER + out.slice(f.numEnd);
  }
  return { text: out, replaced: bad.map((f) => f.figure.raw) };
}
