import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * hold40: a bare number past the sections asked (b85-030 「3」 to a question listing two sections, b86-036 「4」). It was
 * answered 「#1 已保留为草稿，还在等您选择科室」 — as if set aside — and with a draft of that number it would have been
 * confirmed instead. Now one line says which choices there are; nothing is stored, filed or confirmed, and the question
 * stays open (the next 「2」 answers it). Phrasings are this test's own.
 */
const { open } = appPerTest();
const NOW = "2026-12-06T10:00:00+08:00";

async function mine(t: TestApp, who: string) {
  return (await t.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

describe("a bare number past the sections asked", () => {
  for (const n of ["3", "4", "第5", "0", "３"])
    it(`「${n}」 lists the two choices, does nothing, and 「2」 then answers`, async () => {
      const t = await open({ now: NOW });
      const asked = await t.sayText("zhao-zh", "今天整理了一下申报材料，报了3份");
      expect(asked).toMatch(/属于哪个科室/);
      const reply = await t.sayText("zhao-zh", n);
      expect(reply).toMatch(/不在选项里/);
      expect(reply).toMatch(/1（成果转化与知识产权）或 2（科技人才与创新环境）/);
      expect(reply).toMatch(/还没有做任何操作/);
      expect(reply).not.toMatch(/已保留为草稿/);
      const [u] = await mine(t, "zhao-zh");
      expect(u!.status).toBe("draft");
      expect(u!.section).not.toBe("talent");
      expect(await t.sayText("zhao-zh", "2")).toMatch(/科技人才与创新环境/);
      expect((await mine(t, "zhao-zh"))[0]!.section).toBe("talent");
    });

  it("a number naming another draft is not taken for it while the section is asked", async () => {
    const t = await open({ now: NOW });
    await t.sayText("zhao-zh", "走访专利代理机构2家");
    await t.sayText("zhao-zh", "先别存 我再问问");
    await t.sayText("zhao-zh", "组织青年科技人才座谈会1场");
    await t.sayText("zhao-zh", "对");
    await t.sayText("zhao-zh", "今天整理了一下申报材料，报了3份");
    const before = (await mine(t, "zhao-zh")).map((u) => [u.seq, u.status]);
    const reply = await t.sayText("zhao-zh", "3");
    expect(reply).toMatch(/不在选项里/);
    expect((await mine(t, "zhao-zh")).map((u) => [u.seq, u.status])).toEqual(before);
  });

  it("a number among the choices still files it there", async () => {
    const t = await open({ now: NOW });
    await t.sayText("zhao-zh", "今天整理了一下申报材料，报了3份");
    expect(await t.sayText("zhao-zh", "1")).toMatch(/成果转化与知识产权/);
    expect((await mine(t, "zhao-zh"))[0]!.section).toBe("transfer");
  });
});
