/**
 * The first-sight score of one open batch (or family of check lines), as recorded by tools/record-first-sight.ts:
 * the rules of the commit where it was scored untouched, judged on today's labels, with the non-reports it stored.
 *
 *   npx tsx tools/first-sight-score.ts i26a            (total, and the misses; sealed batches are refused)
 */
import { loadFirstSight } from "../test/corpus/first-sight.js";
import type { Intent } from "../src/conversation/classify-intent.js";
import { intentMatches, loadIntentCorpus, SEALED_SPLITS, sectionsOf } from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const split = process.argv[2];
if (!split) throw new Error("usage: first-sight-score.ts SPLIT");
if (SEALED_SPLITS.has(split as never)) throw new Error(`${split} is sealed`);
const corpus = new Map(loadIntentCorpus().map((c) => [c.id, c]));
await withCorpusApp((app) => {
  const org = app.services.org;
  let ok = 0;
  let n = 0;
  let stored = 0;
  for (const r of loadFirstSight()) {
    const c = corpus.get(r.id);
    if (r.split !== split || !c) continue;
    n++;
    const got = r.got as unknown as Intent;
    if (intentMatches(c.expect, got, c.context.awaiting, sectionsOf(c, org), org.sections)) ok++;
    else console.log(`  ${c.id} ${c.text}\n     expected ${JSON.stringify(c.expect)}\n     got      ${JSON.stringify(got)}`);
    if (got.kind === "report" && c.expect.intent !== "report") stored++;
  }
  console.log(`${split} at first sight: ${((100 * ok) / n).toFixed(1)} % (${ok}/${n}) stored ${stored}`);
});
