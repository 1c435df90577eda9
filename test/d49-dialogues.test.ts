import { describe, it } from "vitest";
import { D49_DIALOGUES } from "./corpus/run-dialogues.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Round forty-nine's own multi-turn check (dialogues-d49.jsonl, 吉安-flavoured 赣语 with 西南官话): `d49a` (d01–d12) written
 * before any change. First sight (nothing changed, 2fc6221c): 8/12 ending as labelled, 32/41 turns, 3 stored wrongly,
 * 0 missed, 0 replies untrue. After dlg49 (局里的活没干 as 本周无进展; d07 relabelled confirmed 2, a two-section person's
 * 本周无进展 marks both sections, as b20-d20): 9/12, 34/41, 2 stored wrongly (d09's guided filling), 0, 0.
 * Left: a report's first half sent alone (d01), a held draft confirmed by the yes to its fix (d08), 我讲一句尔记一句 (d09).
 * Merged with intent49 (place-first-half.ts: 「上午在仪陇县马鞍镇」 alone is a draft on a card, as blind101/102's writers
 * labelled their d02), d01's 「上昼在泰和螺溪镇」 is a draft too where this set's label holds it: 3 stored wrongly, the
 * rest as above. Which is right — or merging the halves into one draft — is left to the next round (docs 第四十九轮 lead).
 * After dlg50 (the half joined by the next report, d01 relabelled as one draft; 「先莫存 镇里还要再点一遍」 holds, so d08's yes
 * to the fix stores nothing): 11/12, 35/41, 2 stored wrongly (d09's guided filling), 0, 0.
 * The floors keep it from getting worse; raise them as classes are fixed.
 */
const { open } = appPerTest();

describe("d49 dialogues (own phrasings, round forty-nine)", () => {
  it("d49a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D49_DIALOGUES, "d49a", open, {
      dialogues: 12,
      endOk: 11,
      intentOk: 35,
      wronglyStored: 2,
      missedStores: 0,
    });
  }, 180_000);
});
