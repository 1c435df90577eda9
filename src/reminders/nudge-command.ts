import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { isoWeek, localDateString, toLocal } from "../domain/period.js";
import { errorMessage } from "../errors.js";
import { markAsideAfterNotice } from "../conversation/mark-aside.js";
import { composeReminder } from "./compose-reminder.js";
import { openReminderCollections } from "./reminder-records.js";
import { decideReminders } from "./run-rounds.js";
import type { MissingDecision } from "./who-is-missing.js";

/**
 * 催报 (leaders): the week's reminder sent now to everyone the weekly round would remind — own sections
 * with nothing confirmed this week, not on leave today, not snoozed — with a line that a leader asked.
 * The reply names who was reminded, who was not and why, and any send that failed; nothing is claimed
 * that was not sent. The weekly round still runs on its day.
 */
const names = (ds: MissingDecision[], why = false) =>
  ds
    .map((d) => (why ? `${d.person.name}（${d.missing.map((s) => s.name).join("、")}）` : d.person.name))
    .join("、");

async function runNudge(ctx: CommandContext): Promise<Reply> {
  const { services, person } = ctx;
  const outbox = services.outbox;
  if (!outbox) return { text: "现在没有接入消息通道，发不出提醒；可以发「进度」查看谁还没报。" };
  const now = services.clock.now();
  const week = isoWeek(now, services.timezone);
  const today = localDateString(now, services.timezone);
  const collections = await openReminderCollections(services.store);
  const decisions = await decideReminders({ org: services.org, store: services.store, collections }, week, [
    today,
  ]);
  const targets = decisions.filter((d) => d.ping);
  const away = decisions.filter((d) => d.verdict === "on-leave" || d.verdict === "snoozed");
  if (targets.length === 0)
    return {
      text: `本周需要填报的同事都已填报${away.length > 0 ? `（${names(away)}请假或本周已说明，不提醒）` : ""}，没有要催的人。`,
    };
  const sent: MissingDecision[] = [];
  const failed: MissingDecision[] = [];
  for (const d of targets) {
    const drafts = (await services.store.listUpdates({ author: d.person.id, status: "draft" })).map(
      (u) => u.seq,
    );
    const reminder = composeReminder(d.person, d.missing, week, drafts, toLocal(now, services.timezone));
    const lead = `${person.name}${person.title ? `（${person.title}）` : ""}请您抓紧报一下本周的工作进展。`;
    const reply: Reply = {
      ...reminder,
      text: `${lead}\n${reminder.text}`,
      ...(reminder.card ? { card: { ...reminder.card, blocks: [lead, ...reminder.card.blocks] } } : {}),
    };
    try {
      await outbox.sendToPerson(d.person.id, reply);
      sent.push(d);
      await markAsideAfterNotice(services.store, d.person.id).catch(() => undefined);
    } catch (e) {
      failed.push(d);
      services.log.warn("nudge not delivered", { person: d.person.id, error: errorMessage(e) });
    }
  }
  const lines = [
    sent.length > 0 ? `已提醒本周还没填报的 ${sent.length} 人：${names(sent, true)}。` : "",
    failed.length > 0 ? `发送失败 ${failed.length} 人：${names(failed)}，请稍后再发「催报」或当面提醒。` : "",
    away.length > 0 ? `${names(away)}请假或本周已说明，没有提醒。` : "",
    "发送「进度」可以看各科室的填报情况。",
  ];
  return { text: lines.filter(Boolean).join("") };
}

export const nudgeCommand: Command = {
  names: ["催报", "/nudge"],
  help: "催报 — 现在就提醒本周还没填报的同事（请假的不提醒）",
  leadersOnly: true,
  run: runNudge,
};
