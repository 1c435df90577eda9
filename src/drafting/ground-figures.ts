import { extractFigures, replaceUnmatchedFigures, sameFigure } from "../domain/figures.js";
import type { Figure, Update } from "../domain/update.js";

/**
 * Grounding: a generated part may only state figures found in that part's own source updates.
 * Anything else becomes 「×」 and is listed on the part as 〔待核实〕 for the reviewer.
 */
export function allowedFigures(updates: readonly Update[], extraTexts: string[] = []): Figure[] {
  const out: Figure[] = [];
  for (const u of updates) {
    out.push(...u.figures, ...u.items.flatMap((i) => i.figures));
    out.push(
      ...extractFigures(
        [u.normalizedText, ...u.items.map((i) => i.text), ...u.problems, ...u.plans].join("\n"),
      ),
    );
  }
  for (const t of extraTexts) out.push(...extractFigures(t));
  return out;
}

/** Grounds one text, collecting the replaced figures into `unverified`. */
export function groundText(text: string, allowed: readonly Figure[], unverified: string[]): string {
  const r = replaceUnmatchedFigures(text, allowed);
  for (const raw of r.replaced) if (!unverified.includes(raw)) unverified.push(raw);
  return r.text;
}

/** Source ids for a text whose model answer named none: the updates whose figures it uses. */
export function sourcesByFigures(text: string, updates: readonly Update[]): string[] {
  const found = extractFigures(text);
  if (found.length === 0) return [];
  return updates
    .filter((u) => {
      const own = allowedFigures([u]);
      return found.some((f) => own.some((g) => sameFigure(f, g)));
    })
    .map((u) => u.id);
}
