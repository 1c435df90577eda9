import { it } from "vitest";
import { type DialogueResult, loadDialogues, runDialogue, scoreDialogues } from "./corpus/run-dialogues.js";
import { makeTestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";
useTmpDirs();
const dialogues = loadDialogues();
it("p", async () => {
  for (const split of (process.env.SPLITS ?? "").split(",")) {
    const results: DialogueResult[] = [];
    for (const d of dialogues.filter((x) => x.split === split)) {
      const t = await makeTestApp(d.at ? { now: d.at } : {});
      try { results.push(await runDialogue(t.app, d, t.say)); } finally { await t.app.close(); }
    }
    const s = scoreDialogues(results);
    console.log(`SCORE ${split} ${s.endOk}/${s.dialogues} ${s.intentOk}/${s.turns}\n${s.failures.join("\n")}`);
  }
}, 900000);
