import { describe, it } from "vitest";
import { D48_DIALOGUES } from "./corpus/run-dialogues.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-eight's own multi-turn check (dialogues-d48.jsonl, 都匀-flavoured 黔南 西南官话): `d48a` (d01–d12) written
 * before any change, on the classes blind101's dialogues failed on and the two the lead saw in the console (a new report
 * opening with 那条, a quote-reply of the card with a new figure). First sight (nothing changed, 3bfbf58b): 6/12 ending as labelled, 32/42 turns, 0 stored
 * wrongly, 3 missed; after dlg48's rules (那条 + work done on a road is a report, 存上没 asked is 我的填报) 7/12, 35/42, 0, 2.
 * Left: a report's first half sent alone (d01), 评上了 read as a pointer (d05), a wait whose reason is 仓库讲还要再点一道 (d07),
 * 「数搞错了 先撤下来」 and 「要得 入库」 (d08).
 * The floors keep it from getting worse; raise them as classes are fixed.
 */
const { open } = appPerTest();

describe("d48 dialogues (own phrasings, round forty-eight)", () => {
  it("d48a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D48_DIALOGUES, "d48a", open, {
      dialogues: 12,
      endOk: 7,
      intentOk: 35,
      wronglyStored: 0,
      missedStores: 2,
    });
  }, 180_000);
});
