/**
 * Retrain the learned second opinion on reports from the labelled intent corpus and write
 * src/conversation/report-model.json (run after adding lines to test/corpus/intents.jsonl;
 * test/report-odds.test.ts fails while the shipped model is stale):
 *
 *   npx tsx tools/train-report-model.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  intentsDigest,
  reportFeaturesDigest,
  trainingSources,
  trainReportModel,
} from "../test/corpus/report-model.js";
import { loadReports } from "../test/corpus/load-reports.js";
import { loadIntentCorpus } from "../test/corpus/score-intents.js";

const corpus = loadIntentCorpus();
const model = {
  ...trainReportModel(trainingSources(corpus, loadReports())),
  intents: intentsDigest(corpus),
  features: reportFeaturesDigest(corpus),
};
const file = join(import.meta.dirname, "../src/conversation/report-model.json");
writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
console.log(`${file}: ${Object.keys(model.weights).length} features`);
