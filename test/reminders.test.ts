import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseOrg } from "../src/domain/org.js";
import type { Update } from "../src/domain/update.js";
import { buildDigest, renderDigest } from "../src/reminders/digest.js";
import { remindersFeature } from "../src/reminders/feature.js";
import { parseLeave } from "../src/reminders/parse-leave.js";
import { runRemindCli } from "../src/reminders/remind-cli.js";
import { openReminderCollections, readPrefs } from "../src/reminders/reminder-records.js";
import { whoIsMissing } from "../src/reminders/who-is-missing.js";
import { makeUpdate } from "./helpers/make-update.js";
import { makeTestApp, type TestApp } from "./helpers/test-app.js";
import { useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const org = parseOrg(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../data/org.example.json"), "utf8")),
);
const u = (author: string, section: string, date: string, partial: Partial<Update> = {}) =>
  makeUpdate({ author, section, date, ...partial });

describe("who is missing", () => {
  const week = "2025-W47";
  const decide = (updates: Update[], extra: Partial<Parameters<typeof whoIsMissing>[0]> = {}) =>
    new Map(
      whoIsMissing({ org, week, updates, prefs: () => undefined, dates: ["2025-11-21"], ...extra }).map(
        (d) => [d.person.id, d],
      ),
    );

  it("pings a person when any one of their sections lacks a confirmed update from them, naming it", () => {
    const m = decide([u("zhao-zh", "transfer", "2025-11-18")]);
    const zhao = m.get("zhao-zh")!;
    expect(zhao.ping).toBe(true);
    expect(zhao.missing.map((s) => s.id)).toEqual(["talent"]);
    expect(zhao.reason).toContain("「科技人才与创新环境」尚无已确认的填报");
    expect(zhao.reason).toContain("「成果转化与知识产权」已填报");
  });

  it("counts 本周无进展, ignores drafts, withdrawn, other weeks and colleagues' reports", () => {
    const m = decide([
      u("chen-kp", "popsci", "2025-11-19", { noProgress: true }),
      u("sun-tp", "envoy", "2025-11-19", { status: "draft" }),
      u("xu-dj", "party", "2025-11-19", { status: "withdrawn" }),
      u("li-rd", "rd", "2025-11-12"),
      u("he-gq", "hitech", "2025-11-19"),
      u("li-rd", "rd", "2025-11-19"), // li-rd's rd does not count for he-gq's rd
    ]);
    expect(m.get("chen-kp")).toMatchObject({ ping: false, verdict: "reported" });
    expect(m.get("chen-kp")!.reason).toContain("本周无进展");
    expect(m.get("sun-tp")!.ping).toBe(true);
    expect(m.get("xu-dj")!.ping).toBe(true);
    expect(m.get("li-rd")!.ping).toBe(false);
    expect(m.get("he-gq")).toMatchObject({ ping: true, verdict: "missing" });
    expect(m.get("he-gq")!.missing.map((s) => s.id)).toEqual(["rd"]);
  });

  it("asks staff and admins with sections, never leaders; leave and snooze stop the ping, with reasons", () => {
    const m = decide([], {
      prefs: (id) =>
        id === "sun-tp"
          ? { id, leaves: [{ from: "2025-11-20", to: "2025-11-27", setAt: "" }], snoozedWeeks: [] }
          : id === "xu-dj"
            ? { id, leaves: [], snoozedWeeks: ["2025-W47"] }
            : undefined,
    });
    expect(m.get("zhou-ju")).toMatchObject({ ping: false, verdict: "not-asked" });
    expect(m.get("zhou-ju")!.reason).toBe("局领导不接收填报提醒");
    expect(m.get("wang-ban")).toMatchObject({ ping: true });
    expect(m.get("sun-tp")).toMatchObject({ ping: false, verdict: "on-leave" });
    expect(m.get("sun-tp")!.reason).toContain("2025-11-20 至 2025-11-27");
    expect(m.get("xu-dj")).toMatchObject({ ping: false, verdict: "snoozed" });
    expect([...m.values()].filter((d) => d.ping).map((d) => d.person.id)).toEqual([
      "wang-ban",
      "li-rd",
      "zhao-zh",
      "chen-kp",
      "he-gq",
    ]);
  });
});

describe("parsing leave dates", () => {
  const today = { year: 2025, month: 11, day: 10 };
  it.each([
    ["11-20 至 11-27", "2025-11-20", "2025-11-27"],
    ["2025-11-20 到 2025-11-27", "2025-11-20", "2025-11-27"],
    ["11月20日-11月27日", "2025-11-20", "2025-11-27"],
    ["11月20日至27日", "2025-11-20", "2025-11-27"],
    ["11.20~11.27", "2025-11-20", "2025-11-27"],
    ["１１-２０", "2025-11-20", "2025-11-20"],
    ["12-29 至 1-2", "2025-12-29", "2026-01-02"],
  ])("%s", (text, from, to) => {
    expect(parseLeave(text, today)).toEqual({ ok: true, from, to });
  });

  it("bounds a leave: at most 90 days, starting at most a year ahead", () => {
    expect(parseLeave("9999-01-01 至 9999-12-31", today)).toMatchObject({ ok: false });
    expect(parseLeave("9999-01-01 至 9999-12-31", today)).toMatchObject({
      error: expect.stringMatching(/最长 90 天.*共 365 天/),
    });
    expect(parseLeave("9999-01-01", today)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/太远/),
    });
    expect(parseLeave("2025-11-20 至 2026-02-17", today)).toMatchObject({ ok: true, to: "2026-02-17" });
    expect(parseLeave("2025-11-20 至 2026-02-18", today)).toMatchObject({ ok: false });
  });

  it("infers next year for dates well in the past, and rejects nonsense", () => {
    expect(parseLeave("1-3 至 1-5", { year: 2025, month: 12, day: 20 })).toEqual({
      ok: true,
      from: "2026-01-03",
      to: "2026-01-05",
    });
    expect(parseLeave("11-3 至 11-5", today)).toMatchObject({ ok: true, from: "2025-11-03" });
    expect(parseLeave("2-30", today)).toMatchObject({ ok: false });
    expect(parseLeave("下周", today)).toMatchObject({ ok: false });
    expect(parseLeave("2025-11-27 至 2025-11-20", today)).toMatchObject({
      ok: false,
      error: "结束日期早于开始日期",
    });
  });
});

