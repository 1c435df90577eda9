import { describe, expect, it } from "vitest";
import { classifyIntent } from "../src/conversation/classify-intent.js";
import { intentContext } from "../src/conversation/intent-context.js";
import { buildTable } from "../src/conversation/match-command.js";
import { getState } from "../src/conversation/state.js";
import { findPerson } from "../src/domain/org.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * Round thirty-nine (dialog39). Two things blind writers of five batches all expected and the bot did not do:
 * - held, then fixed: the person said to wait (先别存、慢点存、等一下 先别确认 … 我再问问), then fixed a figure and
 *   answered the edit preview with a yes. That yes is to "is this change right", not to "store it": the edit is
 *   saved and the update stays a draft, said so with how to store it. An update never held keeps the one-step
 *   改完即确认 its preview announces.
 * - a store word (存吧、行 存上、存起来) just after the person's update was confirmed, nothing else waiting: read as
 *   answering that card, and told truly it is already stored — nothing confirmed or saved a second time.
 * Phrasings are this test's own, not the corpus lines.
 */
const { open } = appPerTest();
const NOW = "2026-12-18T16:00:00+08:00";

async function mine(t: TestApp, who: string) {
  return (await t.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);
}

/** The intent the engine's classifier gives `said` in the person's present state. */
async function intentOf(t: TestApp, who: string, said: string) {
  const { services, engine } = t.app;
  const person = findPerson(services.org, who)!;
  const state = await getState(services.store, person.id);
  const ctx = await intentContext(services, person, state, buildTable(engine.commands));
  return classifyIntent(said, ctx);
}

const HELD: Array<{
  who: string;
  report: string;
  hold: string;
  fix: string;
  yes: string;
  now: string;
  was: string;
}> = [
  {
    who: "sun-tp",
    report: "在河口村办了柑橘修剪培训 来了35人",
    hold: "先别存 人数我再问问",
    fix: "人数不对 是38人",
    yes: "对",
    now: "38人",
    was: "35人",
  },
  {
    who: "li-rd",
    report: "帮5家企业做了研发费用归集辅导",
    hold: "慢点存 家数我再核一下",
    fix: "家数写错了 是6家",
    yes: "行",
    now: "6家",
    was: "5家",
  },
  {
    who: "chen-kp",
    report: "今年在中小学办了科普讲座16场",
    hold: "等一下 先别确认 我问问学校",
    fix: "场次不对 是18场",
    yes: "没问题",
    now: "18场",
    was: "16场",
  },
];

describe("held, then fixed: the yes to the edit saves the edit, the update stays a draft", () => {
  for (const c of HELD)
    it(`「${c.hold}」 then 「${c.fix}」 then 「${c.yes}」`, async () => {
      const t = await open({ now: NOW });
      await t.sayText(c.who, c.report);
      await t.sayText(c.who, c.hold);
      const preview = await t.sayText(c.who, c.fix);
      // The preview says what the yes will do here: the change only, the draft kept.
      expect(preview).toMatch(/修改预览/);
      expect(preview).toMatch(/仍是草稿/);
      expect(preview).not.toMatch(/会保存修改并确认/);
      const reply = await t.sayText(c.who, c.yes);
      expect(reply).toMatch(/改好/);
      expect(reply).toMatch(/仍是草稿/);
      expect(reply).toMatch(/确认/); // how to store it
      expect(reply).not.toMatch(/已确认保存|并确认|将计入/);
      const [u, ...rest] = await mine(t, c.who);
      expect(rest).toEqual([]);
      expect(u!.status).toBe("draft");
      expect(u!.normalizedText).toContain(c.now);
      expect(u!.normalizedText).not.toContain(c.was);
      expect(u!.history.map((h) => h.action)).toEqual(["created", "edited"]);
    });

  it("a bare 好的 after it stores nothing; 确认 then confirms the changed text", async () => {
    const c = HELD[0]!;
    const t = await open({ now: NOW });
    for (const s of [c.report, c.hold, c.fix, c.yes]) await t.sayText(c.who, s);
    await t.sayText(c.who, "好的");
    expect((await mine(t, c.who)).map((u) => u.status)).toEqual(["draft"]);
    const done = await t.sayText(c.who, "确认");
    expect(done).toMatch(/已确认保存（#1/);
    const [u] = await mine(t, c.who);
    expect(u!.status).toBe("confirmed");
    expect(u!.normalizedText).toContain(c.now);
  });

  for (const store of ["存吧", "好 存上吧", "存起来"])
    it(`「${store}」 after it confirms the draft, the changed text`, async () => {
      const c = HELD[1]!;
      const t = await open({ now: NOW });
      for (const s of [c.report, c.hold, c.fix, c.yes]) await t.sayText(c.who, s);
      expect(await intentOf(t, c.who, store)).toEqual({ kind: "answer", answer: "yes" });
      const done = await t.sayText(c.who, store);
      expect(done).toMatch(/已确认保存（#1/);
      const [u] = await mine(t, c.who);
      expect(u!.status).toBe("confirmed");
      expect(u!.normalizedText).toContain(c.now);
    });

  it("the yes to a held draft's edit, delivered again, does nothing twice and says it is still a draft", async () => {
    const c = HELD[0]!;
    const t = await open({ now: NOW });
    for (const s of [c.report, c.hold, c.fix]) await t.sayText(c.who, s);
    await t.sayText(c.who, c.yes, { messageId: "om-held-yes" });
    const before = await mine(t, c.who);
    const again = await t.sayText(c.who, c.yes, { messageId: "om-held-yes" });
    expect(again).toMatch(/仍是草稿/);
    expect(again).not.toMatch(/已确认保存|并确认/);
    expect(await mine(t, c.who)).toEqual(before);
  });

  it("held, then 修改 with the text asked for: the yes to that edit keeps the draft too", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "稻田养鱼试点今年搞了120亩");
    await t.sayText("sun-tp", "先别存 亩数我再对对");
    await t.sayText("sun-tp", "修改");
    const preview = await t.sayText("sun-tp", "稻田养鱼试点今年搞了150亩");
    expect(preview).toMatch(/仍是草稿/);
    await t.sayText("sun-tp", "对的");
    const [u] = await mine(t, "sun-tp");
    expect(u!.status).toBe("draft");
    expect(u!.normalizedText).toContain("150亩");
  });
});

