import { expect } from "vitest";
import { loadDialogues, playEach } from "../corpus/run-dialogues.js";

/** What a round's own dialogue split must not fall below (counts of its 12 dialogues and their turns). */
export interface DialogueFloor {
  dialogues: number;
  endOk: number;
  intentOk: number;
  wronglyStored: number;
  missedStores: number;
}

/**
 * Plays a round's own dialogue split (d46a, d47a, …), prints how it ends, and holds it to its floor: every reply true,
 * no more stored wrongly or missed than the floor, no fewer ending as labelled or turns understood.
 */
export async function playOwnSplit(
  file: string,
  split: string,
  open: Parameters<typeof playEach>[1],
  floor: DialogueFloor,
): Promise<void> {
  const mine = loadDialogues(file).filter((d) => d.split === split);
  const score = await playEach(mine, open);
  const why = score.failures.join("\n");
  console.log(
    `${split} dialogues (${score.dialogues}): ${score.endOk} end as labelled, ${score.intentOk}/${score.turns} turns understood, ${score.wronglyStored} stored wrongly, ${score.missedStores} missed, ${score.untrue} replies untrue\n${why}`,
  );
  expect(score.dialogues).toBe(floor.dialogues);
  expect(score.untrue, why).toBe(0);
  expect(score.wronglyStored, why).toBeLessThanOrEqual(floor.wronglyStored);
  expect(score.missedStores, why).toBeLessThanOrEqual(floor.missedStores);
  expect(score.endOk, why).toBeGreaterThanOrEqual(floor.endOk);
  expect(score.intentOk, why).toBeGreaterThanOrEqual(floor.intentOk);
}
