import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { latestVersion } from "../src/drafting/draft-model.js";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { type FakeOpenAI, startFakeOpenAI } from "./fakes/fake-openai.js";
import { smartAnswer } from "./fixtures/drafting/smart-responder.js";
import { appPerTest } from "./helpers/app-per-test.js";
import type { TestApp } from "./helpers/test-app.js";

/**
 * A draft sent back with a reason (退回 意见) and regenerated, and 重写 with words, when no model is
 * configured: the offline drafter applies the small set it honestly can (去掉…, 突出…, 数字用阿拉伯
 * 数字, 把A改成B — never a figure) and says plainly what it could not (压缩, 补充材料…); a reply never
 * claims a change that did not happen. With a model, the comment goes to the model for the parts
 * it names. Own instructions, first sight: 0 of 8 followed or answered (the comment was ignored in
 * silence on regeneration; 重写 offline refused every instruction).
 */
const { open } = appPerTest();
const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
const api = (t: TestApp) => t.app.services.features.drafting as DraftingApi;

async function report(t: TestApp, who: string, text: string) {
  expect(all(await t.say(who, text)), text).toContain("请确认填报内容");
  expect(all(await t.say(who, "确认")), text).toContain("已确认");
}

async function year(env?: Record<string, string>): Promise<TestApp> {
  // Reported on different days, so the drafted order is the reporting order.
  const t = await open({ now: "2026-10-12T10:00:00+08:00", ...(env ? { env } : {}) });
  await report(t, "chen-kp", "科技活动周搞完了，当天来了1500名群众，发放科普资料1.2万份");
  t.setNow("2026-11-16T10:00:00+08:00");
  await report(t, "chen-kp", "科普进校园走了十二所学校，听讲学生三千二百人");
  await report(t, "li-rd", "高企认定了12家，帮企业争取省级项目资金一百二十五万元");
  t.setNow("2026-12-01T10:00:00+08:00");
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
  return t;
}

async function regenerate(t: TestApp): Promise<string> {
  await t.say("zhou-ju", "生成总结 2026");
  await api(t).whenIdle();
  return t.sent
    .filter((s) => s.personId === "zhou-ju")
    .map((s) => s.reply.text)
    .filter((x) => x.includes("已生成"))
    .at(-1) as string;
}

const versions = async (t: TestApp) => (await api(t).service.get({ year: 2026 }))?.versions.length;
const section3 = async (t: TestApp) =>
  all(await t.say("zhou-ju", "查看草稿 2026 （三）"))
    .split("\n")
    .filter((l) => /^\d\./u.test(l) || /│ \d\./u.test(l))
    .join("\n");

describe("退回 with a reason, then 生成总结, offline", () => {
  it("removes the phrase it was asked to, says it cannot shorten, and claims nothing else", async () => {
    const t = await year();
    const back = all(await t.say("zhou-ju", "退回 （三）不要写“当天”，压缩一下"));
    expect(back).toContain("会去掉「当天」：（三）1处");
    expect(back).toMatch(/做不到「压缩一下」：[^\n]*没有压缩/u);
    const reply = await regenerate(t);
    expect(reply).toContain("已去掉「当天」：（三）1处");
    expect(reply).toMatch(/没有做到「压缩一下」/u);
    const text = await section3(t);
    expect(text).not.toContain("当天");
    expect(text).toContain("1500名群众");
    expect(text).toContain("1.2万份");
  });

  it("puts the named work first, changes a wording, and never a figure", async () => {
    const t = await year();
    await t.say("zhou-ju", "退回 科普部分突出进校园；把“争取”改成“申请”；把1500改成1600");
    const reply = await regenerate(t);
    expect(reply).toContain("已写「进校园」的条目移到所在部分的最前面：（三）1条");
    expect(reply).toContain("已把「争取」改为「申请」：开头1处、（一）1处");
    expect(reply).toMatch(/没有做到「把1500改成1600」：草稿里的数字只来自填报材料/u);
    const text = await section3(t);
    expect(text.indexOf("进校园")).toBeLessThan(text.indexOf("科技活动周"));
    const full = all(await t.say("zhou-ju", "查看草稿 2026"))
      .split("\n")
      .filter((l) => !l.startsWith("退回意见"))
      .join("\n");
    expect(full).toContain("高新技术企业认定12家");
    expect(full).not.toContain("1600");
  });

  it("a reason it cannot follow at all: said once, at 退回 and on regeneration, and the text stays", async () => {
    const t = await year();
    const before = await section3(t);
    const back = all(await t.say("zhou-ju", "退回 问题写得太少，请各科室补充"));
    expect(back).toContain("不能按这条意见改写，所以不会变化");
    expect(back).toContain("「写得太少」「请各科室补充」：草稿只写填报过的内容");
    const reply = await regenerate(t);
    expect(reply).not.toMatch(/· 已/u);
    expect(await section3(t)).toBe(before);
  });
});

