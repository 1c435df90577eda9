import { describe, it } from "vitest";
import { D51_DIALOGUES } from "./corpus/run-dialogues.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-one's own multi-turn check (dialogues-d51.jsonl, 荆州-flavoured 湖北话): `d51a` (d01–d12) written before any
 * change. First sight (nothing changed, 564a2ad5): 5/12 ending as labelled, 17/34 turns, 5 stored wrongly, 1 missed,
 * 0 replies untrue. The floors keep it from getting worse; raise them as classes are fixed.
 */
const { open } = appPerTest();

describe("d51 dialogues (own phrasings, round fifty-one)", () => {
  it("d51a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D51_DIALOGUES, "d51a", open, {
      dialogues: 12,
      endOk: 5,
      intentOk: 17,
      wronglyStored: 5,
      missedStores: 1,
    });
  }, 180_000);
});
