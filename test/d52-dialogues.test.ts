import { describe, it } from "vitest";
import { D52_DIALOGUES } from "./corpus/run-dialogues.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round fifty-two's own 代报 check (dialogues-d52.jsonl, 曲靖/昭通-flavoured 云南话): `d52p` (p01–p08) written before any
 * change. First sight (nothing changed, e51207ea): 1/8 ending as labelled, 17/19 turns, 1 stored wrongly, 5 missed,
 * 0 replies untrue.
 */
const { open } = appPerTest();

describe("d52 dialogues (own phrasings, round fifty-two)", () => {
  it("d52p: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D52_DIALOGUES, "d52p", open, {
      dialogues: 8,
      endOk: 7,
      intentOk: 17,
      wronglyStored: 0,
      missedStores: 0,
    });
  }, 180_000);
});
