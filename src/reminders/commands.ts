import { randomUUID } from "node:crypto";
import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { type Section, findSection, reportableSections } from "../domain/org.js";
import { type LocalDate, isoWeek, localDateString, parseDate, toLocal } from "../domain/period.js";
import type { Update } from "../domain/update.js";
import { buildDigest, renderDigest } from "./digest.js";
import { leaveExample, nextWorkWeek } from "./leave-example.js";
import { leaveDates } from "./parse-leave.js";
import { workdayCommand } from "./workday-command.js";
import { nudgeCommand } from "./nudge-command.js";
import { holidayStatusCommand } from "./holiday-status.js";
import { previousWeek, weekRange } from "./plan-week.js";
import { type Prefs, openReminderCollections, readPrefs } from "./reminder-records.js";

/**
 * The reminders' chat commands: 本周无进展, 下周提醒, 请假 / 取消请假 (everyone) and 进度 (leaders).
 */
const WEEK_TOKEN = /\b(\d{4}-W\d{2})\b/;

function emptyPrefs(id: string): Prefs {
  return { id, leaves: [], snoozedWeeks: [] };
}

/** 「本周无进展 [科室] [2025-W47]」: a confirmed, material-free update per missing own section. */
async function runNoProgress(ctx: CommandContext): Promise<Reply> {
  const { services, person } = ctx;
  const now = services.clock.now();
  const current = isoWeek(now, services.timezone);
  const weekArg = WEEK_TOKEN.exec(ctx.args)?.[1];
  const week = weekArg ?? current;
  if (week !== current && week !== previousWeek(current)) {
    return { text: `这条提醒已过期（${week}）。如需补充，请直接发消息描述工作。` };
  }
  const rest = ctx.args.replace(WEEK_TOKEN, "").trim();
  let targets: Section[];
  if (rest) {
    const s = findSection(services.org, rest);
    if (!s || !reportableSections(services.org, person).some((x) => x.id === s.id)) {
      const own = reportableSections(services.org, person)
        .map((x) => x.name)
        .join("、");
      return { text: `没有找到您负责的科室「${rest}」。您可以填报的科室：${own || "无"}。` };
    }
    targets = [s];
  } else {
    targets = services.org.sections.filter((s) => person.sections.includes(s.id));
    if (targets.length === 0) return { text: "请注明科室，例如「本周无进展 科普」。" };
  }

  const confirmed = await services.store.listUpdates({ author: person.id, week, status: "confirmed" });
  const already = targets.filter((s) => confirmed.some((u) => u.section === s.id));
  const todo = targets.filter((s) => !already.some((a) => a.id === s.id));
  const names = (ss: Section[]) => ss.map((s) => `「${s.name}」`).join("");
  const label = week === current ? "本周" : "上周";
  if (todo.length === 0) return { text: `您${label}${names(already)}已经填报，无需再标记。谢谢！` };

  // A late click (the next Monday) on last week's button is dated last Sunday.
  const date = week === current ? localDateString(now, services.timezone) : weekRange(week).to;
  const at = now.toISOString();
  const text = ctx.input.text.trim() || "本周无进展";
  for (const s of todo) {
    const update: Update = {
      id: randomUUID(),
      seq: 0,
      author: person.id,
      section: s.id,
      date,
      week,
      createdAt: at,
      updatedAt: at,
      originalText: text,
      normalizedText: "本周无进展",
      items: [],
      figures: [],
      problems: [],
      plans: [],
      status: "confirmed",
      noProgress: true,
      source: "chat",
      sourceMessageId: ctx.input.messageId,
      history: [{ at, by: person.id, action: "confirmed", note: "本周无进展" }],
    };
    await services.store.addUpdate(update);
  }
  const tail = already.length > 0 ? `（${names(already)}已有填报，未改动）` : "";
  return { text: `已记录：${label}${names(todo)}无进展，算作已填报${tail}。谢谢！有新进展随时发给我。` };
}

async function runSnooze(ctx: CommandContext): Promise<Reply> {
  const { services, person } = ctx;
  const week = isoWeek(services.clock.now(), services.timezone);
  const { prefs } = await openReminderCollections(services.store);
  await prefs.update(person.id, (cur) => {
    const p = cur ?? emptyPrefs(person.id);
    // Keep the list short: only this year's and last year's weeks matter.
    const keep = p.snoozedWeeks.filter(
      (w) => w !== week && w.slice(0, 4) >= String(Number(week.slice(0, 4)) - 1),
    );
    return { ...p, snoozedWeeks: [...keep, week] };
  });
  return { text: "好的，本周不再提醒您，下周照常。有进展时随时发给我即可。" };
}

function listLeaves(p: Prefs | undefined, today: string): string {
  const open = (p?.leaves ?? []).filter((l) => l.to >= today);
  return open.length === 0
    ? "当前没有设置请假。"
    : `已设置的请假：${open.map((l) => `${l.from} 至 ${l.to}`).join("；")}。`;
}

/** How 请假 is typed, with next week's dates as the example (leave-example.ts), never days long past. */
function leaveUsage(today: LocalDate): string {
  const { from, to } = nextWorkWeek(today);
  return `用法：「${leaveExample(today)}」或「请假 ${from} 到 ${to}」，单日可写「请假 ${from.slice(5)}」。`;
}

