import { describe, expect, it } from "vitest";
import { D48_DIALOGUES, loadDialogues, playEach } from "./corpus/run-dialogues.js";
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
const mine = loadDialogues(D48_DIALOGUES).filter((d) => d.split === "d48a");

describe("d48 dialogues (own phrasings, round forty-eight)", () => {
  it("d48a: no worse than its floor, every reply true", async () => {
    const score = await playEach(mine, open);
    const why = score.failures.join("\n");
    console.log(
      `d48a dialogues (${score.dialogues}): ${score.endOk} end as labelled, ${score.intentOk}/${score.turns} turns understood, ${score.wronglyStored} stored wrongly, ${score.missedStores} missed, ${score.untrue} replies untrue\n${why}`,
    );
    expect(score.dialogues).toBe(12);
    expect(score.untrue, why).toBe(0);
    expect(score.wronglyStored, why).toBeLessThanOrEqual(0);
    expect(score.missedStores, why).toBeLessThanOrEqual(2);
    expect(score.endOk, why).toBeGreaterThanOrEqual(7);
    expect(score.intentOk, why).toBeGreaterThanOrEqual(35);
  }, 180_000);
});
