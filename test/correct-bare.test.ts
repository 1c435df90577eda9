import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { planCorrection } from "../src/conversation/correction-request.js";
import type { Reply } from "../src/conversation/types.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

/**
 * A correction in everyday words with no reference word (「写错了 是1800人」「等下 不对 是八场不是
 * 六场」「不对，改成8场」), sent while a card waits or right after it was confirmed, corrects that
 * card's figure: the edit preview with old and new, nothing changed until 确认, nothing stored as a
 * new report — and a figure with a unit (8场) is never taken for update #8.
 */
useTmpDirs();

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp({ now: "2026-12-01T10:00:00+08:00" });
});
afterEach(async () => {
  await t.app.close();
});

const mine = (who: string) => t.app.services.store.listUpdates({ author: who });
const texts = async (who: string) =>
  (await mine(who)).sort((a, b) => a.seq - b.seq).map((u) => `${u.seq}:${u.status}:${u.normalizedText}`);
const all = (replies: Reply[]) => replies.map((r) => r.text).join("\n");

describe("a bare correction while the card is shown", () => {
  const cases: Array<[string, string, string, string]> = [
    // [report, correction, figure after, figure that must be gone]
    ["组织科普大篷车巡展6场，受益群众2000人", "等下 不对 是八场不是六场", "巡展八场", "巡展6场"],
    ["组织科技活动周广场宣传，1500名群众参与", "写错了 是1800人", "1800名群众", "1500名"],
    ["组织科普大篷车巡展6场，受益群众2000人", "不对，改成8场", "巡展8场", "巡展6场"],
    // Own phrasings: typos, emoji, Traditional characters, full-width punctuation.
    ["本周走访规上企业10家，收集需求问题7条", "哎 搞错了，是十二家不是十家😅", "企业十二家", "企业10家"],
    ["举办农村实用技术培训班3期，培训农民260人次", "寫錯了，應該是4期", "培训班4期", "培训班3期"],
    ["发放科普宣传资料1200份，现场咨询300余人", "不对不对 改成1500份！", "资料1500份", "资料1200份"],
    ["帮助企业申请专利18件", "等等 数字不对 是21件", "专利21件", "专利18件"],
  ];
  for (const [report, said, after, before] of cases)
    it(`「${said}」 previews the card's figure changed; 确认 saves the new one`, async () => {
      await t.say("chen-kp", report);
      const preview = all(await t.say("chen-kp", said));
      expect(preview).toContain("您说的是 #1");
      expect(preview).toContain("修改预览（#1）");
      expect(preview).toContain("修改前");
      expect(preview).toContain(after);
      expect(preview).not.toContain("要记为工作填报吗");
      // Nothing stored besides the card, and the card unchanged until the preview is confirmed.
      expect(await texts("chen-kp")).toEqual([`1:draft:${report}`]);
      // The card was a draft: confirming the preview saves the edit and confirms it, and says so.
      expect(await t.sayText("chen-kp", "确认")).toMatch(/已保存修改并确认（#1，.*将计入\d{4}年工作总结/);
      const [u] = await mine("chen-kp");
      expect(u!.status).toBe("confirmed");
      expect(u!.normalizedText).toContain(after);
      expect(u!.normalizedText).not.toContain(before);
      expect(await mine("chen-kp")).toHaveLength(1);
    });

  it("「不对，改成2场」 on card #3 never opens update #2", async () => {
    await t.say("chen-kp", "组织科普讲座5场，听众600人");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "开展青少年科技创新大赛辅导4次，参赛学生80名");
    await t.say("chen-kp", "确认");
    await t.say("chen-kp", "组织科普大篷车巡展3场，受益群众900人");
    const preview = all(await t.say("chen-kp", "不对，改成2场"));
    expect(preview).toContain("修改预览（#3）");
    expect(preview).toContain("巡展2场");
    expect(preview).not.toContain("#2");
    await t.say("chen-kp", "确认");
    expect(await texts("chen-kp")).toEqual([
      "1:confirmed:组织科普讲座5场，听众600人",
      "2:confirmed:开展青少年科技创新大赛辅导4次，参赛学生80名",
      "3:confirmed:组织科普大篷车巡展2场，受益群众900人",
    ]);
  });
});

