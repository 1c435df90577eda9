/**
 * Leave-one-batch-out table for the learned second opinion on unclear vs small talk
 * (src/conversation/talk-odds.ts; docs/understanding.md 第十九轮):
 *   npx tsx bench/evaluate-talk-odds.ts [threshold …] [--families]
 * Per open blind batch (with --families, the families of check lines too): right without and with the
 * model, lines made right and made wrong, on the rules at the batch's first sight and on today's.
 * Aggregates only; sealed batches take no part.
 */
import { FLIP_AT } from "../src/conversation/talk-odds.js";
import { batchOf } from "../test/corpus/report-gate-loo.js";
import { loadIntentCorpus, UNTRAINED_SPLITS } from "../test/corpus/score-intents.js";
import { openBlindBatches, type TalkRow, talkLeaveOneOut } from "../test/corpus/talk-loo.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const args = process.argv.slice(2);
const families = args.includes("--families");
const thresholds = args.filter((a) => !a.startsWith("--")).map(Number);
if (thresholds.length === 0) thresholds.push(FLIP_AT);
await withCorpusApp((app) => {
  const corpus = loadIntentCorpus();
  const blind = openBlindBatches(corpus);
  const batches = families
    ? [...new Set(corpus.filter((c) => !UNTRAINED_SPLITS.has(c.split)).map(batchOf))]
    : blind;
  for (const at of thresholds) {
    const rows = talkLeaveOneOut(corpus, app.services.org, app.engine.commands, batches, at);
    console.log(`\nthreshold ${at}`);
    console.log(
      "| 批次 | 首次所见条数 | 首次所见 对（无 → 有模型） | 改对 / 改错 | 现在条数 | 现在 对（无 → 有） | 改对 / 改错 |",
    );
    console.log("|---|---|---|---|---|---|---|");
    const line = (r: TalkRow) =>
      console.log(
        `| ${r.batch} | ${r.firstN} | ${r.firstRight} → ${r.firstAfter} | +${r.firstFixed} / −${r.firstSpoiled} | ${r.n} | ${r.nowRight} → ${r.nowAfter} | +${r.nowFixed} / −${r.nowSpoiled} |`,
      );
    const sum = (name: string, rs: readonly TalkRow[]) => {
      const t = { ...rs[0]!, batch: name };
      for (const k of Object.keys(t) as Array<keyof TalkRow>)
        if (k !== "batch") (t[k] as number) = rs.reduce((a, r) => a + (r[k] as number), 0);
      return t;
    };
    for (const r of rows) line(r);
    line(
      sum(
        "开放盲写批合计",
        rows.filter((r) => blind.includes(r.batch)),
      ),
    );
    if (families)
      line(
        sum(
          "作者自写批合计",
          rows.filter((r) => !blind.includes(r.batch)),
        ),
      );
    const made = rows.reduce((a, r) => a + r.madeOther, 0);
    if (made > 0) console.log(`!! ${made} lines made something other than unclear or small talk`);
  }
});
