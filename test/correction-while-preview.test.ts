import { beforeEach, describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import type { Reply } from "../src/conversation/types.js";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * Corrections said while an edit preview waits, and the next day with no update named (30th-round
 * console trial): 「写错了 是1500份」 said again answered 「#2 里没有找到…」 and dropped the preview;
 * 「不是1200 是1600」 said #2 had no 1200; a correction of another update replaced the preview without a
 * word; 「那条报错了 是1300份」 the next day only asked 「您是想修改一条填报吗？」.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

const who = "chen-kp";
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const mine = async () =>
  (await t.app.services.store.listUpdates({ author: who }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => `${u.seq}:${u.status}:${u.originalText}`);
const mode = async () => (await getState(t.app.services.store, who)).mode;

/** Two confirmed updates: #1 a meeting (人), #2 leaflets and people (份, 人). */
async function twoUpdates(): Promise<void> {
  await t.say(who, "今天去城关镇开了科普宣传会，参加人数60人");
  await t.say(who, "确认");
  await t.say(who, "在河西乡开展科技下乡，发放宣传册1200份，参加人数80人");
  await t.say(who, "确认");
}

describe("a second correction while #2's edit preview waits", () => {
  it.each([
    "写错了 是1500份",
    "不对 还是1500份",
    "宣传册是1500份",
  ])("「%s」 (what the preview already has) says so and keeps the preview", async (said) => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    const reply = all(await t.say(who, said));
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("已经是「1500份」");
    expect(reply).not.toContain("没有找到");
    expect(await mode()).toBe("confirm-edit");
    await t.say(who, "确认");
    expect((await mine())[1]).toBe("2:confirmed:在河西乡开展科技下乡，发放宣传册1500份，参加人数80人");
  });

  it.each([
    "不是1200 是1600",
    "1200改成1600份",
    "不是1200份 是1600份",
  ])("「%s」 names the figure as saved: the preview's 1500份 becomes 1600份", async (said) => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    const reply = all(await t.say(who, said));
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("「1200份」改成「1600份」");
    expect(reply).not.toContain("没有「1200」");
  });

  it.each([
    "还有宣讲次数是3次",
    "另外金额应该是5万元",
  ])("「%s」 (no such figure anywhere) changes nothing and keeps the preview, said so", async (said) => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    const reply = all(await t.say(who, said));
    expect(reply).toContain("没有改动");
    expect(reply).toContain("#2 的修改预览还在");
    expect(await mode()).toBe("confirm-edit");
    await t.say(who, "确认");
    expect((await mine())[1]).toContain("宣传册1500份");
  });
});

describe("a correction of another update while #2's edit preview waits", () => {
  it.each([
    "修改 1 人数是70人",
    "城关镇那条 人数应该是70人",
    "第一条也错了 人数是70人",
  ])("「%s」 previews #1 and says #2's edit was not saved, with a way back to it", async (said) => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    const replies = await t.say(who, said);
    const reply = all(replies);
    expect(reply).toContain("修改预览（#1）");
    expect(reply).toContain("#2 的修改没有保存");
    expect(reply).toContain("「1200份」改成「1500份」");
    // The button shows #2's edit again (and says #1's is now the one set aside).
    const back = replies.flatMap((r) => r.card?.buttons ?? []).find((b) => b.label.includes("回到 #2"));
    expect(back).toBeDefined();
    const again = all(await t.say(who, back!.command, { subject: back!.subject }));
    expect(again).toContain("修改预览（#2）");
    expect(again).toContain("「1200份」改成「1500份」");
    expect(again).toContain("#1 的修改没有保存");
    await t.say(who, "确认");
    expect(await mine()).toEqual([
      "1:confirmed:今天去城关镇开了科普宣传会，参加人数60人",
      "2:confirmed:在河西乡开展科技下乡，发放宣传册1500份，参加人数80人",
    ]);
  });

  it("a new report sent meanwhile says the edit was not saved", async () => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    const reply = all(await t.say(who, "下午又到东岗村开了个农技培训会，来了40个农户"));
    expect(reply).toContain("请确认填报内容（#3）");
    expect(reply).toContain("#2 的修改没有保存");
  });

  it("放弃修改, 确认 and a revision of the same edit say nothing of it", async () => {
    await twoUpdates();
    await t.say(who, "修改 2 宣传册1500份");
    expect(all(await t.say(who, "不对 是1600份"))).not.toContain("没有保存");
    expect(all(await t.say(who, "放弃修改"))).not.toContain("#2 的修改没有保存");
    await t.say(who, "修改 2 宣传册1500份");
    expect(all(await t.say(who, "确认"))).not.toContain("没有保存");
  });

  it("a figure only another recent update has is asked about; #2's preview stays meanwhile", async () => {
    await t.say(who, "上午去二中搞了个科普讲座 来了差不多三百个学生");
    await t.say(who, "确认");
    await t.say(who, "下午又跑了趟城关镇，发了宣传册子1200份");
    await t.say(who, "确认");
    await t.say(who, "修改 2 宣传册1500份");
    const reply = all(await t.say(who, "还有学生是320个"));
    expect(reply).toContain("#2 里没有带「个」的数字");
    expect(reply).toContain("#1");
    expect(reply).toContain("#2 的修改预览还在");
    expect(await mode()).toBe("confirm-edit");
    await t.say(who, "确认");
    expect((await mine())[1]).toBe("2:confirmed:下午又跑了趟城关镇，发了宣传册子1500份");
  });
});

