import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planCorrection, widen } from "../src/conversation/correction-request.js";
import type { Reply } from "../src/conversation/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * Requests on an earlier update said in everyday words (correction-request.ts, correct-update.ts),
 * through the real engine and store: they are never stored as reports, they act on the update meant
 * (saying which), an edit changes nothing until its preview is confirmed, and when more than one
 * update or figure could be meant the bot asks with buttons and changes nothing.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.app.close();
});

const mine = (who: string) => t.app.services.store.listUpdates({ author: who });
const texts = async (who: string) => (await mine(who)).map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

async function reportAndConfirm(who: string, text: string): Promise<void> {
  await t.say(who, text);
  await t.say(who, "确认");
}

describe("corrections of an earlier update", () => {
  it("「刚才学生人数写错了，应该是650人」 previews the whole update changed, and only 确认 saves it", async () => {
    await reportAndConfirm("chen-kp", "组织科普进校园活动，走进3所学校，听讲座的学生大概有600人吧");
    const preview = await t.say("chen-kp", "等下，刚才学生人数写错了，应该是650人");
    const shown = all(preview);
    expect(shown).toContain("您说的是 #1");
    expect(shown).toContain("修改预览（#1）");
    expect(shown).toContain("修改前");
    expect(shown).toContain("听讲座的学生大概有600人吧");
    // Said exactly, the old estimate word goes with its 有 (round forty-five, route45: estimate-edited.ts).
    expect(shown).toContain("听讲座的学生650人吧");
    // Nothing changed yet, nothing new stored.
    expect(await texts("chen-kp")).toEqual([
      "1:confirmed:组织科普进校园活动，走进3所学校，听讲座的学生大概有600人吧",
    ]);
    expect(await t.sayText("chen-kp", "确认")).toContain("已保存修改（#1");
    const [u] = await mine("chen-kp");
    expect(u!.normalizedText).toContain("650人");
    expect(u!.history.map((h) => h.action)).toContain("edited");
    expect(await mine("chen-kp")).toHaveLength(1);
  });

  it("撤回 on the edit preview drops the edit, not the update", async () => {
    await reportAndConfirm("li-rd", "本周走访规上企业13家，其中3家有研发机构");
    const preview = all(await t.say("li-rd", "把刚才那条的3家改成4家"));
    // 「3家」 inside 「13家」 is not the one meant: the change is widened to the one that is.
    expect(preview).toContain("其中4家有研发机构");
    expect(preview).toContain("本周走访规上企业13家");
    expect(await t.sayText("li-rd", "撤回 1")).toContain("已放弃这次修改");
    expect(await texts("li-rd")).toEqual(["1:confirmed:本周走访规上企业13家，其中3家有研发机构"]);
  });

  it("asks which figure when two share the unit, changes nothing, and a button previews that one", async () => {
    await reportAndConfirm("chen-kp", "开展科普讲座5场，其中进社区3场，发放宣传册800份");
    const asked = await t.say("chen-kp", "刚才那条场次写错了，应该是6场");
    const card = asked.find((r) => r.card)?.card;
    expect(card?.title).toContain("是哪一处");
    const labels = card?.buttons?.map((b) => b.label) ?? [];
    expect(labels).toEqual(["5场 → 6场", "3场 → 6场", "发完整的新内容"]);
    expect((await mine("chen-kp"))[0]!.normalizedText).toContain("讲座5场");
    const second = card!.buttons![1]!;
    const preview = all(
      await t.say("chen-kp", second.command, { fromButton: true, subject: second.subject }),
    );
    expect(preview).toContain("开展科普讲座5场，其中进社区6场");
    expect(await mine("chen-kp")).toHaveLength(1);
  });

  it("a correction with no value opens the edit of the update meant and asks for the new text", async () => {
    await reportAndConfirm("li-rd", "组织召开全县科技项目申报培训会，58家企业参加");
    const asked = await t.sayText("li-rd", "刚才那条写错了");
    expect(asked).toContain("您说的是 #1");
    expect(asked).toContain("请发送 #1 的修改内容");
    const preview = await t.sayText("li-rd", "组织召开全县科技项目申报培训会，62家企业参加");
    expect(preview).toContain("修改预览（#1）");
    await t.say("li-rd", "确认");
    expect(await texts("li-rd")).toEqual(["1:confirmed:组织召开全县科技项目申报培训会，62家企业参加"]);
  });

  it("a value with no figure of its unit in the update says so and asks for the new text", async () => {
    await reportAndConfirm("li-rd", "走访规上企业，宣讲研发费用加计扣除政策");
    const reply = await t.sayText("li-rd", "刚才那条写错了，应该是12家");
    expect(reply).toContain("#1 里没有带「家」的数字，不知道「12家」该改哪里，没有改动");
    expect(reply).toContain("请发送 #1 的修改内容");
    expect(await mine("li-rd")).toHaveLength(1);
  });
});

