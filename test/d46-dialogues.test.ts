import { describe, it } from "vitest";
import { D46_DIALOGUES } from "./corpus/run-dialogues.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-six's own multi-turn check (dialogues-d46.jsonl, 承德-flavoured Mandarin): `d46a` (d01–d12) written before
 * any change, on the classes blind98's dialogues failed on. First sight 6/12 ending as labelled, 29/44 turns, 2 stored
 * wrongly, 3 missed; after dlg46's rules (本周无进展 of one named section, a draft taken back with why) 8/12, 33/44, 1, 3.
 * Left (docs/understanding.md 第四十六轮 dlg46): guided filling asked for in one's own words (d03 — its answers are then
 * stored as a report: the one turn stored wrongly), a second message finishing the first while its card waits (d02), a
 * visit with no figure read as chat (d06), a quote-reply correction only guessed (d08), 等会儿 + why as a hold (d10).
 * The floors keep it from getting worse; raise them as those classes are fixed.
 */
const { open } = appPerTest();

describe("d46 dialogues (own phrasings, round forty-six)", () => {
  it("d46a: no worse than after dlg46, every reply true", async () => {
    // 8 after dlg46; 7 on main after model46's retraining (lead, round forty-six): the command guess, having learned twelve
    // more batches, no longer guesses 修改 for d46-d08's quote-reply correction 「回复 总结助手：「…400万」 四百万是上个月的
    // 这个月该是620万」 — it is asked about (nothing stored). Left for the next round: a quoted card with a new figure.
    await playOwnSplit(D46_DIALOGUES, "d46a", open, {
      dialogues: 12,
      endOk: 7,
      intentOk: 33,
      wronglyStored: 1,
      missedStores: 3,
    });
  }, 180_000);
});
