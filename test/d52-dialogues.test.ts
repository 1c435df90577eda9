import { describe, it } from "vitest";
import { D52_DIALOGUES } from "./corpus/run-dialogues.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";

/**
 * Round fifty-two's own checks (dialogues-d52.jsonl), each written before any change:
 * - `d52a` (d01–d12, 孝感/黄冈-flavoured 湖北话, dlg52). First sight (e51207ea): 9/12 ending as labelled, 33/35 turns, 0 stored
 *   wrongly, 3 missed, 0 replies untrue (d01, d02, d08: two sections' material kept as one update). After dlg52
 *   (parts-at-joiner.ts): 12/12, 35/35, 0 stored wrongly, 0 missed, 0 untrue.
 * - `d52p` (p01–p08, 曲靖/昭通-flavoured 云南话, proxy52's 代报 check). First sight (e51207ea): 1/8 ending as labelled,
 *   17/19 turns, 1 stored wrongly, 5 missed, 0 replies untrue. After proxy52: 7/8, 17/19, 0 stored wrongly, 0 missed.
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
