import { describe, expect, it } from "vitest";
import { appPerTest } from "./helpers/app-per-test.js";

/**
 * 查数 asked as a lookup rather than with 多少 (「帮我查查专利数」「高企数量查一下」「科普讲座受众人次查一下」): the
 * material is looked up like 「专利今年多少件」 — the lookup words and the measure named (数量、人次) are no words of
 * the matter, so the reported figure is found. 「上半年科普讲座场次给我查下」 was taken for a report, and the
 * others were asked what they meant.
 */
const { open } = appPerTest();
const text = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");

describe("a leader asks to look a figure up", () => {
  it.each([
    ["帮我查查专利数", "12件"],
    ["专利数据给我找一下", "12件"],
    ["科普讲座受众人次查一下", "6000人次"],
    ["把科普讲座的场次查一下", "23场"],
  ])("「%s」 answers with the reported %s, who and when", async (said, figure) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "这个月科普讲座办了23场 受众6000人次");
    await t.say("chen-kp", "确认");
    await t.say("zhao-zh", "今年新增发明专利授权12件");
    await t.say("zhao-zh", "成果转化");
    await t.say("zhao-zh", "确认 1");
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain(figure);
    expect(out).toMatch(/陈静|赵丽/);
    expect(await t.app.services.store.listUpdates({ author: "zhou-ju" })).toHaveLength(0);
  });

  it("a lookup done (「查了一下专利数据 发现少报了两件」) is still a report", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    const out = text(await t.say("zhao-zh", "查了一下专利数据 发现少报了两件"));
    expect(out).not.toContain("报过这些数");
  });
});

/**
 * The section an update was filed in names its matter too: 陈静 is 科普's, so her 「发了300多份资料」 is 科普资料
 * although the word 科普 is not in it. 「科普资料数量查一下」 answered 「还没有人报过」 (round twenty-one's console
 * trial) while her figure was there.
 */
describe("the section an update is filed in counts toward what it is about", () => {
  it.each([
    ["科普资料数量查一下", "300多份"],
    ["科普资料今年发了多少份", "300多份"],
  ])("「%s」 finds 陈静's %s although her update never says 科普", async (said, figure) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "上周去城关镇赶集 摆了个摊 发了300多份资料");
    await t.say("chen-kp", "确认");
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain(figure);
    expect(out).toContain("陈静");
    expect(out).not.toContain("还没有人报过");
  });

  it("a matter of another section is not found in it: 「专利资料数量查一下」 does not answer with 科普's handouts", async () => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("chen-kp", "上周去城关镇赶集 摆了个摊 发了300多份资料");
    await t.say("chen-kp", "确认");
    const out = text(await t.say("zhou-ju", "专利资料数量查一下"));
    expect(out).not.toContain("300多份");
  });
});

/**
 * 「高企现在多少家」 (console trial, round twenty-six) answered about 「高企现在」 and listed every count of 何婷's
 * update, 省级企业技术中心新增2个 included: a time word (现在、目前、截至目前) is no word of the matter, and a total
 * said in the same clause as the best answer (总数到了41家) is of the same thing; another clause's count is not.
 */
describe("a total said beside the answer, a time word in the question", () => {
  it.each(["高企现在多少家", "截至目前高企有几家"])("「%s」", async (said) => {
    const t = await open({ now: "2026-11-20T10:00:00+08:00" });
    await t.say("he-gq", "今年新认定高新技术企业9家，总数到了41家；省级企业技术中心新增2个");
    await t.say("he-gq", "确认");
    const out = text(await t.say("zhou-ju", said));
    expect(out).toContain("「高企」");
    expect(out).toContain("9家");
    expect(out).toContain("41家");
    expect(out).not.toContain("2个");
  });
});
