import { describe, expect, it } from "vitest";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * An unclear line sent while a card waits (「明天检查组要来 我得准备材料」「这个学习搞得蛮好 大家都讲要得」) used to open
 * 「这条要记为工作填报吗？」 in the card's place, so the next 「要得 存起」 — meant for the card — stored the aside as a
 * second update and left the card unconfirmed (s23-d07, s25-d07, s25-d10). The card's question now stays; the aside is
 * kept beside it for the 记为填报 button only.
 */
const { open } = appPerTest();
const NOW = "2026-12-04T16:00:00+08:00";

async function mine(t: Awaited<ReturnType<typeof open>>, who: string) {
  return t.app.services.store.listUpdates({ author: who, status: ["draft", "confirmed"] });
}

describe("an unclear aside while a card waits", () => {
  it.each([
    ["chen-kp", "社区科普讲座办了2场 听众150人", "明天检查组要来 我得准备材料", "要得 存起"],
    ["xu-dj", "组织支部党员学了新修订的条例 到了20个", "这个学习搞得蛮好 大家都讲要得", "对咧 存下"],
  ])("%s: the yes after it keeps the card, and the aside is not stored", async (who, report, aside, yes) => {
    const t = await open({ now: NOW });
    await t.sayText(who, report);
    const said = await t.sayText(who, aside);
    expect(said).toMatch(/还在等您确认|没有确认/);
    expect((await getState(t.app.services.store, who)).mode).toBe("confirm");
    await t.sayText(who, yes);
    const ups = await mine(t, who);
    expect(ups.map((u) => u.status)).toEqual(["confirmed"]);
  });

  it("记为填报 after the aside records it as its own draft", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "社区科普讲座办了2场 听众150人");
    await t.sayText("chen-kp", "明天检查组要来 我得准备材料");
    await t.sayText("chen-kp", "记为填报");
    const ups = await mine(t, "chen-kp");
    expect(ups).toHaveLength(2);
    expect(ups.map((u) => u.normalizedText).join("|")).toContain("检查组");
  });
});

describe("short answers to a card in more regions' words", () => {
  for (const said of ["那就报上去咯", "要得 那就交上去嘛", "中 那就报上去"])
    it(`「${said}」 confirms the one draft`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("chen-kp", "今天在城东小学搞了防溺水科普 来了两百多个伢子");
      await t.sayText("chen-kp", said);
      expect((await t.app.services.store.findBySeq("chen-kp", 1))?.status).toBe("confirmed");
    });

  // 「那不行」「那不中」 (round twenty-four's coordinator), 「我记岔了」「我记混了」 alone (b57 writer): the card is wrong,
  // where not said — asked 「哪里不对」, the draft kept, never a chat line.
  for (const said of ["那不行", "那不中 人数不对", "那不得行", "我记岔了", "哎呀 我搞混了"])
    it(`「${said}」 asks what is wrong and keeps the draft`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("sun-tp", "给三个合作社讲了果树冬剪");
      expect(await t.sayText("sun-tp", said)).toContain("哪里不对");
      expect((await t.app.services.store.findBySeq("sun-tp", 1))?.status).toBe("draft");
    });

  it("「学习是3次」 to 「组织了2次廉政学习」: the figure said before what it counts is corrected", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "这礼拜组织了2次廉政学习");
    expect(await t.sayText("xu-dj", "学习是3次")).toContain("这礼拜组织了3次廉政学习");
  });

  it("a draft's edit preview says that 确认 also confirms the draft", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "周三到二中讲了青少年近视防控 来了300个学生");
    expect(await t.sayText("chen-kp", "少写了 再加一句 发了500份宣传单")).toContain("会保存修改并确认这条");
  });

  // The confirm word one character off (b60-d13 「确任」 on a card; b5x-060 「确任 4」 already read with its number).
  it("「确任」 to a card confirms it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "组织党员看了廉政警示教育片 来了26人");
    await t.sayText("xu-dj", "确任");
    expect((await t.app.services.store.findBySeq("xu-dj", 1))?.status).toBe("confirmed");
  });

  // Put-off words of more regions on the other draft of a list: 等哈再讲、等下再讲 (湘、鄂), 先压一下、压着.
  for (const [said, kept] of [
    ["第二条 第一条等哈再讲", 1],
    ["前头那个确认 后头那个先压一下", 2],
  ] as const)
    it(`「${said}」 to the list confirms one and keeps #${kept}`, async () => {
      const t = await open({ now: NOW });
      await t.sayText("sun-tp", "上午给东山村装了2套土壤墒情监测仪");
      await t.sayText("sun-tp", "下午又给西山村讲了一次防冻 来了50个农户");
      await t.sayText("sun-tp", "确认");
      await t.sayText("sun-tp", said);
      const ups = await mine(t, "sun-tp");
      expect(ups.map((u) => `${u.seq}${u.status}`).sort()).toEqual(
        kept === 1 ? ["1draft", "2confirmed"] : ["1confirmed", "2draft"],
      );
    });

  // Transfer misses of i25d: 提交上去 after 那就; 那 before any no (那不用记); a check said with 再 alone (我再对下数).
  it("「那就提交上去咯」 confirms the one draft", async () => {
    const t = await open({ now: NOW });
    await t.sayText("sun-tp", "给三个合作社讲了果树冬剪");
    await t.sayText("sun-tp", "那就提交上去咯");
    expect((await t.app.services.store.findBySeq("sun-tp", 1))?.status).toBe("confirmed");
  });

  it("「那不用记 随便讲的」 to 要记为工作填报吗 stores nothing and closes it", async () => {
    const t = await open({ now: NOW });
    await t.sayText("chen-kp", "去社区了");
    expect(await t.sayText("chen-kp", "那不用记 随便讲的")).toContain("没有保存");
    expect(await mine(t, "chen-kp")).toHaveLength(0);
    expect((await getState(t.app.services.store, "chen-kp")).mode).toBe("idle");
  });

  it("「都莫急着确认 我再对下数」 to the list keeps both drafts", async () => {
    const t = await open({ now: NOW });
    await t.sayText("xu-dj", "上午组织党员学了新条例 到了20个");
    await t.sayText("xu-dj", "下午又开了支委会 定了3件事");
    await t.sayText("xu-dj", "确认");
    expect(await t.sayText("xu-dj", "都莫急着确认 我再对下数")).toContain("保留");
    expect((await mine(t, "xu-dj")).map((u) => u.status)).toEqual(["draft", "draft"]);
  });
});
