import type { Org } from "./org.js";

function count(text: string, word: string): number {
  if (word.length === 0) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/**
 * Section ids ranked by how strongly the text points at them: a section's name counts 3 a hit,
 * an alias 2, a keyword 1. Only sections with at least one hit; ties keep roster order.
 */
export function sectionHints(text: string, org: Org): string[] {
  return sectionScores(text, org).map((s) => s.id);
}

/** sectionHints with each section's score (name 3, alias 2, keyword 1 a hit), best first. */
export function sectionScores(text: string, org: Org): { id: string; score: number }[] {
  return org.sections
    .map((s, order) => ({
      id: s.id,
      order,
      score:
        3 * count(text, s.name) +
        2 * s.aliases.reduce((n, a) => n + count(text, a), 0) +
        s.keywords.reduce((n, k) => n + count(text, k), 0),
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score }) => ({ id, score }));
}
