import type { CardModel, Reply } from "../conversation/types.js";
import type { Person, Section } from "../domain/org.js";
import type { LocalDate } from "../domain/period.js";
import { leaveExample } from "./leave-example.js";
import { weekLabel } from "./plan-week.js";

const personSubject = (p: Person) => ({ kind: "person", id: p.id, owner: p.id });

/** The text command behind the 「本周无进展」 button; carries the week so a late click counts for it. */
export function noProgressCommand(week: string): string {
  return `本周无进展 ${week}`;
}

/** The command of the intake's guided mode (src/conversation/intake.ts). */
export const GUIDED_COMMAND = "填报";

/**
 * The weekly reminder: a card with 「填报」 and 「本周无进展」 buttons, and the same words as
 * plain text. Polite and short — an aggressive reminder gets the bot muted.
 */
export function composeReminder(
  person: Person,
  missing: Section[],
  week: string,
  /** Numbers of the person's unconfirmed drafts: named, so nothing typed is forgotten unconfirmed. */
  pendingDrafts: readonly number[],
  /** The local day it is sent: the 请假 example is the week after it. */
  sentOn: LocalDate,
): Reply {
  const sections = missing.map((s) => `「${s.name}」`).join("、");
  const greeting = `${person.name}您好：`;
  const ask = `本周（${weekLabel(week)}）还没有收到您负责的${sections}的工作进展，方便时请简单说一说。`;
  const how =
    "直接给我发消息即可，例如：“举办科技活动周，1500名群众参与，发放资料1.2万份”；也可以点「填报」按提问逐项填写。";
  const none = "如本周确无进展，点「本周无进展」即可，同样算作已填报。";
  const note = `本周不想再收到提醒可回复「下周提醒」；外出或休假可回复「${leaveExample(sentOn)}」。`;
  const shown = pendingDrafts
    .slice(0, 5)
    .map((n) => `#${n}`)
    .join("、");
  const pending =
    pendingDrafts.length > 0
      ? `另外，您有 ${pendingDrafts.length} 条填报还没有确认（${shown}${pendingDrafts.length > 5 ? "等" : ""}），确认后才计入总结：回复「确认」即可。`
      : "";
  const card: CardModel = {
    title: "本周工作进展填报提醒",
    template: "blue",
    blocks: [greeting, ask, how, none, ...(pending ? [pending] : [])],
    // A forwarded reminder stays the addressee's: the buttons carry whom it was sent to.
    buttons: [
      { label: "填报", command: GUIDED_COMMAND, style: "primary", subject: personSubject(person) },
      {
        label: "本周无进展",
        command: noProgressCommand(week),
        style: "default",
        subject: personSubject(person),
      },
      ...(pending ? [{ label: "确认草稿", command: "确认", subject: personSubject(person) }] : []),
    ],
    note,
  };
  const text = [greeting, ask, how, "如本周确无进展，回复「本周无进展」即可，同样算作已填报。", pending, note]
    .filter(Boolean)
    .join("\n");
  return { text, card, textIsCardCopy: true };
}
