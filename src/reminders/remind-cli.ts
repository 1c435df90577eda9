import type { App } from "../app.js";
import type { Reply } from "../conversation/types.js";
import { isoWeek, localDateString } from "../domain/period.js";
import { AppError } from "../errors.js";
import { type WorkingCalendar, createChinaCalendar } from "./calendar.js";
import { buildDigest, renderDigest } from "./digest.js";
import { describeInstant, planWeek, previousWeek, weekLabel } from "./plan-week.js";
import { openReminderCollections, readPrefs, sendKey } from "./reminder-records.js";
import {
  type RoundDeps,
  decideReminders,
  digestRecipients,
  runDigestRound,
  runReminderRound,
} from "./run-rounds.js";
import { DEFAULT_MAX_ROUNDS, DEFAULT_RETRY } from "./send-once.js";

/**
 * `remind [--dry-run] [--now <ISO time>] [--digest]`: run a reminder (or digest) round by hand.
 * A real run goes through the same at-most-once records as the scheduler, so running it and
 * then letting the scheduler fire never pings anyone twice.
 */
export interface RemindCliOptions {
  dryRun?: boolean;
  now?: string;
  digest?: boolean;
}

export function calendarOf(app: App): WorkingCalendar {
  const f = app.services.features.reminders as { calendar?: WorkingCalendar } | undefined;
  return f?.calendar ?? createChinaCalendar({ warn: (m) => app.services.log.warn(m) });
}

function parseNow(s: string | undefined, fallback: Date): Date {
  if (!s) return fallback;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) {
    throw new AppError("BAD_REQUEST", `--now: 无法识别的时间 "${s}"`, {
      hint: "例如 2025-11-21T16:00:00+08:00",
    });
  }
  return d;
}

const OUTCOME_CN: Record<string, string> = {
  sent: "已发送",
  "already-sent": "已发过，未重发",
  "in-flight": "发送中，未重发",
  failed: "发送失败，定时任务会重试",
  "gave-up": "多次失败，已放弃",
};

const STATUS_CN: Record<string, string> = {
  sent: "已提醒过",
  sending: "正在发送（或上次发送中断，不再重发）",
  failed: "上次发送失败，将重试",
  "gave-up": "多次发送失败，已放弃",
};

/** Runs the command; `out` receives each line (the CLI prints them). */
export async function runRemindCli(
  app: App,
  opts: RemindCliOptions,
  out: (line: string) => void,
): Promise<void> {
  const { services, config } = app;
  const tz = services.timezone;
  const now = parseNow(opts.now, services.clock.now());
  const calendar = calendarOf(app);
  const collections = await openReminderCollections(services.store);
  const outbox = services.outbox;
  const deliver = async (personId: string, reply: Reply) => {
    if (outbox) return outbox.sendToPerson(personId, reply);
    out(`—— 发给 ${personId} ——\n${reply.text}`);
  };
  const deps: RoundDeps = {
    org: services.org,
    store: services.store,
    log: services.log,
    timezone: tz,
    now: () => now,
    collections,
    deliver,
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    retry: DEFAULT_RETRY,
    maxRounds: DEFAULT_MAX_ROUNDS,
  };
  const week = isoWeek(now, tz);
  const name = (id: string) => services.org.people.find((p) => p.id === id)?.name ?? id;

  if (opts.digest) {
    const target = previousWeek(week);
    const plan = planWeek(config.reminders.digestCron, week, tz, calendar);
    out(`进度汇总：${target}（${weekLabel(target)}）。本周汇总计划：${plan.note}`);
    const recipients = await digestRecipients(deps, localDateString(now, tz));
    for (const r of recipients) {
      const rec = await collections.sends.get(sendKey("digest", r.person.id, target));
      const why = r.skipped ?? (rec ? STATUS_CN[rec.status] : undefined);
      out(
        `${why && rec?.status !== "failed" ? "不发送" : opts.dryRun ? "会发送" : "发送"}  ${r.person.name}${why ? `：${why}` : ""}`,
      );
    }
    if (opts.dryRun) {
      const digest = await buildDigest(
        services.org,
        services.store,
        target,
        await readPrefs(collections.prefs),
      );
      out("");
      out(renderDigest(digest).text);
      return;
    }
    const result = await runDigestRound(deps, { week: target, now, late: false });
    for (const [id, outcome] of result.outcomes) out(`${name(id)}：${OUTCOME_CN[outcome] ?? outcome}`);
    return;
  }

  const plan = planWeek(config.reminders.remindCron, week, tz, calendar);
  out(`本周 ${week}（${weekLabel(week)}）提醒计划：${plan.note}`);
  if (plan.due && plan.due.getTime() > now.getTime())
    out(`（按计划尚未到时间：${describeInstant(plan.due, tz)}）`);
  const dueDate = plan.due ? localDateString(plan.due, tz) : undefined;
  const today = localDateString(now, tz);
  const dates = dueDate && dueDate !== today ? [dueDate, today] : [today];
  const decisions = await decideReminders(deps, week, dates);
  for (const d of decisions) {
    const rec = await collections.sends.get(sendKey("remind", d.person.id, week));
    const title = d.person.title ? `（${d.person.title}）` : "";
    if (d.ping && rec && rec.status !== "failed") {
      out(`不提醒  ${d.person.name}${title}：${STATUS_CN[rec.status]}；${d.reason}`);
    } else if (d.ping) {
      out(`${opts.dryRun ? "会提醒" : "提醒"}  ${d.person.name}${title}：${d.reason}`);
    } else {
      out(`不提醒  ${d.person.name}${title}：${d.reason}`);
    }
  }
  if (opts.dryRun) return;
  const result = await runReminderRound(deps, { week, now, dueDate, late: false });
  const sent = [...result.outcomes.entries()];
  out(
    sent.length === 0
      ? "没有需要发送的提醒。"
      : `发送结果：${sent.map(([id, o]) => `${name(id)} ${OUTCOME_CN[o] ?? o}`).join("，")}`,
  );
}
