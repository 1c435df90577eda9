import type { CardModel, Reply } from "../conversation/types.js";
import type { Person, Section } from "../domain/org.js";
import type { LocalDate } from "../domain/period.js";
import { leaveExample } from "./leave-example.js";
import { weekLabel } from "./plan-week.js";
import type { SectionCover } from "./who-is-missing.js";

const personSubject = (p: Person) => ({ kind: "person", id: p.id, owner: p.id });

/** The text command behind the 「本周无进展」 button; carries the week so a late click counts for it. */
export function noProgressCommand(week: string): string {
  return `本周无进展 ${week}`;
}

/**
 * What the reminder asks for. Round forty-six (lead): 何婷 shares 「科技项目与研发投入」 with 李明, who had reported it twice
 * that week, and was told 「还没有收到您负责的「科技项目与研发投入」…的工作进展」 — as if the section had nothing. Each person
 * still answers for their own part (who-is-missing.ts), but a section a colleague has reported is named with who and
 * how many, so nobody reports the same work twice or reads the sentence as untrue.
 */
function askFor(missing: readonly Section[], week: string, coveredBy: readonly SectionCover[]): string {
  const when = `本周（${weekLabel(week)}）`;
  const uncovered = missing.filter((s) => !coveredBy.some((c) => c.section.id === s.id));
  const told = coveredBy
    .filter((c) => missing.some((s) => s.id === c.section.id))
    .map((c) => `「${c.section.name}」${c.names.join("、")}已报 ${c.count} 条`)
    .join("；");
  if (uncovered.length === missing.length || !told)
    return `${when}还没有收到您负责的${quoted(missing)}的工作进展，方便时请简单说一说。`;
  if (uncovered.length === 0)
    return `${when}您负责的${told}，还没有收到您这边的；如有进展，方便时请简单说一说。`;
  return `${when}还没有收到您负责的${quoted(uncovered)}的工作进展，方便时请简单说一说；${told}，您这边如有补充也请发给我。`;
}

const quoted = (ss: readonly Section[]) => ss.map((s) => `「${s.name}」`).join("、");

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
  /** Missing sections a colleague has reported this week: said with who and how many, never as having nothing. */
  coveredBy: readonly SectionCover[] = [],
): Reply {
  const greeting = `${person.name}您好：`;
  const ask = askFor(missing, week, coveredBy);
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
