import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Reply } from "../src/conversation/types.js";
import { parseOrg } from "../src/domain/org.js";
import type { Update } from "../src/domain/update.js";
import { createLogger } from "../src/log.js";
import { createChinaCalendar } from "../src/reminders/calendar.js";
import { openReminderCollections } from "../src/reminders/reminder-records.js";
import {
  createScheduler,
  type Scheduler,
  type SchedulerOptions,
  type Timer,
} from "../src/reminders/scheduler.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/types.js";
import { makeUpdate } from "./helpers/make-update.js";
import { makeTmpDir, useTmpDirs } from "./helpers/tmp-dir.js";

useTmpDirs();

const org = parseOrg(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../data/org.example.json"), "utf8")),
);
const calendar = createChinaCalendar();
const REMINDER_TITLE = "本周工作进展填报提醒";

interface Sent {
  personId: string;
  reply: Reply;
  at: string;
}

/** A transport stand-in: records what it delivers, and can fail a person's first N sends. */
function fakeOutbox(failFirst: Record<string, number> = {}) {
  const sent: Sent[] = [];
  const failures: string[] = [];
  return {
    sent,
    failures,
    reminders: () => sent.filter((s) => s.reply.card?.title === REMINDER_TITLE),
    digests: () => sent.filter((s) => s.reply.card?.title.includes("填报情况")),
    deliver: async (personId: string, reply: Reply) => {
      if ((failFirst[personId] ?? 0) > 0) {
        failFirst[personId] = (failFirst[personId] ?? 0) - 1;
        failures.push(personId);
        throw new Error("feishu 230020: rate limited");
      }
      sent.push({ personId, reply, at: new Date().toISOString() });
    },
  };
}

let store: Store;
let dataDir: string;
let logLines: string[];

interface Running {
  s: Scheduler;
  /** The scheduler's own fake-timer handles still pending, with their due times. */
  pending: Map<unknown, number>;
}
const running: Running[] = [];

/** Wraps the (fake) global timers so the test knows which of a scheduler's timers are pending. */
function trackedTimer(pending: Map<unknown, number>): Timer {
  return {
    setTimeout(fn, ms) {
      const h = setTimeout(() => {
        pending.delete(h);
        fn();
      }, ms);
      pending.set(h, Date.now() + ms);
      return h;
    },
    clearTimeout(h) {
      pending.delete(h);
      clearTimeout(h as ReturnType<typeof setTimeout>);
    },
  };
}

function makeScheduler(
  outbox: ReturnType<typeof fakeOutbox>,
  extra: Partial<SchedulerOptions> = {},
): Scheduler {
  const pending = new Map<unknown, number>();
  const s = createScheduler({
    org,
    store,
    log: createLogger({ level: "debug", sink: (l) => logLines.push(l) }),
    timezone: "Asia/Shanghai",
    clock: { now: () => new Date() },
    deliver: outbox.deliver,
    remindCron: "0 16 * * 5",
    digestCron: "0 9 * * 1",
    calendar,
    retry: { attempts: 3, baseDelayMs: 1000 },
    timer: trackedTimer(pending),
    ...extra,
  });
  running.push({ s, pending });
  return s;
}

/**
 * Wait until every scheduler is idle. Real I/O (the store's file writes) is given real event-loop
 * turns; fake time moves only when every busy scheduler is waiting on a timer of its own (a
 * retry backoff), and then exactly to that timer.
 */
async function settle(list: Running[] = running): Promise<void> {
  const state = list.map((r) => ({ r, done: false }));
  for (const x of state) {
    void x.r.s.idle().then(() => {
      x.done = true;
    });
  }
  const deadline = performance.now() + 20_000;
  for (let i = 0; performance.now() < deadline; i++) {
    await new Promise((r) => setImmediate(r));
    const busy = state.filter((x) => !x.done);
    if (busy.length === 0) return;
    if (i % 10 === 9 && busy.every((x) => x.r.pending.size > 0)) {
      const next = Math.min(...busy.flatMap((x) => [...x.r.pending.values()]));
      await vi.advanceTimersByTimeAsync(Math.max(0, next - Date.now()));
    }
  }
  throw new Error("scheduler did not settle");
}

async function start(s: Scheduler): Promise<void> {
  const p = s.start();
  await settle();
  await p;
}

