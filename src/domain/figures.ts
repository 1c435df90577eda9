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
  findStatedFigures,
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
  // 拆除违建面积1500平方: 平方 said for 平方米.
  平方: "平方米",
  "㎡": "平方米",
  "㎥": "立方米",
  万千瓦: "千瓦:10000",
  百分点: "个百分点",
  // 下降3个点: percentage points, said short.
  个点: "个百分点",
  // 3个工作日 = 3工作日, 2个小时 = 2小时: 个 before a unit of time adds nothing.
  个工作日: "工作日",
  个小时: "小时",
  // 两个多钟头: the spoken hour.
  个钟头: "小时",
  钟头: "小时",
  个星期: "周",
  个礼拜: "周",
  星期: "周",
  礼拜: "周",
  公斤: "克:1000",
  公里: "米:1000",
};
const SCALE_PREFIX = /^[百千万亿]+/;

/** Canonical forms already computed, by raw value and unit (both are all a canonical form depends on). */
const CANONICAL = new Map<string, { readonly value: number; readonly unit: string; readonly key: string }>();
const CANONICAL_LIMIT = 50_000;

function canonical(f: Pick<Figure, "value" | "unit">): {
  readonly value: number;
  readonly unit: string;
  readonly key: string;
} {
  const memo = `${f.value}|${f.unit}`;
  const hit = CANONICAL.get(memo);
  if (hit) return hit;
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
  value = cleanNumber(value);
  const out = { value, unit, key: `${value}|${unit}` };
  // A bounded memo: a long-running bot sees an open-ended set of figures.
  if (CANONICAL.size >= CANONICAL_LIMIT) CANONICAL.clear();
  CANONICAL.set(memo, out);
  return out;
}

/**
 * A figure's value and unit in canonical form: scale words folded into the value (also when a
 * figure made elsewhere kept them in the unit, e.g. value 156 unit 万元), unit synonyms merged.
 */
export function canonicalFigure(f: Pick<Figure, "value" | "unit">): { value: number; unit: string } {
  const c = canonical(f);
  return { value: c.value, unit: c.unit };
}

/** Identity of a figure for grounding: 1.2万份, 12000份 and 一万二千份 share a key; approx and context are ignored. */
export function figureKey(f: Pick<Figure, "value" | "unit">): string {
  return canonical(f).key;
}

/** Same value and unit after normalisation (1.4亿元 = 14000万元, 百分之十五 = 15%). */
export function sameFigure(a: Pick<Figure, "value" | "unit">, b: Pick<Figure, "value" | "unit">): boolean {
  return figureKey(a) === figureKey(b);
}

/**
 * The grounding rule for one part, built once from that part's allowed figures (their canonical
 * keys computed up front), then applied to every text the part contains.
 */
export interface FigureMatcher {
  /** Whether a figure found in generated text is grounded by an allowed one. */
  allows(f: Pick<Figure, "value" | "unit">): boolean;
  /** Figures in `text` that no allowed figure grounds, with positions. */
  unmatched(text: string): FoundFigure[];
  /** See replaceUnmatchedFigures. */
  replaceUnmatched(text: string): { text: string; replaced: string[] };
}

/**
 * Grounding rule: a figure in generated text is allowed when an allowed figure has the same key;
 * a figure written without any unit is allowed when its value appears among the allowed ones
 * (the number itself was reported, only the counting word was dropped).
 */
export function createFigureMatcher(allowed: Iterable<Pick<Figure, "value" | "unit">>): FigureMatcher {
  const keys = new Set<string>();
  const values = new Set<number>();
  for (const f of allowed) {
    const c = canonical(f);
    keys.add(c.key);
    values.add(c.value);
  }
  const allows = (f: Pick<Figure, "value" | "unit">): boolean => {
    const c = canonical(f);
    return keys.has(c.key) || (f.unit === "" && values.has(c.value));
  };
  const unmatched = (text: string): FoundFigure[] => findFigures(text).filter((f) => !allows(f.figure));
  return {
    allows,
    unmatched,
    replaceUnmatched(text) {
      const bad = unmatched(text);
      let out = text;
      for (let i = bad.length - 1; i >= 0; i--) {
        const f = bad[i]!;
        out = out.slice(0, f.numStart) + FIGURE_PLACEHOLDER + out.slice(f.numEnd);
      }
      return { text: out, replaced: bad.map((f) => f.figure.raw) };
    },
  };
}

/** Figures in `text` that no allowed figure grounds, with positions. */
export function unmatchedFigures(
  text: string,
  allowed: readonly Pick<Figure, "value" | "unit">[],
): FoundFigure[] {
  return createFigureMatcher(allowed).unmatched(text);
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
 * For many texts against the same figures, build the matcher once with createFigureMatcher.
 *
 * @returns the rewritten text and the raw text of every figure replaced, in order of appearance.
 */
export function replaceUnmatchedFigures(
  text: string,
  allowed: readonly Pick<Figure, "value" | "unit">[],
): { text: string; replaced: string[] } {
  return createFigureMatcher(allowed).replaceUnmatched(text);
}
