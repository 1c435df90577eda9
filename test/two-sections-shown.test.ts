import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 赵丽 reports for 成果转化 (transfer) and 人才 (talent). A message whose runs each point at one of
 * them by a single keyword (「成果对接会开了2场；另外引进了2名博士」) is too weak to cut unasked, but the
 * section question shows both parts under their sections and offers 「分成两条」 — before, it asked
 * for one section and the other's work went under it. Round 28's note, kind29.
 */
const { open } = appPerTest();
const NOW = "2026-12-04T10:00:00+08:00";

const VARIANTS: [string, string, string][] = [
  ["成果对接会开了2场；另外引进了2名博士", "成果对接会开了2场", "另外引进了2名博士"],
  ["技术合同登记了15份；另外请了2个省里的专家来讲课", "技术合同登记了15份", "另外请了2个省里的专家来讲课"],
  [
    "组织企业参加了技术市场交易会，另外有3位专家签了柔性引进协议",
    "组织企业参加了技术市场交易会",
    "另外有3位专家签了柔性引进协议",
  ],
];

describe("one message over two of the author's sections, each by one keyword", () => {
  for (const [text, first, second] of VARIANTS)
    it(`shows both parts and offers to split: ${text}`, async () => {
      const t = await open({ now: NOW });
      const [card] = await t.say("zhao-zh", text);
      expect(card?.card?.title).toBe("这条内容（#1）属于哪个科室？");
      expect(card?.card?.blocks[0]).toMatch(/^看起来是两块工作/);
      expect(card?.card?.blocks[0]).toContain(`成果转化与知识产权：${first}`);
      expect(card?.card?.blocks[0]).toContain(`科技人才与创新环境：${second.replace(/^另外/, "")}`);
      expect(card?.card?.buttons?.map((b) => b.label)).toEqual([
        "分成两条",
        "整条归成果转化与知识产权",
        "整条归科技人才与创新环境",
      ]);
      // Nothing counts yet: one draft, its section still to choose.
      expect((await t.app.services.store.listUpdates({ author: "zhao-zh" })).length).toBe(1);
    });

  it("the 分成两条 button files each part under its own section", async () => {
    const t = await open({ now: NOW });
    const [card] = await t.say("zhao-zh", "成果对接会开了2场；另外引进了2名博士");
    const button = card!.card!.buttons![0]!;
    const reply = (await t.say("zhao-zh", button.command, { fromButton: true, subject: button.subject }))
      .map((r) => r.text)
      .join("\n");
    expect(reply).toMatch(/分成了 2 条草稿/);
    const a = await t.app.services.store.findBySeq("zhao-zh", 1);
    const b = await t.app.services.store.findBySeq("zhao-zh", 2);
    expect([a?.section, a?.normalizedText]).toEqual(["transfer", "成果对接会开了2场"]);
    expect(b?.section).toBe("talent");
    expect(b?.figures.map((f) => f.raw)).toEqual(["2名"]);
  });

  it("typed 「分成两条」 splits too; a number or a name files the whole under one section", async () => {
    const t = await open({ now: NOW });
    await t.say("zhao-zh", "成果对接会开了2场；另外引进了2名博士");
    expect(await t.sayText("zhao-zh", "分成两条")).toMatch(/分成了 2 条草稿/);
    const u = await open({ now: NOW });
    await u.say("zhao-zh", "成果对接会开了2场；另外引进了2名博士");
    await u.say("zhao-zh", "2");
    const all = await u.app.services.store.listUpdates({ author: "zhao-zh" });
    expect(all.map((x) => x.section)).toEqual(["talent"]);
  });

  it("a false keyword (引进新品种) is shown as a part and asked, never cut unasked; one section only is not", async () => {
    const t = await open({ now: NOW });
    const [card] = await t.say("zhao-zh", "技术合同登记18份，引进新品种3个");
    expect(card?.card?.blocks[0]).toContain("科技人才与创新环境：引进新品种3个");
    expect((await t.app.services.store.listUpdates({ author: "zhao-zh" })).length).toBe(1);
    // 「整条归…」 files the whole under the section clicked.
    const whole = card!.card!.buttons![1]!;
    await t.say("zhao-zh", whole.command, { fromButton: true, subject: whole.subject });
    const [u] = await t.app.services.store.listUpdates({ author: "zhao-zh" });
    expect([u?.section, u?.normalizedText]).toEqual(["transfer", "技术合同登记18份，引进新品种3个"]);
    const s = await open({ now: NOW });
    const [plain] = await s.say("he-gq", "研发费用加计扣除辅导了8家，高企培育入库5家");
    expect(plain?.text).not.toContain("看起来是两块工作");
  });
});