describe("which update is meant", () => {
  it("by content: the single update that mentions it is withdrawn, and the reply says which", async () => {
    await reportAndConfirm("chen-kp", "组织科普进校园活动，走进3所学校，学生600人");
    await reportAndConfirm("chen-kp", "科技活动周广场宣传，发放科普资料1.2万份");
    const reply = await t.sayText("chen-kp", "科普进校园那条删了吧");
    expect(reply).toContain("您说的是 #1");
    expect(reply).toContain("已撤回 #1");
    expect((await texts("chen-kp")).sort()).toEqual([
      "1:withdrawn:组织科普进校园活动，走进3所学校，学生600人",
      "2:confirmed:科技活动周广场宣传，发放科普资料1.2万份",
    ]);
  });

  it("by content: two matches, or none, are asked about with a button each, nothing withdrawn", async () => {
    await reportAndConfirm("chen-kp", "科普进校园走进县一小，学生600人");
    await reportAndConfirm("chen-kp", "科普进校园走进县二小，学生450人");
    const two = (await t.say("chen-kp", "科普进校园那条删一下")).find((r) => r.card)?.card;
    expect(two?.title).toContain("有 2 条都提到「科普进校园」");
    expect(two?.buttons?.map((b) => b.label)).toEqual(["撤回 #2", "撤回 #1"]);
    const none = (await t.say("chen-kp", "科技下乡那条删一下")).find((r) => r.card)?.card;
    expect(none?.title).toContain("没有找到提到「科技下乡」的填报");
    expect((await mine("chen-kp")).every((u) => u.status === "confirmed")).toBe(true);
    // The button acts on that update only.
    const b = two!.buttons![1]!;
    expect(await t.sayText("chen-kp", b.command, { fromButton: true, subject: b.subject })).toContain(
      "已撤回 #1",
    );
  });

  it("by period: 上周报的 with nothing last week asks instead of guessing", async () => {
    await reportAndConfirm("chen-kp", "组织科普进校园活动，学生600人");
    const card = (await t.say("chen-kp", "我上周报的那条帮我删一下")).find((r) => r.card)?.card;
    expect(card?.title).toContain("您上周没有填报记录");
    expect(await texts("chen-kp")).toEqual(["1:confirmed:组织科普进校园活动，学生600人"]);
    // A week later the same words find it.
    t.setNow("2025-03-21T10:00:00+08:00");
    expect(await t.sayText("chen-kp", "我上周报的那条帮我删一下")).toContain("已撤回 #1");
  });

  it("by number: someone's own number only; a missing one changes nothing", async () => {
    await reportAndConfirm("li-rd", "拨付科技项目资金85万元，涉及项目7个");
    expect(await t.sayText("chen-kp", "第1条金额不对，应该是95万元")).toContain("没有找到您的第 1 条填报");
    expect(await t.sayText("li-rd", "第1条金额不对，应该是95万元")).toContain("只把「85万元」改成「95万元」");
    expect(await mine("chen-kp")).toHaveLength(0);
  });

  for (const report of [
    "刚刚完成3家企业的走访，发现有2家研发费用数据填错了，已督促更正",
    "村里那条路改造完成，投资20万元",
    "上周那条产业路整改了3处隐患",
  ])
    it(`a report that mentions a mistake or 那条 stays a report: 「${report}」`, async () => {
      expect(await t.sayText("li-rd", report)).toContain("请确认填报内容（#1）");
    });
});

describe("「这条要记为工作填报吗？」", () => {
  for (const close of ["好 谢了", "谢谢", "好的谢谢"])
    it(`「${close}」 closes the question without storing, and says so`, async () => {
      expect(await t.sayText("chen-kp", "跟领导去了趟乡里")).toContain("这条要记为工作填报吗");
      expect(await t.sayText("chen-kp", close)).toContain("没有保存");
      expect(await mine("chen-kp")).toHaveLength(0);
    });

  it("a clear yes (记上) stores it", async () => {
    await t.say("chen-kp", "跟领导去了趟乡里");
    await t.say("chen-kp", "记上");
    expect(await mine("chen-kp")).toHaveLength(1);
  });
});

describe("planCorrection", () => {
  it("reads the change said against the update's figures", () => {
    const old = "覆盖12个村，培训农户300余人次";
    expect(planCorrection(old, "下乡服务是15个村")).toMatchObject({
      kind: "substitute",
      from: "12个",
      to: "15个",
    });
    expect(planCorrection(old, "不是12个村，是10个村")).toMatchObject({ from: "12个", to: "10个" });
    expect(planCorrection(old, "是320人次不是300余人次")).toMatchObject({ from: "300余人次", to: "320人次" });
    expect(planCorrection(old, "应该是5万元")).toEqual({ kind: "not-found", value: "5万元" });
    expect(planCorrection(old, "写错了")).toEqual({ kind: "no-value" });
    expect(planCorrection("讲座5场，进社区3场", "应该是6场").kind).toBe("which");
    expect(planCorrection("讲座5场，进社区3场", "进社区应该是4场")).toMatchObject({ from: "3场", to: "4场" });
  });

  it("widens a change until it is the first occurrence and no digit runs into it", () => {
    const old = "走访企业13家，其中3家有研发机构";
    expect(widen(old, { from: "3家", to: "4家", at: old.indexOf("其中") + 2 })).toEqual({
      from: "中3家",
      to: "中4家",
    });
  });
});
