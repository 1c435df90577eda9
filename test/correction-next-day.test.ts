import { beforeEach, describe, expect, it } from "vitest";
import type { TestApp } from "./helpers/test-app.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * A figure put right the next morning, in the words people use (29th-round console trial): 「昨天那个数
 * 报错了 宣传册是1500份」 was stored as a new report; 「昨天报的宣传册数量不对 是1500份」 asked which of
 * yesterday's two though only one counts in 份; 「报错了 学生是320个」 offered to withdraw the latest; and
 * 「我报错了 不是1200是1300」 with another card shown changed that card's 两百 to 1300. The update that
 * holds the figure is the one previewed; nothing is stored new, withdrawn or changed meanwhile.
 */
const { open } = appPerTest();

let t: TestApp;
beforeEach(async () => {
  t = await open({ now: "2026-12-01T10:00:00+08:00" });
});

const mine = async () =>
  (await t.app.services.store.listUpdates({ author: "chen-kp" }))
    .sort((a, b) => a.seq - b.seq)
    .map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);

/** A lecture (人) and leaflets (份) confirmed one day; the next morning. */
async function yesterday(): Promise<void> {
  await t.say("chen-kp", "上午去二中搞了个科普讲座 来了差不多三百个学生");
  await t.say("chen-kp", "确认");
  await t.say("chen-kp", "下午又跑了趟城关镇，发了宣传册子1200份");
  await t.say("chen-kp", "确认");
  t.setNow("2026-12-02T08:40:00+08:00");
}

describe("the next morning, a figure of yesterday's put right", () => {
  it.each([
    "昨天那个数报错了 宣传册是1500份",
    "昨天那个数字填错了 应该是1500份",
    "昨天报的宣传册数量不对 是1500份",
    "昨儿那个数据不对哈，册子是1500份",
    "昨天发的那个数搞错了 1200改成1500份",
  ])("「%s」 previews #2's 1200份 → 1500份 and stores nothing new", async (said) => {
    await yesterday();
    const before = await mine();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("1500份");
    expect(reply).not.toContain("请确认填报内容");
    expect(await mine()).toEqual(before);
  });

  it("「上午那个数不对 是1500份」 the same day is that day's update", async () => {
    await yesterday();
    t.setNow("2026-12-01T17:00:00+08:00");
    await t.say("chen-kp", "晚上还有个事 跟县融媒体对接了下宣传方案");
    await t.say("chen-kp", "确认");
    const reply = await t.sayText("chen-kp", "今天那个数不对 是1500份");
    expect(reply).toContain("修改预览（#2）");
  });
});

describe("a slip word said with the right value is a correction, never a withdrawal offer", () => {
  it.each([
    "填错了 应该是1300份",
    "报错了 宣传册是1300份",
    "那条报错了 是1300份",
    "刚才填错了，份数是1300",
    "报错了 学生是320个",
  ])("「%s」 withdraws nothing and offers no withdrawal", async (said) => {
    await yesterday();
    const before = await mine();
    const reply = await t.sayText("chen-kp", said);
    expect(reply).not.toContain("要撤回");
    expect(reply).not.toContain("已撤回");
    expect(await mine()).toEqual(before);
  });

  it("a bare 「刚才发错了」 still offers the withdrawal", async () => {
    await yesterday();
    expect(await t.sayText("chen-kp", "刚才发错了")).toContain("要撤回");
  });
});

describe("the old number denied names the update that holds it", () => {
  it.each([
    "我报错了 不是1200是1300",
    "报错了 不是1200 是1300",
    "宣传册写成1200了 应该是1300",
  ])("「%s」 with another card shown previews #2, never the card's own figure", async (said) => {
    await yesterday();
    await t.say("chen-kp", "上午去三中搞了个科普讲座 来了两百个学生");
    const reply = await t.sayText("chen-kp", said);
    expect(reply).toContain("修改预览（#2）");
    expect(reply).toContain("1300");
    expect(reply).not.toContain("修改预览（#3）");
    expect((await mine()).at(-1)).toBe("3:draft:上午去三中搞了个科普讲座 来了两百个学生");
  });
});
