import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Round seventeen (docs/understanding.md 第十七轮): answers said with more than the answer, and edits
 * of a card or an update by flow. Thanks typed onto the yes (好的谢谢) is the yes; 是的 谢谢 to 要记吗
 * keeps it; a figure named by its label beside its value on a card (人数那个不对 90多个) is edited, never
 * asked 哪里不对 with the value lost; a change asked for a kind of figure the update has none of says so
 * and changes nothing else; 不用改了 while the new text is asked drops the edit; 不要这条了 撤了 on a card
 * withdraws that draft. Near misses both ways: a report after thanks is stored, 好辛苦 is no yes.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ now: "2026-12-01T17:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

const mine = (who: string) => t.app.services.store.listUpdates({ author: who });
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");
async function states(who: string): Promise<string[]> {
  return (await mine(who)).sort((a, b) => a.seq - b.seq).map((u) => `${u.status}:${u.normalizedText}`);
}

describe("a yes with thanks typed onto it", () => {
  for (const said of ["好的谢谢", "行谢谢", "嗯嗯谢谢", "要得谢谢哈", "好噶 多谢哂 今日真系好攰"])
    it(`「${said}」 on a card confirms it`, async () => {
      await t.say("li-rd", "上午去园区审了6家企业的研发费用辅助账");
      await t.say("li-rd", said);
      expect(await states("li-rd")).toEqual(["confirmed:上午去园区审了6家企业的研发费用辅助账"]);
    });
  it("「好辛苦」 on a card is how the day was, no yes", async () => {
    await t.say("li-rd", "上午去园区审了6家企业的研发费用辅助账");
    await t.say("li-rd", "好辛苦");
    expect((await mine("li-rd"))[0]!.status).toBe("draft");
  });
  it("「谢谢 另外下午还去了2家企业核台账」 on a card is a new report, stored", async () => {
    await t.say("li-rd", "上午组织研发投入统计培训 企业40家");
    await t.say("li-rd", "谢谢 另外下午还去了2家企业核台账");
    expect(await mine("li-rd")).toHaveLength(2);
  });
});

describe("要记为工作填报吗？ answered in so many words beside thanks", () => {
  it("「是的 谢谢」 keeps it; 「好的谢谢」 closes the question", async () => {
    await t.say("sun-tp", "今天在村里跑了一天");
    await t.say("sun-tp", "是的 谢谢");
    expect(await mine("sun-tp")).toHaveLength(1);
    await t.say("chen-kp", "今天在村里跑了一天");
    const out = all(await t.say("chen-kp", "好的谢谢"));
    expect(out).toContain("没有保存");
    expect(await mine("chen-kp")).toHaveLength(0);
  });
});

describe("a figure said wrong on a card, by its label or unit, with its value", () => {
  it("「人数那个不对 90多个」 previews 1200人 → 90多人 (the value kept)", async () => {
    await t.say("chen-kp", "今天科技馆接待研学团队1200人 来自3家学校");
    const out = all(await t.say("chen-kp", "人数那个不对 90多个"));
    expect(out).toContain("「1200人」改成「90多人」");
    expect(out).not.toContain("哪里不对");
  });
  it("「学校数不对 4家」 changes 3家 only", async () => {
    await t.say("chen-kp", "今天科技馆接待研学团队1200人 来自3家学校");
    const out = all(await t.say("chen-kp", "学校数不对 4家"));
    expect(out).toContain("「3家」改成「4家」");
  });
});

describe("a change asked for a kind of figure the update has none of", () => {
  it("「上周那条人数写错了 应该是1300」 on 「上午去3家企业走访」: said so, 3家 unchanged", async () => {
    await t.say("chen-kp", "上午去3家企业走访");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "上周那条人数写错了 应该是1300");
    const out = all(await t.say("chen-kp", "确认"));
    expect(out).toContain("#1 里没有人数这个数");
    expect(out).not.toContain("1300家");
    const out2 = all(await t.say("chen-kp", "哦 那不用改了"));
    expect(out2).toContain("放弃");
    expect(await states("chen-kp")).toEqual(["confirmed:上午去3家企业走访"]);
  });
  it("「行 第1条人数改成46人」 on 展板20块: said so, nothing appended", async () => {
    await t.say("chen-kp", "科技活动周布置科普展板20块");
    await t.say("chen-kp", "确认");
    const out = all(await t.say("chen-kp", "行 第1条人数改成46人"));
    expect(out).toContain("#1 里没有人数这个数");
    expect(out).not.toContain("修改预览");
  });
  it("「哦 那不用改了」 to the one update offered changes nothing", async () => {
    await t.say("chen-kp", "上午去3家企业走访");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "上周那条人数写错了 应该是1300");
    expect(all(await t.say("chen-kp", "哦 那不用改了"))).toContain("没有做任何改动");
  });
});

describe("不要这条了 on a card", () => {
  it("「不要这条了 撤了 我重发」 withdraws the draft shown", async () => {
    await t.say("li-rd", "审核了4家企业的研发项目");
    await t.say("li-rd", "不要这条了 撤了 我重发");
    expect(await states("li-rd")).toEqual(["withdrawn:审核了4家企业的研发项目"]);
  });
});