describe("chat commands", () => {
  let t: TestApp;
  afterEach(async () => {
    await t.app.close();
  });

  it("本周无进展 records a confirmed no-progress update per missing own section, once", async () => {
    t = await makeTestApp({ now: "2025-11-20T10:00:00+08:00", features: [remindersFeature] });
    const store = t.app.services.store;
    await store.addUpdate(u("zhao-zh", "transfer", "2025-11-18"));
    expect(await t.sayText("zhao-zh", "本周无进展")).toContain("「科技人才与创新环境」无进展，算作已填报");
    const mine = await store.listUpdates({ author: "zhao-zh", week: "2025-W47", status: "confirmed" });
    const np = mine.find((x) => x.noProgress)!;
    expect(np).toMatchObject({ section: "talent", date: "2025-11-20", week: "2025-W47", source: "chat" });
    expect(np.seq).toBeGreaterThan(0);
    expect(np.history[0]).toMatchObject({ by: "zhao-zh", action: "confirmed" });
    expect(await t.sayText("zhao-zh", "/noprogress")).toContain("已经填报，无需再标记");
    expect(await store.listUpdates({ author: "zhao-zh", week: "2025-W47" })).toHaveLength(2);
  });

  it("the reminder's button counts for its week even when clicked the next Monday; older ones expire", async () => {
    t = await makeTestApp({ now: "2025-11-24T08:30:00+08:00", features: [remindersFeature] });
    expect(await t.sayText("sun-tp", "本周无进展 2025-W47", { fromButton: true })).toContain(
      "上周「科技特派员",
    );
    const rec = (await t.app.services.store.listUpdates({ author: "sun-tp" }))[0]!;
    expect(rec).toMatchObject({ week: "2025-W47", date: "2025-11-23", noProgress: true });
    expect(await t.sayText("sun-tp", "本周无进展 2025-W40")).toContain("已过期");
    expect(await t.sayText("zhou-ju", "本周无进展")).toContain("请注明科室");
    expect(await t.sayText("zhou-ju", "本周无进展 科普")).toContain("「科普宣传与培训」无进展");
  });

  it("下周提醒, 请假 and 取消请假 update the person's preferences", async () => {
    t = await makeTestApp({ now: "2025-11-19T10:00:00+08:00", features: [remindersFeature] });
    const { prefs } = await openReminderCollections(t.app.services.store);
    expect(await t.sayText("chen-kp", "下周提醒")).toContain("本周不再提醒");
    expect((await prefs.get("chen-kp"))?.snoozedWeeks).toEqual(["2025-W47"]);

    expect(await t.sayText("chen-kp", "请假 11-20 至 11-27")).toContain("2025-11-20 至 2025-11-27");
    expect(await t.sayText("chen-kp", "请假 11月25日-12月2日")).toContain("2025-11-25 至 2025-12-02");
    expect((await prefs.get("chen-kp"))?.leaves.map((l) => [l.from, l.to])).toEqual([
      ["2025-11-25", "2025-12-02"],
    ]);
    expect(await t.sayText("chen-kp", "请假")).toContain("已设置的请假：2025-11-25 至 2025-12-02");
    expect(await t.sayText("chen-kp", "请假 改天再说")).toContain("用法");
    // Days in words are resolved on the message's date (resolve-dates.ts).
    expect(await t.sayText("chen-kp", "请假 明天")).toContain("2025-11-20 至 2025-11-20");
    expect(await t.sayText("chen-kp", "请假 下周一到周三")).toContain("2025-11-24 至 2025-11-26");
    expect(await t.sayText("chen-kp", "取消请假")).toContain("已取消请假");
    expect((await prefs.get("chen-kp"))?.leaves).toEqual([]);
    expect(await t.sayText("chen-kp", "取消请假")).toContain("没有设置请假");
  });

  it("进度 is for leaders and shows this week so far; 进度 上周 shows last week", async () => {
    t = await makeTestApp({ now: "2025-11-19T10:00:00+08:00", features: [remindersFeature] });
    await t.app.services.store.addUpdates([
      u("li-rd", "rd", "2025-11-18"),
      u("sun-tp", "envoy", "2025-11-12"),
    ]);
    expect(await t.sayText("li-rd", "进度")).toContain("仅限局领导");
    const now = await t.say("zhou-ju", "进度");
    expect(now[0]!.text).toContain("本周截至目前填报情况（2025-W47");
    expect(now[0]!.text).toContain("（一）科技项目与研发投入：李明 1条");
    expect(now[0]!.card?.title).toContain("2025-W47");
    const last = await t.sayText("wang-ban", "/progress 上周");
    expect(last).toContain("上周填报情况（2025-W46");
    expect(last).toContain("孙磊 1条");
  });
});