describe("the next day, a correction naming no update", () => {
  async function yesterday(extra?: string): Promise<void> {
    await t.say(who, "上午去二中搞了个科普讲座 来了差不多三百个学生");
    await t.say(who, "确认");
    await t.say(who, "下午又跑了趟城关镇，发了宣传册子1200份");
    await t.say(who, "确认");
    if (extra) {
      await t.say(who, extra);
      await t.say(who, "确认");
    }
    t.setNow("2026-12-02T08:40:00+08:00");
  }

  it.each([
    "那条报错了 是1300份",
    "那个报错了 是1300份",
    "之前那条写错了 应该是1300份",
    "上次报的那个数不对 是1300份",
    "那条数填错了哈 1300份",
  ])("「%s」 previews the one update with a figure in 份, old beside new", async (said) => {
    await yesterday();
    const before = await mine();
    const reply = all(await t.say(who, said));
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("「1200份」改成「1300份」");
    expect(await mine()).toEqual(before);
  });

  it("「那条报错了 是1300份」 with two updates in 份 asks which, with a button each", async () => {
    await yesterday("晚上在社区发了科普挂图300份");
    const replies = await t.say(who, "那条报错了 是1300份");
    const reply = all(replies);
    expect(reply).toContain("是哪一条");
    const labels = replies.flatMap((r) => r.card?.buttons ?? []).map((b) => b.label);
    expect(labels).toEqual(["修改 #3", "修改 #2"]);
    expect(reply).not.toContain("修改预览");
  });

  it("「那条报错了 是12家」 (no update in 家) changes nothing and lists the recent ones", async () => {
    await yesterday();
    const before = await mine();
    const reply = all(await t.say(who, "那条报错了 是12家"));
    expect(reply).toContain("都没有能改成「12家」的数字");
    expect(reply).not.toContain("修改预览");
    expect(await mine()).toEqual(before);
  });

  it("「那条删了吧」 names no value: still asked which to withdraw, nothing withdrawn", async () => {
    await yesterday();
    const before = await mine();
    const reply = all(await t.say(who, "那条删了吧"));
    expect(reply).not.toContain("已撤回");
    expect(await mine()).toEqual(before);
  });
});

describe("not-found answers say which update was searched and what it lacks", () => {
  it("「刚才那条写错了，应该是12家」 on an update with no count in 家", async () => {
    await t.say(who, "走访规上企业，宣讲研发费用加计扣除政策");
    await t.say(who, "确认");
    const reply = all(await t.say(who, "刚才那条写错了，应该是12家"));
    expect(reply).toContain("#1 里没有带「家」的数字，不知道「12家」该改哪里，没有改动");
  });

  it("the latest passed over for an older one is named with its words, not 「最近一条 #2 里没有」", async () => {
    await t.say(who, "到石桥镇开展科普宣传，服务农户46户");
    await t.say(who, "确认");
    await t.say(who, "今天走访企业6家");
    await t.say(who, "确认");
    const reply = all(await t.say(who, "上一条写错了 应该是52户"));
    expect(reply).not.toContain("最近一条 #2 里没有");
    expect(reply).toContain("您最近报的 #2「今天走访企业6家」里没有带「户」的数字");
    expect(reply).toContain("修改预览（#1）");
  });
});
