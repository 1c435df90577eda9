import { describe, it } from "vitest";
import { D52_DIALOGUES } from "./corpus/run-dialogues.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";

/**
 * Round fifty-two's own multi-turn check (dialogues-d52.jsonl, 孝感/黄冈-flavoured 湖北话): `d52a` (d01–d12) written before any
 * change. First sight (nothing changed, e51207ea): 9/12 ending as labelled,
 * 33/35 turns, 0 stored wrongly, 3 missed, 0 replies untrue (d01, d02, d08: two sections' material kept as one update).
 * After dlg52 (parts-at-joiner.ts): 12/12, 35/35, 0 stored wrongly, 0 missed, 0 untrue.
 */
const { open } = appPerTest();

describe("d52 dialogues (own phrasings, round fifty-two)", () => {
  it("d52a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D52_DIALOGUES, "d52a", open, {
      dialogues: 12,
      endOk: 12,
      intentOk: 35,
      wronglyStored: 0,
      missedStores: 0,
    });
  }, 180_000);
});
