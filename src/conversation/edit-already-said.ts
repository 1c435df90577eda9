import { findFigures } from "../domain/figure-scan.js";
import { toSimplified } from "../domain/normalize.js";

/**
 * 「修改 2 宣传册1500份」 when #2 already says 宣传册1500份: the words typed, with a figure, are in the update as
 * they stand (spaces and punctuation aside) — nothing to change, and never added a second time at the end.
 * Returns the words as typed when so. Pure.
 */
export function alreadySaid(base: string, typed: string): string | undefined {
  const loose = (t: string) => toSimplified(t).replace(/[\s，,。.、；;：:！!？?～~「」“”"']/gu, "");
  const said = typed.trim();
  if (findFigures(said).every((f) => f.figure.unit === "")) return undefined;
  const words = loose(said);
  return words.length >= 3 && loose(base).includes(words) ? said : undefined;
}
