import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import { UpdateSchema } from "../src/domain/update.js";
import { buildDigest } from "../src/reminders/digest.js";
import { whoIsMissing } from "../src/reminders/who-is-missing.js";
import { appPerTest } from "./helpers/app-per-test.js";
import { makeUpdate } from "./helpers/make-update.js";

/**
 * Round fifty-two (proxy52): 代报 — 「孙磊下乡克了 我帮他报一下：…」 files the work for the roster colleague: author the
 * sender, `reportedFor` the colleague, the colleague's section; the card says so; confirmed, the colleague is told
 * through the outbox (a failed send said truly); lists mark it for both; the reminder and the digest count it for
 * the colleague. Own sentences (曲靖/昭通 云南话).
 */
const { open } = appPerTest();
const NOW = "2026-12-23T10:00:00+08:00";

async function filed(text = "孙磊下乡克了 我帮他报一下：他昨天在巧家教了二十几户种花椒") {
  const t = await open({ now: NOW });
  const card = await t.sayText("chen-kp", text);
  const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
  return { t, card, u };
}

describe("代报: work reported for a roster colleague", () => {
  it("is stored as a draft by the sender, for the colleague, in the colleague's section, the card saying so", async () => {
    const { card, u } = await filed();
    expect(u?.author).toBe("chen-kp");
    expect(u?.reportedFor).toBe("sun-tp");
    expect(u?.section).toBe("envoy");
    expect(u?.status).toBe("draft");
    expect(card).toContain("代孙磊填报 · 科技特派员与乡村振兴");
    expect(card).not.toContain("这条是替孙磊报的吗");
  });

  it("confirmed by a yes, tells the colleague through the outbox and says so", async () => {
    const { t } = await filed();
    const reply = await t.sayText("chen-kp", "是咯 记上嘛");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).toBe("confirmed");
    expect(reply).toContain("已通知孙磊");
    const told = t.sent.filter((s) => s.personId === "sun-tp");
    expect(told).toHaveLength(1);
    expect(told[0]!.reply.text).toContain("陈静替您填报了一条");
    expect(told[0]!.reply.text).toContain("巧家");
  });

  it("a failed notify is said truly: never 已通知", async () => {
    const { t } = await filed();
    t.app.services.outbox = {
      async sendToPerson() {
        throw new Error("network down");
      },
    };
    const reply = await t.sayText("chen-kp", "得了 存上");
    expect(reply).not.toContain("已通知");
    expect(reply).toContain("没有发出去");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).toBe("confirmed");
  });

  it("a colleague with two sections: the section named is taken when it is theirs, else asked", async () => {
    const named = await filed("何婷休假了 我替她报：项目这块 她帮陆良两家企业申报了省级科技项目");
    expect(named.u?.section).toBe("rd");
    expect(named.u?.reportedFor).toBe("he-gq");
  });

  it("a name not on the roster: asked in one line, nothing stored", async () => {
    const { card, u } = await filed("小张住院了 我替他报一下 宣威乡村振兴示范村建设推进了三个");
    expect(u).toBeUndefined();
    expect(card).toContain("名册里没有小张");
  });

  it("「算了 等他回来自己报」 drops the draft; 「不是 是我自己哩」 files it as the sender's own", async () => {
    const a = await filed();
    await a.t.sayText("chen-kp", "算了算了 等他回来自己报");
    expect((await a.t.app.services.store.listUpdates({ author: "chen-kp" }))[0]?.status).toBe("withdrawn");
    const b = await filed();
    await b.t.sayText("chen-kp", "不是 是我自己哩 记我名下");
    const [u] = await b.t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.reportedFor).toBeUndefined();
    expect(u?.section).toBe("popsci");
  });

  it("我的填报 marks it 「代孙磊填」 for the sender and 「陈静代填」 for the colleague", async () => {
    const { t } = await filed();
    await t.sayText("chen-kp", "是咯 记上嘛");
    expect(await t.sayText("chen-kp", "我的填报")).toContain("代孙磊填");
    const theirs = await t.sayText("sun-tp", "我的填报");
    expect(theirs).toContain("陈静代填");
    expect(theirs).toContain("巧家");
  });

  it("the colleague's 我的填报 counts this week's 代报 for their section (lead's console try: it said 「还没有已确认填报」)", async () => {
    const { t } = await filed();
    await t.sayText("chen-kp", "是咯 记上嘛");
    const theirs = await t.sayText("sun-tp", "我的填报");
    expect(theirs).not.toContain("本周还没有已确认填报的科室：「科技特派员与乡村振兴」");
    expect(theirs).toContain("本周您负责的科室已填报「科技特派员与乡村振兴」");
    // The sender's own section is not counted by what she filed for him.
    expect(await t.sayText("chen-kp", "我的填报")).toContain(
      "本周还没有已确认填报的科室：「科普宣传与培训」",
    );
  });
});

describe("a yes to the 代报 card that names the colleague (lead, after merging: blind writers' 「她那份也存上」 read as small talk)", () => {
  it.each([
    "他那份也存上",
    "替他记上嘛",
    "他喊我代报的 数对的 入了",
  ])("「%s」 confirms the 代报", async (yes) => {
    const { t } = await filed();
    await t.sayText("chen-kp", yes);
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).toBe("confirmed");
    expect(u?.reportedFor).toBe("sun-tp");
  });

  it.each(["他那条存上了没", "先别替他存"])("「%s」 confirms nothing", async (said) => {
    const { t } = await filed();
    await t.sayText("chen-kp", said);
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    expect(u?.status).toBe("draft");
  });
});

describe("代报 in the store, the reminder and the digest", () => {
  it("old records without reportedFor still load; new ones keep it", () => {
    const old = { ...makeUpdate({ author: "sun-tp", section: "envoy", seq: 1 }) } as Record<string, unknown>;
    delete old.reportedFor;
    expect(UpdateSchema.parse(old).reportedFor).toBeUndefined();
    expect(UpdateSchema.parse({ ...old, reportedFor: "sun-tp" }).reportedFor).toBe("sun-tp");
  });

  it("the weekly reminder does not ping the colleague for a week someone reported for them", () => {
    const org = parseOrg(
      JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../data/org.example.json"), "utf8")),
    );
    const u = makeUpdate({ author: "chen-kp", section: "envoy", date: "2025-11-19", reportedFor: "sun-tp" });
    const d = whoIsMissing({ org, week: u.week, updates: [u], prefs: () => undefined, dates: [] }).find(
      (x) => x.person.id === "sun-tp",
    )!;
    expect(d.ping).toBe(false);
    expect(d.verdict).toBe("reported");
  });

  it("the leaders' digest counts the colleague as reported, under their section", async () => {
    const { t } = await filed();
    await t.sayText("chen-kp", "是咯 记上嘛");
    const [u] = await t.app.services.store.listUpdates({ author: "chen-kp" });
    const digest = await buildDigest(t.app.services.org, t.app.services.store, u!.week);
    expect(digest.notReported.map((n) => n.person.id)).not.toContain("sun-tp");
    const envoy = digest.sections.find((s) => s.section.id === "envoy")!;
    expect(envoy.reporters.map((r) => r.person.id)).toEqual(["sun-tp"]);
  });
});
