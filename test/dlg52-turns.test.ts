import { afterEach, describe, expect, it } from "vitest";
import type { DraftingApi } from "../src/drafting/review-commands.js";
import { draftInReview } from "./helpers/draft-in-review.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { cleanTmpDirs } from "./helpers/tmp-dir.js";

/**
 * dlg52: turns of a conversation read by class, each with sentences of this round's own (孝感/黄冈 湖北话 among them):
 * a leader's 「删掉第2条」 while the draft is in review, a whole part asked to go, a question someone else asked told in
 * guided filling, the way of reporting named with the work said after it, and 收下 / 先这么存 as the yes to a card.
 */
let t: TestApp | undefined;
afterEach(async () => {
  await t?.app.close();
  t = undefined;
  cleanTmpDirs();
});

async function reviewing(): Promise<TestApp> {
  t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
  await t.say("chen-kp", "在孝感城区搞了科技活动周 开展活动七场 群众两千来人参加");
  await t.say("chen-kp", "确认");
  return draftInReview(t, "chen-kp", "在大悟县新建科普画廊三处 发放资料五百份");
}

async function draftVersions(app: TestApp): Promise<number | undefined> {
  const api = app.app.services.features.drafting as DraftingApi;
  return (await api.service.get({ year: 2025 }))?.versions.length;
}

describe("a leader's 「删掉第2条」 while the draft is in review", () => {
  it.each([
    "删掉第2条",
    "第二条不要",
    "把第2条删了吧",
  ])("「%s」 asks whether the draft part's item is meant", async (said) => {
    const app = await reviewing();
    const before = await draftVersions(app);
    const reply = await app.sayText("zhou-ju", said);
    expect(reply).toContain("您是要删掉草稿（三）的第 2 条");
    expect(reply).toContain("重写 （三） 删掉第2条");
    expect(reply).toContain("没有改动草稿");
    expect(reply).not.toContain("没有找到您的第 2 条填报");
    expect(await draftVersions(app)).toBe(before);
    const mine = await app.app.services.store.listUpdates({ author: "chen-kp" });
    expect(mine.every((u) => u.status === "confirmed")).toBe(true);
  });

  it("an item number no part has is said as such", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "删掉第9条");
    expect(reply).toContain("草稿里也没有哪一部分有第 9 条");
  });

  it("a staff member's 「删掉第2条」 is still about their own updates", async () => {
    const app = await reviewing();
    const reply = await app.sayText("sun-tp", "删掉第2条");
    expect(reply).toContain("没有找到您的第 2 条填报");
    expect(reply).not.toContain("草稿");
  });
});

describe("a whole part of the draft asked to go", () => {
  it("「把高企那块删了」 (no material): cannot, and 定稿 leaves it out", async () => {
    const app = await reviewing();
    const before = await draftVersions(app);
    const reply = await app.sayText("zhou-ju", "把高企那块删了");
    expect(reply).toContain("草稿不能整块删掉一个部分");
    expect(reply).toContain("定稿版不印没有填报材料的部分");
    expect(reply).not.toContain("没有按意见");
    expect(await draftVersions(app)).toBe(before);
  });

  it("「科普那部分不要了」 (with material): cannot, and what can be done instead", async () => {
    const app = await reviewing();
    const reply = await app.sayText("zhou-ju", "科普那部分不要了");
    expect(reply).toContain("草稿不能整块删掉一个部分");
    expect(reply).toContain("重写 （三） 把…那句删掉");
    expect(reply).toContain("改写 （三）");
    expect(reply).not.toContain("没有按意见");
  });
});

