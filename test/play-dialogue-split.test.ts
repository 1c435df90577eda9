import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DIALOGUE_CORPUS,
  type DialogueResult,
  loadDialogues,
  runDialogue,
  scoreDialogues,
} from "./corpus/run-dialogues.js";
import { SEALED_SPLITS } from "./corpus/score-intents.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Plays one open dialogue split and lists its misses turn by turn, for looking at a batch while working on it:
 *
 *   PLAY_SPLIT=blind48 npx vitest run test/play-dialogue-split.test.ts
 *   PLAY_SPLIT=blind45,blind48 npx vitest run test/play-dialogue-split.test.ts   (several together)
 *   PLAY_SPLIT=s21a PLAY_FILE=dialogues-s21.jsonl npx vitest run test/play-dialogue-split.test.ts
 *
 * PLAY_ID=b48-d14 plays one dialogue and prints every turn with the bot's replies. Skipped without PLAY_SPLIT or
 * PLAY_ID. A sealed split is refused (totals only, never its lines).
 */
const split = process.env.PLAY_SPLIT;
const splits = new Set(split?.split(",") ?? []);
const id = process.env.PLAY_ID;
const file = process.env.PLAY_FILE
  ? path.resolve(import.meta.dirname, "corpus", process.env.PLAY_FILE)
  : DIALOGUE_CORPUS;
const { open } = appPerTest();
describe("play one open dialogue split", () => {
  it.skipIf(!split && !id)(
    `plays ${split ?? id ?? "(none)"} and lists its misses`,
    async () => {
      const mine = loadDialogues(file).filter((d) => splits.has(d.split) || d.id === id);
      for (const d of mine) expect(SEALED_SPLITS.has(d.split as never), `${d.split} is sealed`).toBe(false);
      const results: DialogueResult[] = [];
      for (const d of mine) {
        const t = await open(d.at ? { now: d.at } : {});
        results.push(await runDialogue(t.app, d, t.say));
      }
      if (id)
        for (const r of results)
          for (const t of r.turns)
            console.log(
              `> ${t.say}\n  got ${JSON.stringify(t.got)} ${t.intentOk ? "ok" : "MISS"}\n  ${t.reply}`,
            );
      const s = scoreDialogues(results);
      console.log(
        `${split ?? id} dialogues (${s.dialogues}): ${s.endOk} end as labelled, ${s.intentOk}/${s.turns} turns, ${s.wronglyStored} stored wrongly, ${s.missedStores} missed, ${s.untrue} untrue\n${s.failures.join("\n")}`,
      );
      expect(s.dialogues).toBeGreaterThan(0);
    },
    600_000,
  );
});
