import { describe, it } from "vitest";
import { D54_DIALOGUES } from "./corpus/run-dialogues.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";

/**
 * Round fifty-four's own check (dialogues-d54.jsonl, split `d54a`, d01–d12, 恩施-flavoured 普通话, dlg54), written before
 * any change. First sight (6281b9d2, unchanged main): 4/12 ending as labelled, 34/45 turns, 2 stored wrongly, 1 missed,
 * 0 replies untrue. After dlg54: 6/12, 35/45 turns, 2 stored wrongly, 1 missed, 0 untrue (d01 the colleague's own
 * numbering, d12 a 代报 held, its checked figure, then 确认; docs/understanding.md 第五十四轮 dlg54). Round fifty-five
 * (dlg55 and the lead): 9/12, 39/45 turns, 1 stored wrongly, 1 missed — d02 the colleague withdraws the 代报 by their number.
 */
const { open } = appPerTest();

describe("d54 dialogues (own phrasings, round fifty-four)", () => {
  it("d54a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D54_DIALOGUES, "d54a", open, {
      dialogues: 12,
      endOk: 9,
      intentOk: 39,
      wronglyStored: 1,
      missedStores: 1,
    });
  }, 600_000);
});
