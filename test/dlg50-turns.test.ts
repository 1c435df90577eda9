import { describe, expect, it } from "vitest";
import { keptPointedAsked } from "../src/conversation/stored-asked.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { updatesByStatus } from "./helpers/updates-by-status.js";

/**
 * dlg50: turns of a conversation read as a careful colleague would (own sentences, round fifty): a report's first half
 * sent alone joined by the next message into one draft; 「金额写错了 先撤回来」 on a card withdraws it; 「对着嘞 存起来啵」
 * confirms; 「放郑主任那块」 answers the section question when the draft's words say which of that colleague's sections;
 * 「先冇存 乡里还要再点一道」 holds the draft, so the yes to its fix does not store it.
 */
const { open } = appPerTest();
const NOW = "2026-12-22T10:00:00+08:00";

const updates = updatesByStatus;

describe("a report's first half sent alone", () => {
  it("the next message joins the half into one draft, and a yes stores one", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "上午在横峰县葛源镇");
    await app.say("sun-tp", "下午在姚家乡 教农户种葛根 培训了52人");
    const u = await updates(app, "sun-tp");
    expect(u.drafts).toHaveLength(1);
    expect(u.drafts[0]?.normalizedText).toContain("葛源镇");
    expect(u.drafts[0]?.normalizedText).toContain("姚家乡");
    await app.say("sun-tp", "存");
    expect((await updates(app, "sun-tp")).confirmed).toHaveLength(1);
  });

  it("「早上去了弋阳县漆工镇」 is a first half too, the work joined to it", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "早上去了弋阳县漆工镇");
    await app.say("sun-tp", "帮漆器合作社看了新买的烘干设备 教了九个社员");
    const u = await updates(app, "sun-tp");
    expect(u.drafts).toHaveLength(1);
    expect(u.drafts[0]?.normalizedText).toContain("漆工镇");
    expect(u.drafts[0]?.normalizedText).toContain("烘干设备");
  });

  it("「上昼在铅山县稼轩乡」 (赣 上昼: morning) is a first half as well", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "上昼在铅山县稼轩乡");
    await app.say("sun-tp", "教种植户给红芽芋覆膜 来了二十几户");
    const u = await updates(app, "sun-tp");
    expect(u.drafts).toHaveLength(1);
    expect(u.drafts[0]?.normalizedText).toContain("稼轩乡");
  });

  it("a half followed by something that is no report stays as it was", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "上午在横峰县葛源镇");
    await app.say("sun-tp", "我的填报");
    expect((await updates(app, "sun-tp")).drafts).toHaveLength(1);
  });
});

describe("withdrawing the card said with why", () => {
  it.each([
    "金额写错了 先撤回来",
    "人数不对嘞 先撤下来",
    "数字搞错了 先撤掉",
  ])("「%s」 withdraws the card", async (said) => {
    const app = await open({ now: NOW });
    await app.say("li-rd", "万年县一家贡米加工企业今年研发投入三百二十万");
    await app.say("li-rd", said);
    const u = await updates(app, "li-rd");
    expect(u.withdrawn).toHaveLength(1);
    expect(u.drafts).toHaveLength(0);
  });
});

describe("a yes with the storing said", () => {
  it.each([
    "对着嘞 存",
    "么麻达 存上",
    "没毛病 存起来",
    "存起来啵",
    "冇问题 存啵",
  ])("「%s」 confirms the card", async (said) => {
    const app = await open({ now: NOW });
    await app.say("xu-dj", "上午组织党员到葛源列宁公园学习 去了十九个人");
    await app.say("xu-dj", said);
    expect((await updates(app, "xu-dj")).confirmed).toHaveLength(1);
  });
});

describe("the section question answered with a colleague called by title", () => {
  it("「放王主任那块」: of 王主任's two sections, the one the draft's words are about", async () => {
    const app = await open({ now: NOW });
    await app.say("chen-kp", "今天在广信区一个小区教居民用灭火器 查了消防隐患九处");
    const reply = await app.sayText("chen-kp", "放王主任那块");
    const u = await updates(app, "chen-kp");
    expect(u.drafts[0]?.section, reply).toBe("office");
  });
});

describe("a held draft, its fix, then a plain yes", () => {
  it.each([
    "先冇存 乡里还要再点一道",
    "等下子 村会计还在清点",
    "先莫存 证书还冇发下来",
  ])("「%s」 holds the draft: the yes to the fix does not store it", async (hold) => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天给横峰县几家葛粉厂送了温湿度计八十个");
    const held = await app.sayText("sun-tp", hold);
    await app.say("sun-tp", "点好了 比刚才讲的少六个 是七十四个");
    await app.say("sun-tp", "是的");
    const u = await updates(app, "sun-tp");
    expect(u.confirmed, held).toHaveLength(0);
    expect(u.drafts[0]?.normalizedText).toContain("七十四个");
  });
});

describe("a forward named 「X的消息：」", () => {
  it("a leader's 「转发 孙磊的消息：…」 is that colleague's report, filed in his section", async () => {
    const app = await open({ now: NOW });
    await app.say("lin-fen", "转发 孙磊的消息：今年在铅山推广红芽芋脱毒种苗三百亩 带动农户六十户");
    const u = await updates(app, "lin-fen");
    expect(u.drafts).toHaveLength(1);
    expect(u.drafts[0]?.section).toBe("envoy");
  });
});

describe("「那条给存进去了」 (西南官话 给-question)", () => {
  it.each([
    "刚才那条给记上了",
    "上午报的那个给存进去了",
    "先头那条给存上了",
  ])("「%s」 asks whether it was stored", (said) => {
    expect(keptPointedAsked(said)).toBe(true);
  });
  it("「那条给他存上了」 is no such question", () => {
    expect(keptPointedAsked("那条给他存上了")).toBe(false);
  });
});

describe("a fix said as the difference and then the total", () => {
  it("「清点完了 多出来五十 一共850袋」 on a held card changes the figure to the total", async () => {
    const app = await open({ now: NOW });
    await app.say("sun-tp", "今天给姚家乡送了有机肥800袋");
    await app.say("sun-tp", "等下子 村会计还在清点");
    const fixed = await app.sayText("sun-tp", "清点完了 多出来五十 一共850袋");
    await app.say("sun-tp", "对的");
    const u = await updates(app, "sun-tp");
    expect(u.all, fixed).toHaveLength(1);
    expect(u.drafts[0]?.normalizedText, fixed).toContain("850袋");
    expect(u.drafts[0]?.normalizedText).not.toContain("800袋");
  });
});