async function runLeave(ctx: CommandContext): Promise<Reply> {
  const { services, person } = ctx;
  const now = services.clock.now();
  const today = localDateString(now, services.timezone);
  const { prefs } = await openReminderCollections(services.store);
  const usage = leaveUsage(toLocal(now, services.timezone));
  if (!ctx.args) return { text: `${listLeaves(await prefs.get(person.id), today)}\n${usage}` };
  const parsed = leaveDates(ctx.args, toLocal(now, services.timezone));
  if (!parsed.ok) return { text: `${parsed.error}。${usage}` };
  if (parsed.to < today) return { text: `${parsed.from} 至 ${parsed.to} 已经过去了，无需设置。${usage}` };
  const at = now.toISOString();
  // An earlier leave overlapping the new one is replaced (the newest statement wins): the reply says which, never
  // silently — read from the same record the update rewrites.
  let replaced: Array<{ from: string; to: string }> = [];
  await prefs.update(person.id, (cur) => {
    const p = cur ?? emptyPrefs(person.id);
    const current = p.leaves.filter((l) => l.to >= today);
    const keep = current.filter((l) => l.to < parsed.from || l.from > parsed.to);
    replaced = current.filter((l) => !keep.includes(l) && !(l.from === parsed.from && l.to === parsed.to));
    return { ...p, leaves: [...keep, { from: parsed.from, to: parsed.to, setAt: at }] };
  });
  // 「周五下午请半天」: the reminders know whole days — said so, not passed over.
  // The note follows the days and what they pause, so the registered span reads the same either way.
  const half = /半天|上午|下午|早上|中午|晚上/.test(ctx.args)
    ? "\n您说的是半天，提醒按整天算。"
    : /\d\s*点|小时/.test(ctx.args)
      ? "\n您说的是几个小时，提醒按整天算。"
      : "";
  return {
    text: `已记录请假：${parsed.from} 至 ${parsed.to}，期间不会给您发送填报提醒。提前回来可回复「取消请假」。${half}${
      replaced.length > 0
        ? `\n原来的请假（${replaced.map((l) => `${l.from} 至 ${l.to}`).join("；")}）与这次重叠，已按这次的日期改过；不对的话重新发「请假 开始日期 至 结束日期」。`
        : ""
    }`,
  };
}

async function runCancelLeave(ctx: CommandContext): Promise<Reply> {
  const { services, person } = ctx;
  const today = localDateString(services.clock.now(), services.timezone);
  const { prefs } = await openReminderCollections(services.store);
  const before = await prefs.get(person.id);
  const open = (before?.leaves ?? []).filter((l) => l.to >= today);
  if (open.length === 0) return { text: "当前没有设置请假，无需取消。" };
  await prefs.update(person.id, (cur) => ({ ...(cur ?? emptyPrefs(person.id)), leaves: [] }));
  return { text: `已取消请假（${open.map((l) => `${l.from} 至 ${l.to}`).join("；")}），填报提醒恢复正常。` };
}

/** 「进度」: this week so far; 「进度 上周」 or 「进度 2025-W47」 for another week. */
async function runProgress(ctx: CommandContext): Promise<Reply> {
  const { services } = ctx;
  const current = isoWeek(services.clock.now(), services.timezone);
  const arg = ctx.args.trim();
  let week = current;
  let heading = "本周截至目前填报情况";
  if (/^上上周/.test(arg)) {
    week = previousWeek(previousWeek(current));
    heading = "上上周填报情况";
  } else if (/^上周/.test(arg)) {
    week = previousWeek(current);
    heading = "上周填报情况";
  } else if (WEEK_TOKEN.test(arg)) {
    week = WEEK_TOKEN.exec(arg)![1]!;
    heading = week === current ? heading : "填报情况";
    if (!parseDate(weekRange(week).from)) return { text: `无法识别的周：${week}` };
  }
  const { prefs } = await openReminderCollections(services.store);
  return renderDigest(await buildDigest(services.org, services.store, week, await readPrefs(prefs)), heading);
}

/** The commands the reminders feature adds to the engine. */
export const reminderCommands: Command[] = [
  {
    names: ["本周无进展", "/noprogress"],
    help: "本周无进展 [科室] — 本周确无进展，算作已填报，不再提醒（也可以说：这周没什么进展、这个星期没整出啥名堂、介礼拜没嘛进展）",
    run: runNoProgress,
  },
  {
    names: ["下周提醒", "/snooze"],
    help: "下周提醒 — 本周不再提醒我（也可以说：下周再提醒我、这礼拜甭催了 下礼拜再喊我报）",
    run: runSnooze,
  },
  {
    names: ["请假", "/leave"],
    help: "请假 11-20 至 11-27 — 请假期间不发送填报提醒（只发「请假」或问「我请了几天假」「我请假了吗」：列出已登记的请假）",
    run: runLeave,
  },
  {
    names: ["取消请假", "/cancelleave"],
    help: "取消请假 — 提前回来，恢复提醒",
    run: runCancelLeave,
  },
  workdayCommand,
  {
    names: ["进度", "/progress"],
    help: "进度 [上周|上上周] — 各科室填报情况（谁已填报、谁未填报）",
    leadersOnly: true,
    run: runProgress,
  },
  nudgeCommand,
  holidayStatusCommand,
];
