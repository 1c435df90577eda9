import { describe, expect, it } from "vitest";
import { differenceSaid } from "../src/conversation/difference-said.js";
import { getState } from "../src/conversation/state.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { updatesByStatus } from "./helpers/updates-by-status.js";

/**
 * dlg51: turns of a conversation read as a careful colleague would (own sentences, round fifty-one): a figure of a waiting
 * draft corrected by its difference only (「户数比刚才说的少了五户」), work reported for a colleague who is away
 * (「何婷出差了 我帮她报」), the duty roster asked about (「礼拜六排班有我没得」), 「我讲一句你记一句」.
 */
const { open } = appPerTest();
const NOW = "2026-12-22T10:00:00+08:00";

const updates = updatesByStatus;
const text = (r: Array<{ text: string }>) => r.map((x) => x.text).join(" / ");

describe("a figure corrected by its difference only", () => {
  it("「户数比刚才说的少了五户」 on the card: 五十一户 becomes 46户, shown old → new, then a yes stores one", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天在松滋八宝镇教农户稻田养虾 来了五十一户");
    const r = text(await app.say("sun-tp", "户数比刚才说的少了五户 有一户我记了两道"));
    expect(r).toContain("五十一户");
    expect(r).toContain("46户");
    await app.say("sun-tp", "对咧 存");
    const u = await updates(app, "sun-tp");
    expect(u.all).toHaveLength(1);
    expect(u.confirmed[0]?.normalizedText).toContain("46户");
  });

  it("「金额比刚才讲的多了二十万」: 八十万 becomes 100万", async () => {
    const app = await open({ now: NOW });
    await app.say("li-rd", "石首一家农机企业的研发项目今年拨了八十万");
    const r = text(await app.say("li-rd", "金额比刚才讲的多了二十万 漏了一笔"));
    expect(r).toContain("100万");
    expect((await updates(app, "li-rd")).all).toHaveLength(1);
  });

  it("held first (先莫存), then 「对过了 比刚才说的多了一百亩」: the figure changed, the draft not stored by its 对", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "洪湖一家农机合作社今天教农户用无人机飞防 飞了六百亩");
    await app.say("sun-tp", "先莫存 面积还要再对一道");
    const r = text(await app.say("sun-tp", "对过了 比刚才说的多了一百亩"));
    expect(r).toContain("700亩");
    expect((await updates(app, "sun-tp")).confirmed).toHaveLength(0);
  });

  it("an estimate (三十几户) is not worked out: no 「33几户」 written", () => {
    const drafts = [{ text: "今天在监利教农户种再生稻 来了三十几户" }];
    expect(differenceSaid("比刚才说的多三户 我漏了一个组", drafts, "shown")).toBeUndefined();
    expect(differenceSaid("比刚才说的多三户", [{ text: "来了三十户" }], "shown")?.said).toBe(
      "三十户改成33户",
    );
  });

  it("「比去年多了两成」 names no earlier message: a report of its own", async () => {
    const app = await open({ now: NOW });
    await app.say("li-rd", "石首一家农机企业的研发项目今年拨了八十万");
    await app.say("li-rd", "公安县企业研发投入三个亿 比去年多了两成");
    expect((await updates(app, "li-rd")).drafts).toHaveLength(2);
  });

  it("a difference with a new total said is the ordinary correction to the total", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天给监利几个村送了稻种六十袋");
    await app.say("sun-tp", "比刚才说的多了五袋 一共六十五袋");
    const u = await updates(app, "sun-tp");
    expect(u.all).toHaveLength(1);
  });
});

describe("work reported for a colleague who is away", () => {
  // Round 52 (proxy52, 代报): filed for the colleague — author the sender, reportedFor the colleague, their section.
  it("「何婷出差了 我帮她报 …」 is a 代报 draft for 何婷; 「那算了 等她回来自己报」 withdraws it", async () => {
    const app = await open({ now: NOW });
    const r = text(await app.say("chen-kp", "何婷出差了 我帮她报 江陵一家农机企业今天拿到了高企证书"));
    expect(r).toContain("代何婷填报");
    const [d] = (await updates(app, "chen-kp")).drafts;
    expect(d?.reportedFor).toBe("he-gq");
    await app.say("chen-kp", "那算了 等她回来自己报");
    expect((await updates(app, "chen-kp")).drafts).toHaveLength(0);
    expect((await updates(app, "chen-kp")).confirmed).toHaveLength(0);
  });

  it("confirmed for her, then 「那让她自己回来报」: withdrawn, the question closed", async () => {
    const app = await open({ now: NOW });
    await app.say("wang-ban", "小何下乡克了 我替她报一下：沙市一家水产企业的省级技术中心批下来了");
    await app.say("wang-ban", "对 是帮她报的");
    await app.say("wang-ban", "那让她自己回来报");
    expect((await getState(app.app.services.store, "wang-ban")).mode).not.toBe("ask-report");
    expect((await updates(app, "wang-ban")).confirmed).toHaveLength(0);
  });

  it("「小李下乡克了 我替他报一下：…」 (李明, away in the countryside) likewise: a 代报 draft for 李明", async () => {
    const app = await open({ now: NOW });
    const r = text(
      await app.say("sun-tp", "小李下乡克了 我替他报一下：洪湖两家企业的研发费用加计扣除今天批了"),
    );
    expect(r).toContain("代李明填报");
    const [d] = (await updates(app, "sun-tp")).drafts;
    expect(d?.reportedFor).toBe("li-rd");
    expect(d?.section).toBe("rd");
  });

  it("no colleague named (合作社的人出差了 我帮他们报): the sender's own report, as before", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "合作社的人出差了 我帮他们报 今天给松滋八宝镇送了插秧机八台");
    expect((await updates(app, "sun-tp")).drafts).toHaveLength(1);
  });
});

describe("one's own duty on a day asked about", () => {
  for (const asked of ["礼拜六排班有我没得", "周日轮不轮到我值班撒", "这个礼拜六值班表上有我冇"])
    it(`「${asked}」: the day answered, the roster not kept by the bot, nothing stored`, async () => {
      const app = await open({ now: NOW });
      const r = text(await app.say("chen-kp", asked));
      expect(r).toContain("值班排班表我这里没有");
      expect((await updates(app, "chen-kp")).all).toHaveLength(0);
    });

  it("「元旦值班表排好了 局领导每天带班」 is still a report of the office's work", async () => {
    const app = await open({ now: NOW });
    await app.say("wang-ban", "元旦值班表排好了 局领导每天带班");
    expect((await updates(app, "wang-ban")).all).toHaveLength(1);
  });
});

describe("「我讲一句你记一句」: a report said over several messages", () => {
  it("the lines are held and joined into one draft, none stored alone", async () => {
    const app = await open({ now: NOW });
    expect(text(await app.say("chen-kp", "我讲一句你记一句 莫一句一条"))).toContain("按四个问题来填报");
    await app.say("chen-kp", "在沙市区实验小学讲长江江豚保护");
    await app.say("chen-kp", "来了一百八十多个伢 发了两百本画册");
    expect((await updates(app, "chen-kp")).all).toHaveLength(0);
  });

  it("「领导讲一句我记一句」 is someone else speaking: not the guided way", async () => {
    const app = await open({ now: NOW });
    const r = text(await app.say("chen-kp", "今天开会领导讲一句我记一句 记了满满三页"));
    expect(r).not.toContain("按四个问题来填报");
  });
});
