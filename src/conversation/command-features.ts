import { intentText } from "./intent-lexicon.js";
import { reportFeatures } from "./report-odds.js";

/**
 * The features the learned command guess reads (command-guess.ts, and the trainer in test/corpus/command-model.ts):
 * the report gate's character 1- to 3-grams, except that a word in Latin letters is one unit, as one character is.
 * Read letter by letter, 「各科这周的report交了几份」 (进度) gave the small 进度 class r, e, p, o, t, re, rep, epo …,
 * and any message with some English in it (project、budget、coffee) shared enough of those letters to lean to 进度
 * past the guess's margin (round forty-seven, model47: a sealed line lost when blind94 was learned). A line with no
 * Latin letters gets exactly reportFeatures.
 */
const LATIN = /[a-z]+/g;

export function commandFeatures(text: string): string[] {
  const core = intentText(text).core.replace(/[0-9]+(?:\.[0-9]+)?/g, "0");
  if (!/[a-z]/.test(core)) return reportFeatures(text);
  // Units: a run of Latin letters, or one UTF-16 code unit otherwise (as reportFeatures slices).
  const units = `^${core}$`.match(/[a-z]+|[\s\S]/g) ?? [];
  const out: string[] = [];
  for (let n = 1; n <= 3; n++)
    for (let i = 0; i + n <= units.length; i++) out.push(units.slice(i, i + n).join(""));
  const len = [...core.replace(LATIN, "a")].length;
  out.push(`#len:${len <= 4 ? "≤4" : len <= 8 ? "≤8" : len <= 14 ? "≤14" : len <= 24 ? "≤24" : ">24"}`);
  return out;
}