/** Advance the fake clock to `iso`, firing every scheduler wake-up on the way. */
async function advanceTo(iso: string, list: Running[] = running): Promise<void> {
  const end = new Date(iso).getTime();
  await settle(list);
  for (;;) {
    const wakes = list.map((r) => r.s.nextWakeAt()?.getTime()).filter((t): t is number => t !== undefined);
    const wake = wakes.length > 0 ? Math.min(...wakes) : Number.POSITIVE_INFINITY;
    if (wake > end) {
      await vi.advanceTimersByTimeAsync(Math.max(0, end - Date.now()));
      await settle(list);
      return;
    }
    await vi.advanceTimersByTimeAsync(Math.max(0, wake - Date.now()));
    await settle(list);
  }
}

function update(author: string, section: string, date: string, partial: Partial<Update> = {}): Update {
  return makeUpdate({ author, section, date, ...partial });
}

/** Week 2025-W47 (17–23 Nov): who has reported what by Friday. */
async function seedWeek47(): Promise<void> {
  await store.addUpdates([
    update("li-rd", "rd", "2025-11-18"),
    update("he-gq", "hitech", "2025-11-18"),
    update("he-gq", "rd", "2025-11-19"),
    update("zhao-zh", "transfer", "2025-11-19"), // talent still missing
    update("chen-kp", "popsci", "2025-11-20", { noProgress: true, items: [], figures: [] }),
    update("xu-dj", "party", "2025-11-20", { status: "draft" }), // a draft does not count
    update("sun-tp", "envoy", "2025-11-10"), // last week's does not count
  ]);
}

const MISSING_W47 = ["sun-tp", "wang-ban", "xu-dj", "zhao-zh"];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
  vi.setSystemTime(new Date("2025-11-17T10:00:00+08:00"));
  logLines = [];
  dataDir = makeTmpDir("zongjie-rem-");
  store = await openStore(dataDir, { backups: 0, log: () => {} });
});

afterEach(async () => {
  for (const r of running.splice(0)) await r.s.stop();
  await store.close();
  vi.useRealTimers();
});

describe("weekly reminder round", () => {
  it("pings only people missing a section, on Friday 16:00, once; 无进展 counts", async () => {
    await seedWeek47();
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2025-11-21T15:59:00+08:00");
    expect(out.reminders()).toHaveLength(0);

    await advanceTo("2025-11-21T16:00:00+08:00");
    const pinged = out.reminders();
    expect(pinged.map((p) => p.personId).sort()).toEqual(MISSING_W47);
    expect(new Set(pinged.map((p) => p.at))).toEqual(
      new Set([new Date("2025-11-21T16:00:00+08:00").toISOString()]),
    );

    const zhao = pinged.find((p) => p.personId === "zhao-zh")!.reply;
    expect(zhao.text).toContain("「科技人才与创新环境」");
    expect(zhao.text).not.toContain("成果转化");
    expect(zhao.card?.buttons?.map((b) => [b.label, b.command])).toEqual([
      ["填报", "填报"],
      ["本周无进展", "本周无进展 2025-W47"],
    ]);
    const wang = pinged.find((p) => p.personId === "wang-ban")!.reply;
    expect(wang.text).toContain("「党建与作风建设」、「综合管理与安全生产」"); // roster order

    await advanceTo("2025-11-23T23:00:00+08:00");
    expect(out.reminders()).toHaveLength(4);
  });

  it("moves a holiday Friday's reminder to Thursday (清明 2025-04-04)", async () => {
    vi.setSystemTime(new Date("2025-03-31T10:00:00+08:00"));
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2025-04-03T15:59:00+08:00");
    expect(out.reminders()).toHaveLength(0);
    await advanceTo("2025-04-06T23:00:00+08:00");
    const at = new Set(out.reminders().map((r) => r.at));
    expect(at).toEqual(new Set([new Date("2025-04-03T16:00:00+08:00").toISOString()]));
    expect(out.reminders()).toHaveLength(7); // nobody reported: six staff and the admin
  });

  it("sends on a 调休 Saturday when Monday–Friday are holidays (2023-10-07)", async () => {
    vi.setSystemTime(new Date("2023-10-02T10:00:00+08:00"));
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2023-10-08T23:00:00+08:00");
    expect(new Set(out.reminders().map((r) => r.at))).toEqual(
      new Set([new Date("2023-10-07T16:00:00+08:00").toISOString()]),
    );
  });

  it("skips a week with no working day (Spring Festival 2026-W08)", async () => {
    vi.setSystemTime(new Date("2026-02-16T10:00:00+08:00"));
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2026-02-22T23:59:00+08:00");
    expect(out.reminders()).toHaveLength(0);
    await advanceTo("2026-02-27T16:00:00+08:00");
    expect(out.reminders().length).toBeGreaterThan(0);
  });

  it("does not ping people on leave or who snoozed the week", async () => {
    await seedWeek47();
    const { prefs } = await openReminderCollections(store);
    const setAt = new Date().toISOString();
    await prefs.put({
      id: "sun-tp",
      leaves: [{ from: "2025-11-20", to: "2025-11-27", setAt }],
      snoozedWeeks: [],
    });
    await prefs.put({ id: "xu-dj", leaves: [], snoozedWeeks: ["2025-W47"] });
    await prefs.put({
      id: "zhao-zh",
      leaves: [{ from: "2025-11-10", to: "2025-11-19", setAt }],
      snoozedWeeks: ["2025-W46"],
    });
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2025-11-21T16:00:00+08:00");
    expect(
      out
        .reminders()
        .map((r) => r.personId)
        .sort(),
    ).toEqual(["wang-ban", "zhao-zh"]);
  });
});