describe("digest contents", () => {
  it("lists reporters by section, who did not report (with leave), silent sections and counts", async () => {
    const t = await makeTestApp({ now: "2025-11-24T09:00:00+08:00", features: [remindersFeature] });
    try {
      const store = t.app.services.store;
      await store.addUpdates([
        u("li-rd", "rd", "2025-11-18"),
        u("li-rd", "rd", "2025-11-19"),
        u("he-gq", "rd", "2025-11-19"),
        u("he-gq", "hitech", "2025-11-19", { noProgress: true }),
        u("chen-kp", "popsci", "2025-11-20", { noProgress: true }),
        u("zhao-zh", "transfer", "2025-11-20"),
        u("sun-tp", "envoy", "2025-08-01"), // material earlier this half-year
        u("xu-dj", "party", "2025-11-20", { status: "draft" }),
      ]);
      const { prefs } = await openReminderCollections(store);
      await prefs.put({
        id: "xu-dj",
        leaves: [{ from: "2025-11-20", to: "2025-11-21", setAt: "" }],
        snoozedWeeks: [],
      });
      const d = await buildDigest(org, store, "2025-W47", await readPrefs(prefs));
      expect(d.counts).toEqual({
        asked: 7,
        fullyReported: 3,
        updates: 4,
        noProgress: 2,
        sectionsWithMaterial: 2,
        sections: 8,
      });
      expect(d.notReported.map((n) => n.person.id)).toEqual(["wang-ban", "zhao-zh", "sun-tp", "xu-dj"]);
      expect(d.silentSections.map((s) => s.id)).toEqual(["popsci", "hitech", "talent", "party", "office"]);
      expect(d.period).toBe("2025年下半年");

      const text = renderDigest(d).text;
      expect(text).toContain("【上周填报情况（2025-W47，11月17日—11月23日）】");
      expect(text).toContain("应填报 7 人，已全部填报 3 人；已确认工作进展 4 条，「本周无进展」2 条");
      expect(text).toContain("（一）科技项目与研发投入：李明 2条、何婷 1条");
      expect(text).toContain("（三）科普宣传与培训：陈静（本周无进展）");
      expect(text).toContain("（七）党建与作风建设：暂无");
      expect(text).toContain("二、未填报（4人）");
      expect(text).toContain("赵丽：「科技人才与创新环境」（「成果转化与知识产权」已填报）");
      expect(text).toContain("徐芳：「党建与作风建设」（请假 2025-11-20 至 2025-11-21）");
      expect(text).toContain(
        "2025年下半年以来尚无材料：科普宣传与培训、高新技术企业与创新平台、科技人才与创新环境",
      );
    } finally {
      await t.app.close();
    }
  });
});

