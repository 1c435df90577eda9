import { batchOf } from "./test/corpus/report-gate-loo.js";
import { guessTrainedWithout } from "./test/corpus/command-guess-loo.js";
import { SEALED_SPLITS, classifyCase, loadIntentCorpus } from "./test/corpus/score-intents.js";
import { loadLeaderCorpus } from "./test/corpus/score-leader.js";
import { withCorpusApp } from "./test/corpus/with-corpus-app.js";
import { GUESS_MARGIN } from "./src/conversation/command-guess.js";
const corpus = loadIntentCorpus();
await withCorpusApp((app) => {
  const batches = [...new Set(corpus.filter((c) => !SEALED_SPLITS.has(c.split as never)).map(batchOf))];
  for (const b of batches) {
  const guess = guessTrainedWithout(corpus, loadLeaderCorpus(), b, GUESS_MARGIN);
  for (const c of corpus.filter((x) => batchOf(x) === b)) {
    const got = classifyCase(c, app.services.org, app.engine.commands, undefined, guess);
    if (got.kind === "ask-command" && !(c.expect.intent === "command" && c.expect.command === got.guess.command))
      console.log(c.id, c.text, JSON.stringify(c.expect), got.guess.command);
  }}
});