describe("several figures corrected in one message", () => {
  it("「不对 讲座是4场 听众是650人」 changes both figures in one preview — none silently dropped", async () => {
    await t.say("chen-kp", "组织科普讲座5场，听众600人");
    const preview = all(await t.say("chen-kp", "不对 讲座是4场 听众是650人"));
    expect(preview).toContain("组织科普讲座4场，听众650人");
    await t.say("chen-kp", "确认");
    expect(await texts("chen-kp")).toEqual(["1:confirmed:组织科普讲座4场，听众650人"]);
  });

  it("「刚才那条3家改成4家，120人次改成150人次」 after 确认 changes both", async () => {
    await t.say("sun-tp", "走访科技示范户3家，培训农民120人次");
    await t.say("sun-tp", "确认");
    const preview = all(await t.say("sun-tp", "刚才那条3家改成4家，120人次改成150人次"));
    expect(preview).toContain("走访科技示范户4家，培训农民150人次");
    await t.say("sun-tp", "确认");
    expect(await texts("sun-tp")).toEqual(["1:confirmed:走访科技示范户4家，培训农民150人次"]);
  });
});

describe("a bare correction right after 确认", () => {
  it("「写错了 是1800人」 just after confirming corrects the update just confirmed, via its preview", async () => {
    await t.say("chen-kp", "组织科技活动周广场宣传，1500名群众参与");
    await t.say("chen-kp", "确认");
    const preview = all(await t.say("chen-kp", "啊 写错了 是1800人"));
    expect(preview).toContain("您说的是 #1");
    expect(preview).toContain("1800名群众参与");
    expect((await mine("chen-kp"))[0]!.normalizedText).toContain("1500名");
    await t.say("chen-kp", "确认");
    expect(await texts("chen-kp")).toEqual(["1:confirmed:组织科技活动周广场宣传，1800名群众参与"]);
  });

  it("「不对 改成9个村」 after 确认 previews the change, 放弃修改 keeps the confirmed text", async () => {
    await t.say("sun-tp", "这周下乡服务7个村，培训农民120人次");
    await t.say("sun-tp", "确认");
    const preview = all(await t.say("sun-tp", "不对 改成9个村"));
    expect(preview).toContain("服务9个村");
    await t.say("sun-tp", "放弃修改");
    expect(await texts("sun-tp")).toEqual(["1:confirmed:这周下乡服务7个村，培训农民120人次"]);
  });

  it("a new report that mentions a mistake after 确认 is still a report", async () => {
    await t.say("li-rd", "本周走访规上企业13家");
    await t.say("li-rd", "确认");
    const reply = all(await t.say("li-rd", "检查发现3家企业研发台账填报不对，已督促整改"));
    expect(reply).toContain("请确认填报内容（#2）");
    expect(await texts("li-rd")).toEqual([
      "1:confirmed:本周走访规上企业13家",
      "2:draft:检查发现3家企业研发台账填报不对，已督促整改",
    ]);
  });
});

describe("the new figure written as the update writes it", () => {
  it("keeps the figure as the user typed it, in the update's own unit word", () => {
    // The stored text is the user's; the draft writes 15家 and 1.5万份 (see drafting-edit-form.test.ts).
    expect(planCorrection("走访企业12家", "改成十五家")).toMatchObject({ from: "12家", to: "十五家" });
    expect(planCorrection("发放科普资料1.2万份", "发放资料是一万五千份")).toMatchObject({
      from: "1.2万份",
      to: "一万五千份",
    });
    expect(planCorrection("1500名群众参与", "是1800人")).toMatchObject({ from: "1500名", to: "1800名" });
    // A figure written in words stays as typed.
    expect(planCorrection("培训农民五十人", "是60人")).toMatchObject({ from: "五十人", to: "60人" });
    // A unit of another kind is not the same figure.
    expect(planCorrection("走访企业12家", "是15个")).toMatchObject({ kind: "not-found" });
  });

  it("takes a number said exactly as exact: the old figure's 多 is not carried over", () => {
    // 陈静 in the console: 「学生人数写错了 是2300」 for 「受益学生二千多人」 was previewed as 2300多人.
    expect(planCorrection("受益学生二千多人", "学生人数写错了 是2300")).toMatchObject({
      from: "二千多人",
      to: "2300人",
    });
    // Said roughly, it stays rough; the unit is still the old one's.
    expect(planCorrection("受益学生二千多人", "是两千五百多")).toMatchObject({ to: "两千五百多人" });
    expect(planCorrection("培训农民五十人", "是60")).toMatchObject({ to: "60人" });
  });
});
