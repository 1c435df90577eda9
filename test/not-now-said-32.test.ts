import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * With nothing waiting, 「先不报了」 said alone or after a sigh is the report put off — answered in one line, nothing
 * stored and nothing asked: never 「这条要记为工作填报吗？」 about it, nor 「辛苦了，注意身体！」 (round thirty-two, console).
 * Phrasings other than the trial's.
 */
const { open } = appPerTest();

describe("the report put off, with nothing waiting", () => {
  for (const said of ["暂时不填了", "唉 我今天先不报了", "哎 暂时先不填了", "嗯 现在先不交了"])
    it(`「${said}」`, async () => {
      const t = await open();
      const reply = await t.sayText("sun-tp", said);
      expect(reply).toMatch(/有空随时发给我/);
      expect(reply).not.toMatch(/记为工作填报|注意身体/);
      expect(await t.app.services.store.listUpdates({ author: "sun-tp" })).toHaveLength(0);
    });
});
