/**
 * Re-choose the talk model's edges (FLIP_AT, LEADER_MORE in src/conversation/talk-odds.ts) by leave-one-batch-out
 * over the open batches only (test/corpus/talk-edge-loo.ts): each open batch scored by a model trained without it,
 * on the rules at first sight where recorded and on today's rules. Prints, for a grid of edges, the lines each pair
 * would fix and spoil, and the pair chooseEdges picks; no sealed line is read or trained on.
 *
 *   npx tsx tools/talk-edge-loo.ts
 *   npx tsx tools/talk-edge-loo.ts --lines      (also each held-out line near the edges: batch, side, odds — open only)
 */
import { FLIP_AT, LEADER_MORE } from "../src/conversation/talk-odds.js";
import { chooseEdges, EDGE_GRID, edgeTally, edgeWorth, talkEdgeLines } from "../test/corpus/talk-edge-loo.js";
import { loadIntentCorpus } from "../test/corpus/score-intents.js";
import { withCorpusApp } from "../test/corpus/with-corpus-app.js";

const corpus = loadIntentCorpus();
await withCorpusApp((app) => {
  const lines = talkEdgeLines(corpus, app.services.org, app.engine.commands);
  console.log(`${lines.length} held-out readings the model may turn over (shipped edges ${FLIP_AT} / +${LEADER_MORE})`);
  if (process.argv.includes("--lines"))
    for (const l of [...lines].sort((a, b) => a.odds - b.odds))
      if (Math.abs(l.odds) >= 6 && l.right !== l.rightTurned)
        console.log(
          `  ${l.batch} ${l.first ? "first" : "today"} ${l.side}${l.leader ? " leader" : ""} ${l.odds.toFixed(2)} ${l.rightTurned ? "turn fixes" : "turn spoils"}`,
        );
  console.log("at  +leader  first sight +fixed −spoiled  today +fixed −spoiled  (leaders +/−)  worth");
  for (const [at, lm] of EDGE_GRID) {
      const t = edgeTally(lines, at, lm);
      console.log(
        `${at.toFixed(1).padStart(4)} ${lm.toFixed(1).padStart(4)}   +${t.firstFixed} −${t.firstSpoiled}   +${t.nowFixed} −${t.nowSpoiled}   (${t.leaderFixed}/${t.leaderSpoiled})  ${edgeWorth(t)}`,
      );
  }
  const best = chooseEdges(lines);
  console.log(`chosen (worth most: fixed − 2 × spoiled, first sight and today): ${best.at} / +${best.leaderMore}`);
});
