/**
 * Score a file of intent lines (the format of test/corpus/intents.jsonl) against the classifier
 * and print its misses — for fresh check lines before they join the corpus:
 *
 *   npx tsx tools/score-intent-file.ts /tmp/new-lines.jsonl
 *
 * Lines of a sealed split (blind4, blind6) are scored as totals only, never listed.
 */
import { loadIntentCorpus, SEALED_SPLITS, scoreIntents } from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx tools/score-intent-file.ts FILE.jsonl");
  process.exit(2);
}
await withCorpusApp((app) => {
  const cases = loadIntentCorpus(file);
  const s = scoreIntents(cases, app.services.org, app.engine.commands);
  const sealed = cases.some((c) => SEALED_SPLITS.has(c.split as never));
  console.log(
    `${file}: ${s.correct}/${s.n} (${((100 * s.correct) / Math.max(1, s.n)).toFixed(1)} %), ${s.nonReportsStored} non-reports stored`,
  );
  if (!sealed) for (const f of s.failures) console.log(`${f.id} ${f.text}\n   expected ${f.expected}\n   got      ${f.got}`);
});
