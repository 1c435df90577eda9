/**
 * Per-split totals of the intent corpus, plain (the classifier alone) and played in context
 * (test/corpus/score-in-context.ts), for a before/after comparison of a change:
 *
 *   npx tsx tools/score-splits.ts                 (every split, plain and in context)
 *   npx tsx tools/score-splits.ts blind14 s10     (the splits or tune families named)
 *   npx tsx tools/score-splits.ts --plain         (plain only: fast)
 *
 * Sealed splits are printed as totals only, never miss by miss; `--misses` lists the misses of the
 * open ones.
 */
import { batchOf } from "../test/corpus/report-gate-loo.js";
import { ContextScorer, scoreInContext } from "../test/corpus/score-in-context.js";
import { loadIntentCorpus, SEALED_SPLITS, SPLITS, scoreIntents } from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const plainOnly = args.includes("--plain");
const misses = args.includes("--misses");
const named = args.filter((a) => !a.startsWith("--"));
const corpus = loadIntentCorpus();
const groups = named.length > 0 ? named : [...SPLITS];
const pct = (a: number, n: number) => `${((100 * a) / Math.max(1, n)).toFixed(1)} % (${a}/${n})`;
await withCorpusApp(async (app) => {
  const org = app.services.org;
  const scorer = plainOnly ? undefined : new ContextScorer(org);
  try {
    for (const g of groups) {
      const cases = corpus.filter((c) => c.split === g || batchOf(c) === g || c.id.startsWith(`${g}-`));
      if (cases.length === 0) continue;
      const sealed = SEALED_SPLITS.has(g as never) || cases.some((c) => SEALED_SPLITS.has(c.split as never));
      const p = scoreIntents(cases, org, app.engine.commands);
      let line = `${g}: plain ${pct(p.correct, p.n)} stored ${p.nonReportsStored}`;
      const s = scorer ? await scoreInContext(scorer, cases) : undefined;
      // Which lines stored an update they should not have (open splits only).
      const stored: string[] = [];
      if (scorer && misses && !sealed)
        for (const c of cases) if ((await scorer.judge(c)).storedWrongly > 0) stored.push(`${c.id} ${c.text}`);
      if (s) line += ` | in context ${pct(s.correct, s.n)} stored ${s.nonReportsStored}`;
      console.log(line);
      if (misses && !sealed) {
        for (const f of p.failures) console.log(`  P ${f.id} ${f.text}\n     expected ${f.expected}\n     got      ${f.got}`);
        for (const f of s?.failures ?? []) console.log(`  C ${f.id} ${f.text}\n     expected ${f.expected}\n     got      ${f.got}`);
        for (const x of stored) console.log(`  STORED ${x}`);
      }
    }
  } finally {
    scorer?.close();
  }
});
