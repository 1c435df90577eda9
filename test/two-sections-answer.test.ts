import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 何婷 reports for 高企 (hitech) and 项目 (rd). One message about both, in one breath or typed, is
 * filed as two drafts; a loose answer to the section question that says the draft holds both
 * (「都有啊 前面是高企的 后面是项目的」) splits it, or asks one precise question and changes nothing;
 * 「科室 高企」 picks the section of the draft that still waits for one, even after another question
 * came between. Third new-user trial, class E (c15), in other words.
 */
const { open } = appPerTest();
const NOW = "2026-12-01T10:00:00+08:00";

describe("two sections in one breath", () => {
  it("a dictated run-on about 高企 then 项目 becomes two drafts, each with its own problem and plan", async () => {
    const t = await open({ now: NOW });
    const reply = await t.sayText(
      "he-gq",
      "嗯我说一下今年的啊高企这块新认定高新技术企业九家科技型中小企业入库四十一家然后项目这边帮企业争取省级科技项目六项问题是企业研发投入还是偏少明年高企力争突破四十家研发投入强度提高到百分之二",
    );
    expect(reply).toMatch(/分成了 2 条草稿/);
    const first = await t.app.services.store.findBySeq("he-gq", 1);
    const second = await t.app.services.store.findBySeq("he-gq", 2);
    expect(first?.section).toBe("hitech");
    expect(second?.section).toBe("rd");
    expect(first?.figures.map((f) => f.raw)).toEqual(["九家", "四十一家", "四十家"]);
    expect(second?.figures.map((f) => f.raw)).toEqual(["六项", "百分之二"]);
    expect(second?.problems).toEqual(["企业研发投入还是偏少"]);
    expect(first?.plans.join("")).toContain("高企力争突破四十家");
    expect(second?.plans.join("")).toContain("研发投入强度提高到百分之二");
  });

  it("a short dictation turning at 然后 from 高企 to 项目 is split too (fourth trial)", async () => {
    const t = await open({ now: NOW });
    const reply = await t.sayText("he-gq", "今年高企这块新认定了八家然后项目那边帮企业争取研发补助三百万元");
    expect(reply).toMatch(/分成了 2 条草稿/);
    expect((await t.app.services.store.findBySeq("he-gq", 2))?.figures.map((f) => f.raw)).toEqual([
      "三百万元",
    ]);
  });

  it("「都有啊 前面是高企的 后面是项目的」 to a card filed under one section splits it there", async () => {
    const t = await open({ now: NOW });
    const card = await t.sayText(
      "he-gq",
      "今年跑了三十多家企业，帮企业享受研发费用加计扣除一点二亿元，问题是企业积极性不高",
    );
    expect(card).toContain("请确认填报内容（#1）");
    const reply = await t.sayText("he-gq", "都有啊 前面是高企的 后面是项目的");
    expect(reply).toMatch(/分成了 2 条草稿：#1（高新技术企业与创新平台）、#2（科技项目与研发投入）/);
    const first = await t.app.services.store.findBySeq("he-gq", 1);
    const second = await t.app.services.store.findBySeq("he-gq", 2);
    expect(first?.normalizedText).toContain("跑了三十多家企业");
    expect(first?.normalizedText).not.toContain("加计扣除");
    expect(second?.figures.map((f) => f.raw)).toEqual(["一点二亿元"]);
    expect(second?.problems).toEqual(["企业积极性不高"]);
    expect(first?.status).toBe("draft");
    expect(second?.status).toBe("draft");
  });

  it("a bare 「都有」 to a card names no section and splits nothing", async () => {
    const t = await open({ now: NOW });
    await t.sayText("he-gq", "今年跑了三十多家企业，帮企业享受研发费用加计扣除一点二亿元");
    expect(await t.sayText("he-gq", "都有")).not.toMatch(/分成了|分不准/);
    expect((await t.app.services.store.listUpdates({ author: "he-gq" })).length).toBe(1);
  });

  it("when the text cannot be cut, one precise question with buttons, nothing changed; 「科室 高企」 still picks", async () => {
    const t = await open({ now: NOW });
    expect(await t.sayText("he-gq", "协助两家企业申报省级工程技术研究中心")).toContain("属于哪个科室");
    const reply = await t.say("he-gq", "两个都有");
    const text = reply.map((r) => r.text).join("\n");
    expect(text).toContain("分不准从哪里分开");
    expect(reply.some((r) => r.card?.buttons?.some((b) => b.command === "科室 高新技术企业与创新平台"))).toBe(
      true,
    );
    expect((await t.app.services.store.listUpdates({ author: "he-gq" })).length).toBe(1);
    // Another question comes between; the draft still waits for its section and 「科室 高企」 picks it.
    expect(await t.sayText("he-gq", "在吗")).not.toContain("不用换");
    const picked = await t.sayText("he-gq", "科室 高企");
    expect(picked).not.toContain("不用换");
    expect(picked).toContain("请确认填报内容（#1）");
    expect((await t.app.services.store.findBySeq("he-gq", 1))?.section).toBe("hitech");
  });
});