describe("重写 with words, offline", () => {
  it("applies what it can as a new version, and with nothing applicable saves nothing", async () => {
    const t = await year();
    const n = await versions(t);
    const done = all(await t.say("zhou-ju", "重写 （三） 去掉“当天”这个词"));
    expect(done).toContain("已按意见修改（三）科普宣传与培训（离线，v2）");
    expect(done).toContain("· 已去掉「当天」：（三）1处");
    expect(await versions(t)).toBe((n ?? 0) + 1);
    expect(all(await t.say("zhou-ju", "对比"))).toContain("［-当天］");

    const none = all(await t.say("zhou-ju", "重写 （三） 再精炼些，写得大气一点"));
    expect(none).toContain("没有生成新版本");
    expect(none).toMatch(/没有做到「再精炼些」：[^\n]*没有压缩/u);
    expect(none).not.toMatch(/· 已/u);
    expect(await versions(t)).toBe((n ?? 0) + 1);

    // A phrase the part does not have is said to be missing, not claimed removed.
    const absent = all(await t.say("zhou-ju", "重写 （三） 删掉“好消息”"));
    expect(absent).toContain("（三）里没有「好消息」这几个字");
    expect(absent).toContain("没有生成新版本");
  });

  it("a regeneration after such an edit says the edit is not kept", async () => {
    const t = await year();
    expect(all(await t.say("zhou-ju", "重写 （三） 突出进校园"))).toContain("已按意见修改");
    const reply = await regenerate(t);
    expect(reply).toContain("按意见「突出进校园」做的修改没有保留");
  });

  // Trial 6 (l14): regenerating after a 退回 dropped the leader's own 改写 of （四） and said so only
  // afterwards. First sight: the hand edit was lost in both cases below; after: kept unless named.
  it("a regeneration keeps the leader's own 改写 of a part, unless the return comment names that part", async () => {
    const t = await year();
    await t.say("zhou-ju", "改写 （一） 高新技术企业认定12家，帮助企业争取省级项目资金125万元。");
    await t.say("zhou-ju", "退回 问题写得太少");
    const reply = await regenerate(t);
    expect(reply).toContain("保留了（一）您改写的文字");
    expect(reply).not.toContain("没有保留");
    const one = all(await t.say("zhou-ju", "查看草稿 2026 （一）"));
    expect(one).toContain("高新技术企业认定12家，帮助企业争取省级项目资金125万元。");

    // The comment names （一）: it is drafted again from the material, and the reply says the edit went.
    await t.say("zhou-ju", "退回 （一）写得太散");
    expect(await regenerate(t)).toContain("（一）您改写的文字没有保留");
  });
});

describe("退回 with a reason, then 生成总结, with a model", () => {
  let fake: FakeOpenAI;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
    fake.setDefault((r) => smartAnswer(r));
  });
  afterAll(() => fake.close());

  it("the comment goes to the model for the part it names only, and the reply says so", async () => {
    const t = await year({ OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: "sk-test", LLM_MODEL: "qwen-plus" });
    const back = all(await t.say("zhou-ju", "退回 科普部分突出进校园"));
    expect(back).toContain("会把这条意见交给模型");
    const from = fake.requests.length;
    const reply = await regenerate(t);
    const sent = fake.requests.slice(from);
    const withComment = sent.filter((r) => r.text.includes("突出进校园"));
    expect(withComment).toHaveLength(1);
    expect(withComment[0]?.text).toContain("科普宣传与培训");
    expect(reply).toContain("已把意见交给模型重写了（三）（请核对）");
    const d = await api(t).service.get({ year: 2026 });
    expect(latestVersion(d!).review?.comment).toBe("科普部分突出进校园");
  });
});
