import { describe, expect, it } from "vitest";
import { loadDialogues, playEach } from "../corpus/run-dialogues.js";
import { appPerTest } from "./app-per-test.js";

/** What a split of a round's own dialogues may still miss (0 everywhere unless a note says why). */
export interface OwnFloor {
  /** Turns that missed a store. */
  missed: number;
  /** Dialogues that do not end as labelled. */
  endMissed: number;
  /** Share of turns understood; 0.97 unless given. */
  turns?: number;
  /** Fewest dialogues the split must hold (a split may be empty before it is written). */
  atLeast?: number;
}

/**
 * A round's own dialogues (sNN-dialogues.jsonl), each split played on fresh apps and held to its
 * floor: nothing stored that is not a report, every reply true, and the misses the floor allows.
 * `"*"` as a split plays every dialogue of the file together.
 */
export function describeOwnDialogues(title: string, file: string, floors: Record<string, OwnFloor>): void {
  const { open } = appPerTest();
  const dialogues = loadDialogues(file);
  describe(title, () => {
    for (const [split, floor] of Object.entries(floors)) {
      const mine = split === "*" ? dialogues : dialogues.filter((d) => d.split === split);
      const name = split === "*" ? title.split(" ")[0] : split;
      it.skipIf(mine.length === 0 && !floor.atLeast)(
        `${name}: end as labelled, nothing stored that is not a report, every reply true`,
        async () => {
          const score = await playEach(mine, open);
          const why = score.failures.join("\n");
          console.log(
            `${name} dialogues (${score.dialogues}): ${score.endOk} end as labelled, ${score.intentOk}/${score.turns} turns understood, ${score.wronglyStored} stored wrongly, ${score.missedStores} missed, ${score.untrue} replies untrue\n${why}`,
          );
          expect(score.dialogues).toBeGreaterThanOrEqual(floor.atLeast ?? 0);
          expect(score.wronglyStored, why).toBe(0);
          expect(score.untrue, why).toBe(0);
          expect(score.missedStores, why).toBeLessThanOrEqual(floor.missed);
          expect(score.endOk, why).toBeGreaterThanOrEqual(score.dialogues - floor.endMissed);
          expect(score.intentOk / score.turns, why).toBeGreaterThanOrEqual(floor.turns ?? 0.97);
        },
        180_000,
      );
    }
  });
}
