import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 何婷 reports for two sections. Her first message leaves the section open (the bot lists them,
 * numbered); her second is filed by its words and shown as a card, while the first waits. A bare
 * 「1」 or a section name now answers the only question that listed sections — the earlier
 * draft's — and the reply says which draft it went to; the card showing keeps its section.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";
const FIRST = "协助两家企业申报省級工程技术研究中心";
const SECOND = "帮企业做研发费用归集辅导，一共十一家";

async function twoDrafts() {
  const t = await open({ now: NOW });
  const asked = await t.sayText("he-gq", FIRST);
  expect(asked).toContain("属于哪个科室");
  const listed = [...asked.matchAll(/^(\d)\. (.+)$/gm)].map((m) => m[2]!);
  const card = await t.sayText("he-gq", SECOND);
  expect(card).toMatch(/#1 还没有选科室[\s\S]*请确认填报内容（#2）/);
  const seq = async (n: number) => t.app.services.store.findBySeq("he-gq", n);
  return { t, listed, seq, secondSection: (await seq(2))?.section };
}

describe("an answer while a newer card shows and an earlier draft waits for its section", () => {
  it.each([
    "1",
    "２",
    "第一个",
  ])("「%s」 picks #1's section as its question listed them, and says so", async (said) => {
    const { t, listed, seq, secondSection } = await twoDrafts();
    const n = said === "1" || said === "第一个" ? 1 : 2;
    const reply = await t.sayText("he-gq", said);
    expect(reply).toContain(`这是给 #1`);
    expect(reply).toContain(`已归入「${listed[n - 1]}」`);
    expect(reply).toContain("#2 还没有确认");
    const first = await seq(1);
    expect(first?.history.some((h) => h.action === "section-changed")).toBe(true);
    expect(first?.section).toBe(t.app.services.org.sections.find((s) => s.name === listed[n - 1])?.id);
    expect((await seq(2))?.section).toBe(secondSection);
    // Two drafts now wait: a bare 好的 confirms neither, it lists them.
    expect(await t.sayText("he-gq", "好的")).toMatch(/2 条填报还没有确认/);
    expect((await seq(1))?.status).toBe("draft");
    expect((await seq(2))?.status).toBe("draft");
  });

  it("a section name goes to #1, not to the card showing", async () => {
    const { t, seq, secondSection } = await twoDrafts();
    const reply = await t.sayText("he-gq", "高企那块");
    expect(reply).toContain("这是给 #1");
    expect((await seq(1))?.section).toBe("hitech");
    expect((await seq(2))?.section).toBe(secondSection);
  });

  it("still waits after a third report; a report naming a section is a report, not the answer", async () => {
    const { t, seq } = await twoDrafts();
    const third = await t.sayText("he-gq", "参加了高企培育工作推进会，对接企业8家");
    expect(third).toContain("#3");
    expect((await seq(1))?.history.some((h) => h.action === "section-changed")).toBe(false);
    expect(await t.sayText("he-gq", "2")).toContain("这是给 #1");
    expect((await seq(1))?.history.some((h) => h.action === "section-changed")).toBe(true);
  });

  it("with no earlier draft waiting, a section name still moves the card showing", async () => {
    const t = await open({ now: NOW });
    await t.say("he-gq", SECOND);
    const reply = await t.sayText("he-gq", "高企那个吧");
    expect(reply).not.toContain("这是给");
    expect((await t.app.services.store.findBySeq("he-gq", 1))?.section).toBe("hitech");
  });
});
