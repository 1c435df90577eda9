/**
 * Retrain the learned command guess from the labelled intent and leader lines and write
 * src/conversation/command-model.json (run after adding lines to test/corpus/intents.jsonl or
 * leader-intents.jsonl; test/command-guess.test.ts fails while the shipped model is stale):
 *
 *   npx tsx tools/train-command-model.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  commandFeaturesDigest,
  commandLinesDigest,
  commandTrainingLines,
  trainCommandModel,
} from "../test/corpus/command-model.js";
import { loadLeaderCorpus } from "../test/corpus/score-leader.js";
import { loadIntentCorpus } from "../test/corpus/score-intents.js";

const corpus = loadIntentCorpus();
const leaders = loadLeaderCorpus();
const model = {
  ...trainCommandModel(commandTrainingLines(corpus, leaders)),
  lines: commandLinesDigest(corpus, leaders),
  features: commandFeaturesDigest(corpus, leaders),
};
const file = join(import.meta.dirname, "../src/conversation/command-model.json");
// One feature a line: small diffs when the corpus grows, and a file a person can read.
const body = Object.entries(model.counts)
  .map(([f, c]) => `  ${JSON.stringify(f)}: ${JSON.stringify(c)}`)
  .join(",\n");
const head = JSON.stringify({ ...model, counts: undefined }).slice(0, -1);
writeFileSync(file, `${head},\n "counts": {\n${body}\n }\n}\n`);
console.log(`${file}: ${model.classes.length} classes, ${model.vocab} features`);
