import type { Feature } from "../app.js";
import { errorMessage } from "../errors.js";
import { toLocal } from "../domain/period.js";
import { createChinaCalendar } from "./calendar.js";
import { loadHolidayFile } from "./holiday-file.js";
import { reminderCommands } from "./commands.js";
import { describeCron } from "./describe-cron.js";
import { checkCron } from "./plan-week.js";
import { calendarOf, runRemindCli } from "./remind-cli.js";
import { createScheduler } from "./scheduler.js";

/**
 * Weekly reminders and the leaders' digest (issue 5). `install` adds the chat commands and puts
 * the working calendar into `services.features.reminders`; `start` runs the scheduler when
 * reminders are enabled and a transport gave us an outbox; `registerCli` adds `remind`.
 */
export const remindersFeature: Feature = {
  name: "reminders",
  async install(services, config) {
    // Fail at start-up, not on Friday afternoon, when a cron setting is malformed.
    checkCron(config.reminders.remindCron, config.timezone);
    checkCron(config.reminders.digestCron, config.timezone);
    const holidays = await loadHolidayFile(config.reminders.holidaysFile);
    const calendar = createChinaCalendar({
      warn: (m) => services.log.warn(m),
      holidays,
      holidaysFile: config.reminders.holidaysFile,
    });
    // What staff are told when they ask when the reminder comes (staff-questions.ts).
    const remindAt = describeCron(config.reminders.remindCron);
    services.features.reminders = {
      calendar,
      remindAt,
      enabled: config.reminders.enabled,
      holidaysFile: config.reminders.holidaysFile,
    };
    // Say at start-up, not in next year's first week, which year the administrator must fill in.
    const today = toLocal(services.clock.now(), services.timezone);
    const years = today.month >= 11 ? [today.year, today.year + 1] : [today.year];
    // Asking about a day of an uncovered year is what warns (once per year, naming the file).
    for (const y of years) {
      if (!calendar.covers(y)) calendar.isWorkingDay({ year: y, month: 1, day: 1 });
    }
    return reminderCommands;
  },
  start(app) {
    const { config, services } = app;
    if (!config.reminders.enabled) {
      services.log.info("reminders: disabled (REMINDERS_ENABLED=false)");
      return undefined;
    }
    const outbox = services.outbox;
    if (!outbox) {
      services.log.info("reminders: no outbox on this transport, scheduler not started");
      return undefined;
    }
    const scheduler = createScheduler({
      org: services.org,
      store: services.store,
      log: services.log,
      timezone: services.timezone,
      clock: services.clock,
      deliver: (personId, reply) => outbox.sendToPerson(personId, reply),
      remindCron: config.reminders.remindCron,
      digestCron: config.reminders.digestCron,
      calendar: calendarOf(app),
    });
    scheduler
      .start()
      .then(() => {
        const next = scheduler.nextWakeAt();
        services.log.info("reminders: scheduler started", { nextCheck: next?.toISOString() });
      })
      .catch((e) => services.log.error("reminders: scheduler failed to start", { error: errorMessage(e) }));
    return () => scheduler.stop();
  },
  registerCli(program, openApp) {
    program
      .command("remind")
      .description("本周填报提醒：--dry-run 只列出会提醒谁及原因；--digest 发送上周进度汇总给局领导")
      .option("--dry-run", "只预览，不发送")
      .option("--now <time>", "按此时间计算（ISO 时间，如 2025-11-21T16:00:00+08:00）")
      .option("--digest", "发送（或预览）上周的进度汇总")
      .action(async (opts: { dryRun?: boolean; now?: string; digest?: boolean }) => {
        const app = await openApp();
        try {
          await runRemindCli(app, opts, (line) => process.stdout.write(`${line}\n`));
        } finally {
          await app.close();
        }
      });
  },
};
