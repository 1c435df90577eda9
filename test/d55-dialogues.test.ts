import { describe, it } from "vitest";
import { D55_DIALOGUES } from "./corpus/run-dialogues.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";

/**
 * Round fifty-five's own check (dialogues-d55.jsonl, split `d55a`, d01–d12, 呼伦贝尔-flavoured 东北/蒙东普通话, dlg55), written
 * before any change. First sight (1fe2a6b5, unchanged main): 5/12 ending as labelled, 32/41 turns, 1 stored wrongly, 1 missed, 0 replies untrue. After dlg55: 8/12, 38/41 turns, 0 stored wrongly, 1 missed, 0 untrue
 * (d03 a count said too high with its reason, d04 a section moved by the update's words, d06 「改成昨天下午的」, d02's 撤回 1
 * now read; docs/understanding.md 第五十五轮 dlg55). Lead55: 9/12 — d02 ends withdrawn (the colleague may withdraw a 代报 by their own number).
 */
const { open } = appPerTest();

describe("d55 dialogues (own phrasings, round fifty-five)", () => {
  it("d55a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D55_DIALOGUES, "d55a", open, {
      dialogues: 12,
      endOk: 9,
      intentOk: 38,
      wronglyStored: 0,
      missedStores: 1,
    });
  }, 600_000);
});
