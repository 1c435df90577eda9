import type { Clock, Reply } from "../conversation/types.js";
import type { Org } from "../domain/org.js";
import { addDays, isoWeek, localDateString, toLocal } from "../domain/period.js";
import { errorMessage } from "../errors.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import type { WorkingCalendar } from "./calendar.js";
import { checkCron, localToInstant, nextDuePlan, planWeek, previousWeek } from "./plan-week.js";
import { type ReminderCollections, openReminderCollections, roundKey } from "./reminder-records.js";
import { type RoundDeps, runDigestRound, runReminderRound } from "./run-rounds.js";
import { DEFAULT_MAX_ROUNDS, DEFAULT_RETRY } from "./send-once.js";
import { reminderEpoch } from "./first-start.js";

/**
 * The weekly scheduler. Stateless in memory: everything it must not forget (which rounds ran,
 * which messages went out) is in the store, so it is restart-safe and a second instance on the
 * same store sends nothing twice: a round is decided and run under the store's lock
 * `reminders:<kind>` (across replicas), and each message is claimed before it is sent.
 *
 * Each tick: for the current ISO week, if the reminder's due time (cron → time zone → working
 * calendar) has passed and the week's round has not run, run it once — on time, or late after
 * downtime (a single catch-up, never one per missed tick). If the round ran, only its failed
 * sends are retried. Same for the digest of last week. Late sends wait out quiet hours.
 * Between ticks it sleeps until the next due time, at most `maxSleepMs` (so failed sends are
 * retried and a changed wall clock is noticed).
 */