describe("not held: the yes to the edit saves and confirms, as the preview says", () => {
  it("fixed straight away, then 对: confirmed with the new figure", async () => {
    const t = await open({ now: NOW });
    await t.sayText("li-rd", "帮5家企业做了研发费用归集辅导");
    const preview = await t.sayText("li-rd", "家数写错了 是6家");
    expect(preview).toMatch(/会保存修改并确认这条/);
    const reply = await t.sayText("li-rd", "对");
    expect(reply).toMatch(/已保存修改并确认（#1/);
    const [u] = await mine(t, "li-rd");
    expect(u!.status).toBe("confirmed");
    expect(u!.normalizedText).toContain("6家");
  });

  it("said wrong (不对), not held: the fix and its yes still confirm (a dispute is no hold)", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "上午带技术员去了4个村看苗情");
    await t.sayText("sun-tp", "不对 村数不对");
    await t.sayText("sun-tp", "是5个村");
    await t.sayText("sun-tp", "对");
    const [u] = await mine(t, "sun-tp");
    expect(u!.status).toBe("confirmed");
    expect(u!.normalizedText).toContain("5个村");
  });
});

describe("a store word just after the update was confirmed: already stored, nothing done twice", () => {
  for (const store of ["存吧", "行 存上", "存起来吧", "那就保存吧"])
    it(`「${store}」 after an edit confirmed the update`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("li-rd", "帮5家企业做了研发费用归集辅导");
      await t.sayText("li-rd", "家数写错了 是6家");
      await t.sayText("li-rd", "对");
      const before = await mine(t, "li-rd");
      expect(await intentOf(t, "li-rd", store)).toEqual({ kind: "answer", answer: "yes" });
      const reply = await t.sayText("li-rd", store);
      expect(reply).toMatch(/#1 这条已经保存确认了/);
      expect(reply).not.toMatch(/已确认保存|已保存修改|当前没有待确认/);
      const after = await mine(t, "li-rd");
      expect(after).toEqual(before); // nothing stored, confirmed or changed a second time
    });

  it("「确认」 typed just after a plain confirm says the same, and stores nothing", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "今年在中小学办了科普讲座16场");
    await t.sayText("chen-kp", "对");
    const before = await mine(t, "chen-kp");
    const reply = await t.sayText("chen-kp", "确认");
    expect(reply).toMatch(/#1 这条已经保存确认了/);
    expect(await mine(t, "chen-kp")).toEqual(before);
  });

  it("a bare 好的 after a confirm stays a chat ack, and a store word long after is no answer", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "今年在中小学办了科普讲座16场");
    await t.sayText("chen-kp", "对");
    expect((await intentOf(t, "chen-kp", "好的")).kind).toBe("smalltalk");
    t.setNow("2026-12-18T19:00:00+08:00");
    expect(await intentOf(t, "chen-kp", "存吧")).not.toEqual({ kind: "answer", answer: "yes" });
  });

  it("with another draft waiting, 存吧 answers that draft's card as before", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "今年在中小学办了科普讲座16场");
    await t.sayText("chen-kp", "对");
    await t.sayText("chen-kp", "下午去敬老院讲了防诈骗 来了40个老人");
    const reply = await t.sayText("chen-kp", "存吧");
    expect(reply).toMatch(/已确认保存（#2/);
    expect((await mine(t, "chen-kp")).map((u) => u.status)).toEqual(["confirmed", "confirmed"]);
  });
});
