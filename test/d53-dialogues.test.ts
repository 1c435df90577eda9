import { describe, it } from "vitest";
import { D53_DIALOGUES } from "./corpus/run-dialogues.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { playOwnSplit } from "./helpers/own-dialogue-floor.js";

/**
 * Round fifty-three's own check (dialogues-d53.jsonl), written before any change:
 * - `d53a` (d01–d12, 莆田-flavoured 普通话, dlg53). First sight (f23fc133): 10/12 ending as labelled, 28/34
 *   turns, 1 stored wrongly, 0 missed, 0 replies untrue (d01 withdrawal with a complaint read as unclear, 「着 存」 not a yes, d06
 *   「是」 after 「删掉第2条」 read as 要定稿吗-less ack, d07 「先伓存」, d12 「~~五十万~~ 五十五万」 stored as new work). After dlg53 (ac89fe2e): 11/12, 32/34, 0 stored wrongly, 0 missed, 0 untrue; d04
 *   「~~六千~~ 八千五 刚才数错了」 now reads as a no (the struck figure turned to 「「六千」改成「八千五」」 beside 数错了), d06's 「是」 has no item to
 *   ask about (an empty draft).
 * - `d53p` (p01–p08, 商洛-flavoured 陕南话, behalf53's 代报 follow-ups): the colleague fixing or withdrawing by their own
 *   number, resending the same work, the sender withdrawing a confirmed 代报, a held draft then the checked figure, a
 *   leader's bare 「1」「好」. First sight (f23fc133, unchanged main): 1/8 ending as labelled, 27/32 turns,
 *   1 stored wrongly (the leader's 「好」 to 「要记为工作填报吗」 after a bare 「1」 stored 「1」), 0 missed, 0 replies untrue.
 *   After behalf53: 3/8, 28/32 turns, 0 stored wrongly, 0 missed, 0 untrue (left: p01/p02 the colleague's own numbering,
 *   p05 「瓜娃 搞错了 … 撤回 1」 read unclear, p06 the held draft's 「核过了 是26人」 then 确认 still a draft, p08 the resend not alike enough to ask and 「两条都留着」 read as a no).
 */
const { open } = appPerTest();

describe("d53 dialogues (own phrasings, round fifty-three)", () => {
  it("d53a: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D53_DIALOGUES, "d53a", open, {
      dialogues: 12,
      endOk: 11,
      intentOk: 32,
      wronglyStored: 0,
      missedStores: 0,
    });
  }, 180_000);
  it("d53p: no worse than its floor, every reply true", async () => {
    await playOwnSplit(D53_DIALOGUES, "d53p", open, {
      dialogues: 8,
      endOk: 3,
      intentOk: 28,
      wronglyStored: 0,
      missedStores: 0,
    });
  }, 180_000);
});