export interface Timer {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real timers, looked up at call time so test fake timers installed later still apply. */
export const realTimer: Timer = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SchedulerOptions {
  org: Org;
  store: Store;
  log: Logger;
  timezone: string;
  clock: Clock;
  deliver: (personId: string, reply: Reply) => Promise<void>;
  remindCron: string;
  digestCron: string;
  calendar: WorkingCalendar;
  timer?: Timer;
  retry?: { attempts: number; baseDelayMs: number };
  maxRounds?: number;
  /** Longest sleep between ticks; default one hour. */
  maxSleepMs?: number;
  /** A run later than this after its due time is a catch-up; default 10 minutes. */
  lateGraceMs?: number;
  /** Local hours during which catch-ups and retries wait; default 21:00–08:00. */
  quietHours?: { from: number; to: number };
}

export type JobAction =
  | "not-due"
  | "no-working-day"
  | "ran"
  | "ran-late"
  | "deferred-quiet"
  | "retried"
  | "done"
  /** Due before the bot kept this data directory: never caught up. */
  | "before-start";

export interface TickReport {
  at: Date;
  remind: { week: string; action: JobAction };
  digest: { week: string; action: JobAction };
}

export interface Scheduler {
  /** Runs a first tick (the catch-up) and arms the timer. */
  start(): Promise<void>;
  /** Disarms the timer and waits for a tick in progress. */
  stop(): Promise<void>;
  /** One pass, at the clock's current time. */
  tick(): Promise<TickReport>;
  /** When the timer will next fire (undefined when stopped). */
  nextWakeAt(): Date | undefined;
  /** Resolves once the tick in progress (if any) has finished and the timer is re-armed. */
  idle(): Promise<void>;
}

export function createScheduler(opts: SchedulerOptions): Scheduler {
  const tz = opts.timezone;
  const timer = opts.timer ?? realTimer;
  const maxSleep = opts.maxSleepMs ?? 3_600_000;
  const grace = opts.lateGraceMs ?? 600_000;
  const quiet = opts.quietHours ?? { from: 21, to: 8 };
  let collections: ReminderCollections | undefined;
  let epoch: Date | undefined;
  let handle: unknown;
  let wakeAt: Date | undefined;
  let stopped = true;
  let running: Promise<unknown> = Promise.resolve();
  let deferUntil: Date | undefined;

  const sleep = (ms: number) => new Promise<void>((resolve) => timer.setTimeout(resolve, ms));

  async function deps(): Promise<RoundDeps> {
    collections ??= await openReminderCollections(opts.store);
    return {
      org: opts.org,
      store: opts.store,
      log: opts.log,
      timezone: tz,
      now: () => opts.clock.now(),
      collections,
      deliver: opts.deliver,
      sleep,
      retry: opts.retry ?? DEFAULT_RETRY,
      maxRounds: opts.maxRounds ?? DEFAULT_MAX_ROUNDS,
      calendar: opts.calendar,
    };
  }

  function quietNow(now: Date): boolean {
    const h = toLocal(now, tz).hour;
    return quiet.from > quiet.to ? h >= quiet.from || h < quiet.to : h >= quiet.from && h < quiet.to;
  }

  function quietEnd(now: Date): Date {
    const l = toLocal(now, tz);
    const day = l.hour >= quiet.to ? addDays(l, 1) : l;
    return localToInstant(day, quiet.to, 0, tz);
  }

  async function runJob(kind: "remind" | "digest", now: Date): Promise<{ week: string; action: JobAction }> {
    const week = isoWeek(now, tz);
    const plan = planWeek(kind === "remind" ? opts.remindCron : opts.digestCron, week, tz, opts.calendar);
    const target = kind === "remind" ? week : previousWeek(week);
    if (!plan.due) return { week: target, action: plan.scheduled ? "no-working-day" : "not-due" };
    if (now.getTime() < plan.due.getTime()) return { week: target, action: "not-due" };
    const d = await deps();
    const late = now.getTime() - plan.due.getTime() > grace;
    const id = roundKey(kind, target);
    const ran = (await d.collections.rounds.get(id)) !== undefined;
    epoch ??= await reminderEpoch(opts.store, d.collections, now);
    if (!ran && plan.due.getTime() < epoch.getTime()) return { week: target, action: "before-start" };
    const retryable = (await d.collections.sends.list()).some(
      (s) => s.kind === kind && s.week === target && s.status === "failed",
    );
    if (ran && !retryable) return { week: target, action: "done" };
    if (late && quietNow(now)) {
      const until = quietEnd(now);
      if (!deferUntil || until < deferUntil) deferUntil = until;
      return { week: target, action: "deferred-quiet" };
    }
    const run = (onlyFailed: boolean) =>
      kind === "remind"
        ? runReminderRound(d, {
            week: target,
            now,
            dueDate: localDateString(plan.due!, tz),
            late,
            onlyFailed,
          })
        : runDigestRound(d, { week: target, now, late, onlyFailed });

    if (ran) {
      await run(true);
      return { week: target, action: "retried" };
    }
    const startedAt = now.toISOString();
    await d.collections.rounds.update(
      id,
      (cur) => cur ?? { id, kind, week: target, startedAt, late, sent: 0, failed: 0 },
    );
    if (late)
      opts.log.info(`catching up the ${kind} of ${target} after downtime`, { due: plan.due.toISOString() });
    const result = await run(false);
    const outcomes = [...result.outcomes.values()];
    const sent = outcomes.filter((o) => o === "sent").length;
    const failed = outcomes.filter((o) => o === "failed" || o === "gave-up").length;
    await d.collections.rounds.update(id, (cur) => ({
      ...(cur ?? { id, kind, week: target, startedAt, late }),
      finishedAt: opts.clock.now().toISOString(),
      sent,
      failed,
    }));
    opts.log.info(`${kind} round for ${target} done`, { sent, failed, late });
    return { week: target, action: late ? "ran-late" : "ran" };
  }

  async function tick(): Promise<TickReport> {
    const now = opts.clock.now();
    deferUntil = undefined;
    const safe = async (kind: "remind" | "digest") => {
      try {
        // One replica at a time decides and runs a round: the next sees it ran (the round
        // record) and that nothing failed, and leaves it alone. Each send is claimed as well.
        return await opts.store.withLock(`reminders:${kind}`, () => runJob(kind, now));
      } catch (e) {
        opts.log.error(`reminders: ${kind} tick failed`, { error: errorMessage(e) });
        return { week: isoWeek(now, tz), action: "not-due" as const };
      }
    };
    const remind = await safe("remind");
    const digest = await safe("digest");
    return { at: now, remind, digest };
  }

  function nextWake(now: Date): Date {
    const candidates = [now.getTime() + maxSleep];
    for (const cron of [opts.remindCron, opts.digestCron]) {
      const p = nextDuePlan(cron, now, tz, opts.calendar);
      if (p?.due) candidates.push(p.due.getTime());
    }
    if (deferUntil) candidates.push(deferUntil.getTime());
    return new Date(Math.max(now.getTime() + 1000, Math.min(...candidates)));
  }

  function arm(): void {
    if (stopped) return;
    const now = opts.clock.now();
    wakeAt = nextWake(now);
    handle = timer.setTimeout(() => {
      handle = undefined;
      running = tick().finally(arm);
    }, wakeAt.getTime() - now.getTime());
  }

  return {
    async start() {
      checkCron(opts.remindCron, tz);
      checkCron(opts.digestCron, tz);
      stopped = false;
      const first = tick();
      running = first;
      await first;
      arm();
    },
    async stop() {
      stopped = true;
      if (handle !== undefined) timer.clearTimeout(handle);
      handle = undefined;
      wakeAt = undefined;
      await running.catch(() => undefined);
    },
    tick: () => {
      const t = tick();
      running = t;
      return t;
    },
    nextWakeAt: () => wakeAt,
    idle: async () => {
      let seen: Promise<unknown> | undefined;
      while (seen !== running) {
        seen = running;
        await seen.catch(() => undefined);
      }
    },
  };
}