describe("restart safety and idempotence", () => {
  it("never pings twice across a restart", async () => {
    await seedWeek47();
    const out = fakeOutbox();
    const first = makeScheduler(out);
    await start(first);
    await advanceTo("2025-11-21T16:00:00+08:00");
    expect(out.reminders()).toHaveLength(4);
    await first.stop();
    running.splice(0);
    await store.close();

    vi.setSystemTime(new Date("2025-11-21T16:30:00+08:00"));
    store = await openStore(dataDir, { backups: 0, log: () => {} });
    const second = makeScheduler(out);
    await start(second);
    await advanceTo("2025-11-23T23:00:00+08:00");
    expect(out.reminders()).toHaveLength(4);
  });

  it("two instances on the same store send each reminder once", async () => {
    await seedWeek47();
    const out = fakeOutbox();
    const a = makeScheduler(out);
    const b = makeScheduler(out);
    await Promise.all([start(a), start(b)]);
    await advanceTo("2025-11-21T16:00:00+08:00");
    await advanceTo("2025-11-21T20:00:00+08:00");
    expect(
      out
        .reminders()
        .map((r) => r.personId)
        .sort(),
    ).toEqual(MISSING_W47);
    expect(out.digests()).toHaveLength(3); // Monday's catch-up digest, once per leader
  });

  it("after downtime sends the missed reminder once, late, not once per missed tick", async () => {
    await seedWeek47();
    vi.setSystemTime(new Date("2025-11-22T10:00:00+08:00")); // down since before Friday 16:00
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    expect(
      out
        .reminders()
        .map((r) => r.personId)
        .sort(),
    ).toEqual(MISSING_W47);
    expect(new Set(out.reminders().map((r) => r.at))).toEqual(new Set([new Date().toISOString()]));
    await advanceTo("2025-11-23T23:00:00+08:00");
    expect(out.reminders()).toHaveLength(4);
    const { rounds } = await openReminderCollections(store);
    expect((await rounds.get("remind:2025-W47"))?.late).toBe(true);
    expect(logLines.some((l) => l.includes("catching up the remind of 2025-W47"))).toBe(true);
  });

  it("waits out the night before a late catch-up, and drops a reminder whose week is over", async () => {
    await seedWeek47();
    vi.setSystemTime(new Date("2025-11-21T23:30:00+08:00"));
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    expect(out.reminders()).toHaveLength(0);
    await advanceTo("2025-11-22T07:59:00+08:00");
    expect(out.reminders()).toHaveLength(0);
    await advanceTo("2025-11-22T08:00:00+08:00");
    expect(out.reminders()).toHaveLength(4);

    // A fresh data directory, started only on the next Monday: last week's reminder is not sent.
    await s.stop();
    running.splice(0);
    await store.close();
    store = await openStore(makeTmpDir("zongjie-rem-"), { backups: 0, log: () => {} });
    await seedWeek47();
    vi.setSystemTime(new Date("2025-11-24T10:00:00+08:00"));
    const later = fakeOutbox();
    await start(makeScheduler(later));
    expect(later.reminders()).toHaveLength(0);
    expect(later.digests()).toHaveLength(3);
  });

  it("retries a failed send with backoff, logs it, and retries a round that failed on the next tick", async () => {
    await seedWeek47();
    const out = fakeOutbox({ "sun-tp": 4, "xu-dj": 1 }); // sun-tp fails a whole round (3 attempts) + 1
    const s = makeScheduler(out);
    await start(s);
    await advanceTo("2025-11-21T16:01:00+08:00");
    expect(
      out
        .reminders()
        .map((r) => r.personId)
        .sort(),
    ).toEqual(["wang-ban", "xu-dj", "zhao-zh"]);
    const { sends } = await openReminderCollections(store);
    expect(await sends.get("remind:sun-tp:2025-W47")).toMatchObject({ status: "failed", attempts: 3 });
    expect(logLines.some((l) => l.includes("ERROR") && l.includes("will retry on the next tick"))).toBe(true);

    await advanceTo("2025-11-21T18:00:00+08:00");
    expect(out.reminders().filter((r) => r.personId === "sun-tp")).toHaveLength(1);
    expect(await sends.get("remind:sun-tp:2025-W47")).toMatchObject({
      status: "sent",
      attempts: 5,
      rounds: 2,
    });
    expect(out.reminders()).toHaveLength(4);
  });

  it("gives up after the last round, never marking a failed send as sent", async () => {
    await seedWeek47();
    const out = fakeOutbox({ "sun-tp": 1000 });
    const s = makeScheduler(out, { maxRounds: 2 });
    await start(s);
    await advanceTo("2025-11-23T23:00:00+08:00");
    const { sends } = await openReminderCollections(store);
    expect(await sends.get("remind:sun-tp:2025-W47")).toMatchObject({
      status: "gave-up",
      rounds: 2,
      attempts: 6,
    });
    expect(out.failures.filter((p) => p === "sun-tp")).toHaveLength(6);
    expect(logLines.some((l) => l.includes("giving up"))).toBe(true);
  });
});

