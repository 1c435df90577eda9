import type { Command, CommandContext, Reply } from "../conversation/types.js";
import { isoWeek, localDateString, toLocal } from "../domain/period.js";
import { errorMessage } from "../errors.js";
import { markAsideAfterNotice } from "../conversation/mark-aside.js";
import { composeReminder } from "./compose-reminder.js";
import { openReminderCollections } from "./reminder-records.js";
import { decideReminders } from "./run-rounds.js";
import type { MissingDecision } from "./who-is-missing.js";
import { openNudges, RECENT_NUDGE_MS, saysAgain } from "./nudge-records.js";
import type { CardButton } from "../conversation/types.js";
import { nudgeTarget } from "./nudge-target.js";

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
  // Whoever asks for the chase (an admin with sections of their own) is not chased by it: they are told nothing they
  // do not know, and their reminder would wait on their own person lock, which this message holds.
  // 「催报 何婷」: one colleague chased, not everyone (「小何还没报 催一下」 — nudge-target.ts).
  const target = nudgeTarget(ctx.args, services.org);
  if (target.kind === "unknown")
    return { text: `名册中没有「${target.said}」。发送「进度」可以查看谁还没报。` };
  if (target.kind === "person") {
    const d = decisions.find((x) => x.person.id === target.person.id);
    if (target.person.id === person.id) return { text: "催报是提醒同事的；您自己的填报直接发给我即可。" };
    if (!d?.ping)
      return {
        text: `${target.person.name}${d ? d.reason : "不需填报"}，没有提醒。发送「进度」可以看各科室的填报情况。`,
      };
  }
  const wanted = decisions.filter(
    (d) =>
      d.ping && d.person.id !== person.id && (target.kind !== "person" || d.person.id === target.person.id),
  );
  // Chased by a leader within the last hours: not chased again unless asked (「再催一次」).
  const nudges = await openNudges(services.store);
  const lastAt = new Map((await nudges.list()).filter((n) => n.week === week).map((n) => [n.id, n.at]));
  const recent = (d: MissingDecision) => {
    const at = lastAt.get(d.person.id);
    return at !== undefined && now.getTime() - Date.parse(at) < RECENT_NUDGE_MS;
  };
  const again = saysAgain(ctx.args);
  const skipped = again ? [] : wanted.filter(recent);
  const targets = wanted.filter((d) => !skipped.includes(d));
  const when = (d: MissingDecision) => localTime(lastAt.get(d.person.id) ?? "", services.timezone);
  // 「王志强、李明 06:42 刚提醒过」: grouped by the time they were chased.
  const chased = (ds: MissingDecision[]) => {
    const byTime = new Map<string, string[]>();
    for (const d of ds) {
      const at = when(d);
      byTime.set(at, [...(byTime.get(at) ?? []), d.person.name]);
    }
    return [...byTime].map(([at, who]) => `${who.join("、")}（${at}）`).join("，");
  };
  if (targets.length === 0 && skipped.length > 0) {
    const ask = `${chased(skipped)}刚提醒过，还没有填报。要再提醒一次吗？`;
    return {
      text: ask,
      card: {
        title: "刚提醒过",
        blocks: [ask],
        buttons: [
          target.kind === "person"
            ? { ...AGAIN_BUTTON, command: `催报 ${target.person.name} 再提醒` }
            : AGAIN_BUTTON,
          { label: "不用", command: "不用办" },
        ],
      },
    };
  }
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
    const reminder = composeReminder(
      d.person,
      d.missing,
      week,
      drafts,
      toLocal(now, services.timezone),
      d.coveredBy,
    );
    const lead = `${person.name}${person.title ? `（${person.title}）` : ""}请您抓紧报一下本周的工作进展。`;
    const reply: Reply = {
      ...reminder,
      text: `${lead}\n${reminder.text}`,
      ...(reminder.card ? { card: { ...reminder.card, blocks: [lead, ...reminder.card.blocks] } } : {}),
    };
    try {
      await outbox.sendToPerson(d.person.id, reply);
      sent.push(d);
      await nudges
        .put({ id: d.person.id, week, at: now.toISOString(), by: person.id })
        .catch((e) =>
          services.log.warn("nudge not recorded", { person: d.person.id, error: errorMessage(e) }),
        );
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
    skipped.length > 0 ? `${chased(skipped)}刚提醒过，这次没有再发；要再提醒请发「再催一次」。` : "",
    "发送「进度」可以看各科室的填报情况。",
  ];
  return { text: lines.filter(Boolean).join("") };
}

const AGAIN_BUTTON: CardButton = { label: "再提醒一次", command: "催报 再提醒" };

/** 「14:05」 for an ISO instant, in the configured time zone. */
function localTime(iso: string, timezone: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return "刚才";
  const l = toLocal(new Date(t), timezone);
  return `${String(l.hour).padStart(2, "0")}:${String(l.minute).padStart(2, "0")}`;
}

export const nudgeCommand: Command = {
  names: ["催报", "/nudge"],
  help: "催报 [姓名] — 现在就提醒本周还没填报的同事（请假的不提醒）；带姓名只提醒这一位，如「催报 何婷」",
  leadersOnly: true,
  run: runNudge,
};
