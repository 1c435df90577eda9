import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Halfway through the guided questions, the questions stopped (停、打住) or the matter set aside for now (这事先搁一搁、
 * 先放一放) with when it will be taken up again: given up, nothing kept as the answer (blind77, 宁夏: 「停 先不录了 领导叫我」
 * 「这个先放下 我明个再弄」 had been kept as answers). Phrasings here are other than the corpus's.
 */
const { open } = appPerTest();

async function midway(who: string, said: string) {
  const t = await open({ now: "2026-12-04T15:00:00+08:00" });
  await t.sayText(who, "填报");
  await t.sayText(who, "去城关镇三个村讲了冬小麦田间管理");
  const reply = await t.sayText(who, said);
  const ups = await t.app.services.store.listUpdates({ author: who });
  return { reply, ups };
}

describe("guided questions stopped or set aside for now", () => {
  for (const said of ["打住 先不记了 要去开会", "这事先搁一搁 下午再说", "先放一放 我后天再填"])
    it(`「${said}」 leaves the questions, keeping nothing`, async () => {
      const { reply, ups } = await midway("sun-tp", said);
      expect(reply).toMatch(/已退出逐项填报/);
      expect(ups).toHaveLength(0);
    });
});
