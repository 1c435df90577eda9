/**
 * Retrain the learned second opinion on unclear vs small talk from the open intent lines and write
 * src/conversation/talk-model.json (run after adding lines to test/corpus/intents.jsonl;
 * test/talk-odds.test.ts fails while the shipped model is stale):
 *
 *   npx tsx tools/train-talk-model.ts
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadIntentCorpus } from "../test/corpus/score-intents.js";
import {
  talkFeaturesDigest,
  talkLinesDigest,
  talkTrainingLines,
  trainTalkModel,
} from "../test/corpus/talk-model.js";

const corpus = loadIntentCorpus();
const model = {
  ...trainTalkModel(talkTrainingLines(corpus)),
  lines: talkLinesDigest(corpus),
  features: talkFeaturesDigest(corpus),
};
const file = join(import.meta.dirname, "../src/conversation/talk-model.json");
writeFileSync(file, `${JSON.stringify(model, null, 1)}\n`);
console.log(`${file}: ${Object.keys(model.weights).length} features`);
