import { createFigureMatcher, extractFigures, type FigureMatcher, figureKey } from "../domain/figures.js";
import type { Figure, Update } from "../domain/update.js";

/**
 * Grounding: a generated part may only state figures found in that part's own source updates.
 * Anything else becomes 「×」 and is listed on the part as 〔待核实〕 for the reviewer.
 *
 * A part builds its matcher once (groundingFor) and grounds every heading, title and item
 * against it; the figures of one update are read from its texts once per update object.
 */

/** The figures an update grounds: its recorded figures plus every figure in its texts. */
const OWN = new WeakMap<Update, readonly Figure[]>();
const OWN_KEYS = new WeakMap<Update, ReadonlySet<string>>();

function ownFigures(u: Update): readonly Figure[] {
  let own = OWN.get(u);
  if (!own) {
    own = [
      ...u.figures,
      ...u.items.flatMap((i) => i.figures),
      ...extractFigures(
        [u.normalizedText, ...u.items.map((i) => i.text), ...u.problems, ...u.plans].join("\n"),
      ),
    ];
    OWN.set(u, own);
  }
  return own;
}

function ownKeys(u: Update): ReadonlySet<string> {
  let keys = OWN_KEYS.get(u);
  if (!keys) {
    keys = new Set(ownFigures(u).map(figureKey));
    OWN_KEYS.set(u, keys);
  }
  return keys;
}

export function allowedFigures(updates: readonly Update[], extraTexts: string[] = []): Figure[] {
  const out: Figure[] = [];
  for (const u of updates) out.push(...ownFigures(u));
  for (const t of extraTexts) out.push(...extractFigures(t));
  return out;
}

/** The grounding matcher of one part: built once, used for every text of the part. */
export function groundingFor(updates: readonly Update[], extraTexts: string[] = []): FigureMatcher {
  return createFigureMatcher(allowedFigures(updates, extraTexts));
}

/** Grounds one text, collecting the replaced figures into `unverified`. */
export function groundText(
  text: string,
  allowed: FigureMatcher | readonly Figure[],
  unverified: string[],
): string {
  const matcher = "replaceUnmatched" in allowed ? allowed : createFigureMatcher(allowed);
  const r = matcher.replaceUnmatched(text);
  for (const raw of r.replaced) if (!unverified.includes(raw)) unverified.push(raw);
  return r.text;
}

/**
 * Source ids for a text whose model answer named none: the updates whose figures it uses
 * (compared with sameFigure's identity: 1500名 = 1500人, 156万元 = 1560000元).
 */
export function sourcesByFigures(text: string, updates: readonly Update[]): string[] {
  const found = extractFigures(text).map(figureKey);
  if (found.length === 0) return [];
  return updates
    .filter((u) => {
      const own = ownKeys(u);
      return found.some((k) => own.has(k));
    })
    .map((u) => u.id);
}