describe("first start on an empty data directory", () => {
  it("sends no catch-up for weeks before the directory existed, but catches up after later downtime", async () => {
    vi.setSystemTime(new Date("2025-11-19T10:00:00+08:00")); // Wednesday of W47; W46's digest was due Monday
    const out = fakeOutbox();
    const first = makeScheduler(out);
    const report = await first.tick();
    expect(report.digest).toEqual({ week: "2025-W46", action: "before-start" });
    await start(first);
    expect(out.sent).toHaveLength(0);
    expect(logLines.some((l) => l.includes("catching up"))).toBe(false);
    await advanceTo("2025-11-21T16:00:00+08:00");
    expect(out.reminders().length).toBeGreaterThan(0);
    expect(out.reminders().every((r) => r.reply.text.includes("11月17日"))).toBe(true);

    // Down over the weekend and Monday morning: W47's digest is caught up (the directory existed).
    await first.stop();
    running.splice(0);
    vi.setSystemTime(new Date("2025-11-24T11:00:00+08:00"));
    const after = fakeOutbox();
    await start(makeScheduler(after));
    expect(after.digests().length).toBeGreaterThan(0);
    expect(logLines.some((l) => l.includes("catching up the digest of 2025-W47"))).toBe(true);
  });
});

describe("leaders' digest", () => {
  it("goes to leaders on Monday 09:00 about last week", async () => {
    await seedWeek47();
    vi.setSystemTime(new Date("2025-11-23T20:00:00+08:00"));
    const out = fakeOutbox();
    const s = makeScheduler(out);
    await start(s);
    out.sent.splice(0); // the W46 catch-up digest and the W47 reminder, sent at start
    await advanceTo("2025-11-24T08:59:00+08:00");
    expect(out.digests()).toHaveLength(0);
    await advanceTo("2025-11-24T09:00:00+08:00");
    const digests = out.digests();
    expect(digests.map((d) => d.personId).sort()).toEqual(["lin-fen", "wang-ban", "zhou-ju"]);
    const text = digests[0]!.reply.text;
    expect(text).toContain("2025-W47");
    expect(text).toContain("应填报 7 人，已全部填报 3 人");
    expect(text).toContain("孙磊：「科技特派员与乡村振兴」");
  });
});