describe("in guided filling, a question someone else asked is material", () => {
  it.each([
    "有群众问明年还办不办",
    "好几个老板问补贴么时候到",
    "村主任问我们明年还来不来",
  ])("「%s」", async (said) => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("chen-kp", "你一句一句问我");
    await t.say("chen-kp", "在孝感董永公园搞了科普展览");
    await t.say("chen-kp", "摆了二十块展板");
    const reply = await t.sayText("chen-kp", said);
    expect(reply).not.toContain("这个问题我答不了");
    expect(reply).toContain("4/4");
  });

  it("a question to the bot is still one: 「你问我们今年培训了几场吗」 is no quote", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("chen-kp", "你一句一句问我");
    await t.say("chen-kp", "在孝感董永公园搞了科普展览");
    await t.say("chen-kp", "摆了二十块展板");
    expect(await t.sayText("chen-kp", "今天食堂有鱼面吗")).toContain("这个问题我答不了");
  });
});

describe("the way of reporting named, then the work said in the same message", () => {
  it.each([
    "语音转的 我说你记 今天在红安县七里坪镇看了十二个大棚",
    "我说你记 嗯 在罗田九资河镇教茶农修剪了八十亩茶园",
  ])("「%s」 is a report", async (said) => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const reply = await t.sayText("sun-tp", said);
    expect(reply).toContain("请确认填报内容");
    expect(reply).not.toContain("1/4");
  });

  it("「我说一句你记一句 莫一句一条」 still asks the questions", async () => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    expect(await t.sayText("sun-tp", "我说一句你记一句 莫一句一条")).toContain("1/4");
  });
});

describe("收下 / 先这么存 to the card: the yes", () => {
  it.each(["收下吧", "字都对 收下吧", "先这么存", "就这样存吧"])("「%s」", async (said) => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("sun-tp", "今天在黄梅县小池镇教果农剪枝 来了三十户");
    expect(await t.sayText("sun-tp", said)).toContain("已确认保存");
  });
});

describe("one message with two sections' material joined by 另外/还有 or 上午…下午", () => {
  async function sent(who: string, said: string) {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    const reply = await t.sayText(who, said);
    const mine = await t.app.services.store.listUpdates({ author: who });
    return { reply, sections: mine.sort((a, b) => a.seq - b.seq).map((u) => u.section) };
  }

  it("a piece in no section's words goes to the sender's other section, and the reply says so", async () => {
    const { reply, sections } = await sent(
      "zhao-zh",
      "团风县一家钢构企业跟武汉理工签了焊接工艺的技术转让合同 五十万 还有今年引进了两个焊接专家 发了补贴十万",
    );
    expect(sections).toEqual(["transfer", "talent"]);
    expect(reply).toContain("#1 没有说是哪个科室的工作");
    expect(reply).toContain("科室 1 科室名");
  });

  it("上午… 下午… from someone with two sections: a draft for each", async () => {
    const { sections } = await sent(
      "wang-ban",
      "上午支部过了组织生活 二十个党员参加 下午查了食堂的消防隐患 整改了两处",
    );
    expect(sections).toEqual(["party", "office"]);
  });

  it("both pieces of one section stay one update", async () => {
    const { sections } = await sent(
      "zhao-zh",
      "浠水一家企业的两项专利转让了 转让费二十万 另外还登记了技术合同三份",
    );
    expect(sections).toEqual(["transfer"]);
  });

  it("someone with one section: never split", async () => {
    const { sections } = await sent(
      "chen-kp",
      "上午在蕲春搞了科普讲座 来了六十人 另外发了艾灸宣传资料三百份",
    );
    expect(sections).toEqual(["popsci"]);
  });
});

describe("all the drafts said with 一把子, or named by their place before 这两个", () => {
  it.each([
    "九资河这两个一把子确认",
    "这两个一把子确认",
    "陶家河村这两条一起存了",
  ])("「%s」 confirms both", async (said) => {
    t = await makeTestApp({ now: "2025-12-10T10:00:00+08:00" });
    await t.say("sun-tp", "上午在九资河镇教茶农修剪茶园 来了三十户");
    await t.say("sun-tp", "下午在九资河镇讲了茶树防冻 来了二十户");
    expect(await t.sayText("sun-tp", said)).toContain("已确认 2 条");
  });
});
