import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * The demo's 赵丽 holds two sections: the bot asks which one, she answers 「1」. The reply said
 * 「#1 的科室就是「成果转化与知识产权」，没有改动」 — as if she had named the section it was already in,
 * though the bot had only asked. An answer to the section question is a choice made: 「好的，#1 记在…」.
 * Naming the section a card already shows is still 「没有改动」.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";
const WORK = "本月走访县内企业6家，收集企业需求18条，已整理汇总报局领导。";

describe("the section question answered", () => {
  for (const answer of ["1", "成果转化", "第一个", "科室 成果转化与知识产权"]) {
    it(`「${answer}」 to 「属于哪个科室？」 says where the draft goes, not 「没有改动」`, async () => {
      const t = await open({ now: NOW });
      expect(await t.sayText("zhao-zh", WORK)).toContain("属于哪个科室");
      const reply = await t.sayText("zhao-zh", answer);
      expect(reply).toContain("#1 记在「成果转化与知识产权」");
      expect(reply).not.toContain("没有改动");
      expect(reply).toContain("请确认填报内容（#1）");
      expect((await t.app.services.store.findBySeq("zhao-zh", 1))?.status).toBe("draft");
    });
  }

  it("naming the section a card already shows is still 「没有改动」", async () => {
    const t = await open({ now: NOW });
    await t.sayText("zhao-zh", WORK);
    await t.sayText("zhao-zh", "1");
    const reply = await t.sayText("zhao-zh", "科室 成果转化与知识产权");
    expect(reply).toContain("没有改动");
  });
});
