import { appPerTest } from "./helpers/app-per-test.js";
import { describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { sectionUnchosen } from "../src/conversation/section-unchosen.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A question the bot asked stays the bot's question: a new report sent meanwhile is a report (not
 * the answer, and not lost), a draft is never filed under a section nobody chose, and a section
 * said in words to a card moves the draft there. 何婷 reports for 高企 and 项目; 赵丽 for 成果转化
 * and 人才.
 */
let t: TestApp | undefined;
const apps = appPerTest();

const text = (rs: Reply[]) => rs.map((r) => [r.card?.title ?? "", r.text].join("\n")).join("\n");
const mine = async (who: string) =>
  (await t!.app.services.store.listUpdates({ author: who })).sort((a, b) => a.seq - b.seq);

describe("a new report while the section is asked", () => {
  it.each([
    // The tester's lines (c50): 「项目」 in the second report made it the answer, and it was lost.
    ["帮企业做了专利申请辅导", "参加了市里的项目评审会"],
    ["上午帮两家企业梳理了知识产权材料", "下午去參加了縣里的研發項目推進會"],
    ["陪企业跑了一趟税务局 把手续办完了", "组织高企申报培训会 讲了政策要点😊"],
  ])("「%s」 then 「%s」: both kept, the first still waits for its section", async (first, second) => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    const [ask] = await t.say("he-gq", first);
    expect(ask?.card?.title).toContain("属于哪个科室");
    const replies = await t.say("he-gq", second);
    const [one, two] = await mine("he-gq");
    expect(two?.originalText).toBe(second);
    expect(one?.status).toBe("draft");
    expect(sectionUnchosen(one!)).toBe(true);
    expect(text(replies)).toContain(`#${one!.seq} 还没有选科室`);
    expect(text(replies)).not.toMatch(/已确认/);
  });

  it("「确认」 confirms the new card and then asks the earlier draft's section; 「高企那块」 answers it", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("he-gq", "帮企业做了专利申请辅导");
    await t.say("he-gq", "参加了市里的项目评审会，评审项目12个"); // c51: a figure in the second
    const confirmed = text(await t.say("he-gq", "确认"));
    expect(confirmed).toContain("已确认保存（#2");
    expect(confirmed).toContain("#1）属于哪个科室");
    expect(text(await t.say("he-gq", "高企那块吧"))).toContain("高新技术企业与创新平台");
    expect(text(await t.say("he-gq", "好滴"))).toContain("已确认保存（#1，高新技术企业与创新平台）");
    expect((await mine("he-gq")).map((u) => [u.status, u.section])).toEqual([
      ["confirmed", "hitech"],
      ["confirmed", "rd"],
    ]);
  });

  it("「全部确认」 confirms what has a section and asks about the one without", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("he-gq", "帮企业做了专利申请辅导");
    await t.say("he-gq", "组织高企申报培训，来了20家企业");
    const all = text(await t.say("he-gq", "全部确认"));
    expect(all).toContain("已确认 1 条：#2");
    expect(all).toContain("#1 还没有选科室");
    expect((await mine("he-gq"))[0]?.status).toBe("draft");
    expect(text(await t.say("he-gq", "2"))).toContain("请确认填报内容（#1）");
    expect((await mine("he-gq"))[0]?.section).toBe("hitech");
  });

  it("a listed draft without a section, chosen by number, asks its section instead of confirming", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("he-gq", "帮企业做了专利申请辅导");
    await t.say("he-gq", "组织高企申报培训，来了20家企业");
    await t.say("he-gq", "确认 1");
    expect((await mine("he-gq"))[0]?.status).toBe("draft");
    const list = text(await t.say("he-gq", "我的填报"));
    expect(list).toContain("科室待选");
  });

  it("choosing the section the bot listed first still records the choice", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("zhao-zh", "本月走访县内企业6家，收集企业需求18条");
    await t.say("zhao-zh", "1");
    expect(text(await t.say("zhao-zh", "确认"))).toContain("已确认保存（#1");
  });

  it("「对 记上吧」 to the section question says the draft is kept and still needs its section", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("he-gq", "帮企业做了专利申请辅导");
    const said = text(await t.say("he-gq", "对 记上吧"));
    expect(said).toContain("还在等您选择科室");
    expect(said).not.toContain("没有记为填报");
  });
});

describe("a section said in words to the card", () => {
  it.each([
    ["he-gq", "完成研发费用加计扣除政策宣讲，覆盖企业15家", "高企那个", "hitech"], // c24
    ["zhao-zh", "帮助企业对接高校成果，签订合同3项", "成果转化", "transfer"], // c37
    ["zhao-zh", "帮助企业对接高校成果，签订合同3项", "放人才那块吧", "talent"],
    ["he-gq", "完成研发费用加计扣除政策宣讲，覆盖企业15家", "算高企的", "hitech"],
    ["zhao-zh", "组织技術經紀人培训，参训40人", "人才這塊", "talent"],
  ])("%s: 「%s」 then 「%s」 files it under %s", async (who, report, said, section) => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say(who, report);
    const replies = await t.say(who, said);
    expect(text(replies)).toContain("请确认填报内容（#1）");
    const [u] = await mine(who);
    expect(u?.section).toBe(section);
    expect(await mine(who)).toHaveLength(1);
  });

  it("a new report with a section word in it is a new report, not a move", async () => {
    t = await apps.open({ now: "2026-12-01T10:00:00+08:00" });
    await t.say("zhao-zh", "帮助企业对接高校成果，签订合同3项");
    await t.say("zhao-zh", "参加了全市人才工作座谈会并作交流发言");
    const [one, two] = await mine("zhao-zh");
    expect(one?.section).toBe("transfer");
    expect(two?.originalText).toContain("人才工作座谈会");
  });
});