describe("remind CLI", () => {
  it("--dry-run says who would be pinged and why, and who not; a real run sends once", async () => {
    const t = await makeTestApp({ now: "2025-11-21T16:05:00+08:00", features: [remindersFeature] });
    try {
      await t.app.services.store.addUpdates([u("li-rd", "rd", "2025-11-18"), u("he-gq", "rd", "2025-11-18")]);
      const lines: string[] = [];
      await runRemindCli(t.app, { dryRun: true, now: "2025-04-04T10:00:00+08:00" }, (l) => lines.push(l));
      expect(lines[0]).toContain("2025-W14");
      expect(lines[0]).toContain("提前到 4月3日（周四）16:00");

      lines.length = 0;
      await runRemindCli(t.app, { dryRun: true }, (l) => lines.push(l));
      const out = lines.join("\n");
      expect(out).toContain("按计划于 11月21日（周五）16:00 发送");
      expect(out).toContain("会提醒  孙磊（农村科技科科长）：本周「科技特派员与乡村振兴」尚无已确认的填报");
      expect(out).toContain("不提醒  李明（项目科科长）：本周已填报「科技项目与研发投入」");
      expect(out).toContain("不提醒  周建国（局长）：局领导不接收填报提醒");
      expect(t.sent).toHaveLength(0);

      lines.length = 0;
      await runRemindCli(t.app, {}, (l) => lines.push(l));
      expect(t.sent.map((s) => s.personId).sort()).toEqual([
        "chen-kp",
        "he-gq",
        "sun-tp",
        "wang-ban",
        "xu-dj",
        "zhao-zh",
      ]);
      lines.length = 0;
      await runRemindCli(t.app, {}, (l) => lines.push(l));
      expect(t.sent).toHaveLength(6);
      expect(lines.join("\n")).toContain("不提醒  孙磊（农村科技科科长）：已提醒过");

      lines.length = 0;
      await runRemindCli(t.app, { digest: true, dryRun: true }, (l) => lines.push(l));
      expect(lines.join("\n")).toContain("会发送  周建国");
      expect(lines.join("\n")).toContain("【上周填报情况（2025-W46");
    } finally {
      await t.app.close();
    }
  });
});

describe("the feature's wiring", () => {
  it("starts the scheduler only when enabled and an outbox exists; the stopper stops it", async () => {
    const off = await makeTestApp({ env: { REMINDERS_ENABLED: "false" }, features: [remindersFeature] });
    try {
      expect(remindersFeature.start?.(off.app)).toBeUndefined();
    } finally {
      await off.app.close();
    }
    const on = await makeTestApp({ now: "2025-11-19T10:00:00+08:00", features: [remindersFeature] });
    try {
      const stop = remindersFeature.start?.(on.app);
      expect(typeof stop).toBe("function");
      await stop?.();
    } finally {
      await on.app.close();
    }
  });

  it("registers `remind` with --dry-run, --now and --digest", async () => {
    const { Command } = await import("commander");
    const program = new Command();
    remindersFeature.registerCli?.(program, async () => {
      throw new Error("not opened in this test");
    });
    const remind = program.commands.find((c) => c.name() === "remind")!;
    expect(remind.options.map((o) => o.long)).toEqual(["--dry-run", "--now", "--digest"]);
  });

  it("rejects a malformed cron at install time", async () => {
    await expect(
      makeTestApp({ env: { REMIND_CRON: "every friday" }, features: [remindersFeature] }),
    ).rejects.toThrow(/REMIND_CRON|cron/);
  });
});
