import { formatDate, toLocal } from "../domain/period.js";
import { NOT_MEANT, NOTHING_DONE } from "./ask-command.js";
import { askQuestion } from "./pending-question.js";
import { resolveDaySpan } from "../domain/resolve-dates.js";
import { AWAY_ON_WORK } from "./not-own-work.js";
import { leaveExample } from "../reminders/leave-example.js";
import { parseLeave } from "../reminders/parse-leave.js";
import type { Known } from "./intake.js";
import { cardReply } from "./render-update.js";
import { careFor } from "./small-talk.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { CardButton, Reply, Services } from "./types.js";

/**
 * The answers to messages that are not one's own work done (not-own-work.ts). Nothing is stored:
 * - one's absence: not recorded; the reminders can be paused for the dates the message says
 *   (a 请假 button with those dates, or 下周提醒 for the rest of this week);
 * - a task received: not recorded as done; the bot asks whether to record it as a plan, and only a
 *   yes stores it (as the task, without 「上级要求我们」 in front);
 * - a notice: not recorded; a 记为填报 button in case it is the person's own work after all (a bare
 *   好的 to this line is no yes: the state marks the offer as such).
 */

/**
 * Whether the bot may take over the dialogue state: nothing else is waiting for an answer, or only
 * a section choice — that draft keeps its 「科室待选」 mark and is asked about again before it can
 * be confirmed (section-unchosen.ts) — or a draft card or a list of drafts: those stay drafts,
 * listed by 确认 and the reminder. Either way the offer is the last question, so a 好的 answers the
 * offer, never the card before it.
 */
function free(state: DialogueState): boolean {
  return (
    state.mode === "idle" ||
    state.mode === "ask-report" ||
    state.mode === "ask-command" ||
    state.mode === "choose-section" ||
    state.mode === "confirm" ||
    state.mode === "choose-draft"
  );
}

export async function awayReply(
  services: Services,
  input: Known,
  text: string,
  when: string | undefined,
  state: DialogueState,
): Promise<Reply> {
  const reminders = services.features.reminders !== undefined;
  const leave = meetingInWeek(text, reminders ? leaveFor(services, when) : undefined);
  const buttons: CardButton[] = [];
  if (leave?.kind === "leave")
    buttons.push({
      label: `请假 ${leave.label}`,
      command: `请假 ${leave.from} 至 ${leave.to}`,
      style: "primary",
    });
  if (leave?.kind === "snooze")
    buttons.push({ label: "本周不再提醒", command: "下周提醒", style: "primary" });
  // 「请假一天」「想请两天假」: leave asked for with no day — which day is all there is to ask.
  const dayless = reminders && !leave && LEAVE_WORD.test(text);
  const offer = dayless
    ? `请假是哪天？回我日期（如「明天」或「${example(services)}」），我就暂停那几天的填报提醒。`
    : leave?.kind === "leave"
      ? `要在 ${leave.label} 暂停填报提醒吗？`
      : leave?.kind === "snooze"
        ? "本周要暂停填报提醒吗？"
        : leave?.kind === "vague"
          ? `「${leave.word}」具体是哪几天？回我日期（如「${example(services)}」），我就暂停那几天的填报提醒。`
          : reminders
            ? `不在单位期间要暂停填报提醒的话，发「请假 开始日期 至 结束日期」，如「${example(services)}」。`
            : "";
  // A 好的 to the offer takes it (the one pending question: pending-question.ts); to 「月底」 the days
  // said next are the 请假 (pending-answers.ts).
  const yes = buttons[0]?.command ?? (leave?.kind === "vague" || dayless ? "请假" : undefined);
  if (free(state) && yes)
    await askQuestion(
      services,
      input.person.id,
      { yes, noText: NOTHING_DONE, question: offer, said: text },
      stampOf(services, input),
    );
  const onWork = AWAY_ON_WORK.test(text);
  const blocks = [
    dayless
      ? (careFor(text) ?? "")
      : `${careFor(text) ?? ""}这是您的行程安排，我没有记为填报${onWork ? "（出差做了哪些工作，回来后发给我即可）" : ""}。`,
    offer,
  ].filter(Boolean);
  if (buttons.length === 0) return { text: `收到。${blocks.join("")}` };
  buttons.push({ label: "不用", command: NOT_MEANT });
  return cardReply({ title: "收到，这条没有记为填报", template: "blue", blocks, buttons });
}

type LeaveOffer =
  | { kind: "leave"; from: string; to: string; label: string }
  | { kind: "snooze" }
  | { kind: "vague"; word: string }
  | undefined;

/** Leave asked for in so many words (请假、请个假、休年假、调休), its day still to say. */
const LEAVE_WORD =
  /请(?:个|一个|[一两二三四五六七八九十\d半]{1,2}(?:个)?(?:天|日))?(?:事|病|年)?假|休(?:个)?(?:年|事|病)?假|调休|补休|轮休/;

/** 这周 said as the whole of this week (我这周出差), not a day of it (这周五). */
const THIS_WEEK = /(?:这|本)(?:周|个?星期|个?礼拜)(?![一二三四五六日天1-7末])/;
/** Written dates (12月8号到12号、11.20-11.27): read by the 请假 command's own parser. */
const WRITTEN_DATES = /\d{1,2}\s*[月.\-/]\s*\d{1,2}/;

/**
 * The dates of an absence as the 请假 command takes them, from what the message said: written
 * dates, else days in words resolved on the message's local date (resolve-dates.ts); the rest of
 * this week alone is 下周提醒; a vague time (月底、中旬) is named, for the reply to ask which days.
 */
function leaveFor(services: Services, when: string | undefined): LeaveOffer {
  if (!when) return undefined;
  const today = toLocal(services.clock.now(), services.timezone);
  let from: string;
  let to: string;
  if (WRITTEN_DATES.test(when)) {
    const parsed = parseLeave(when, today);
    if (!parsed.ok) return undefined;
    ({ from, to } = parsed);
  } else {
    const span = resolveDaySpan(when, today);
    if (!span) return undefined;
    if ("vague" in span) return { kind: "vague", word: span.vague };
    if (THIS_WEEK.test(when) && formatDate(span.from) === formatDate(today)) return { kind: "snooze" };
    from = formatDate(span.from);
    to = formatDate(span.to);
  }
  const short = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  return { kind: "leave", from, to, label: from === to ? short(from) : `${short(from)}至${short(to)}` };
}

/**
 * 「下礼拜要去县里开会」 (round fifty-one, console trial): a meeting somewhere in a week said as a whole — the bot offered to pause
 * the reminders the whole of next week, and a 「嗯」 took it. A meeting takes a day or part of one; which day was not said,
 * so it is asked as for 月底 (a vague time), and nothing is paused on a yes. Training, study, a trip (出差) or leave said in
 * so many words keep the week's offer; so do days said (周三、两天、12号).
 */
const WEEK_AS_WHOLE = /(?:下|这|本)(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末1-7])/;
const MEETING = /开(?:个|一个|两个|几个)?[\u4e00-\u9fff]{0,8}?会(?![议计])|参会|开会/;
const DAYS_OR_LONGER =
  /[一两二三四五六七八九十半\d]+\s*(?:个)?(?:天|日|号)|全天|整天|周[一二三四五六日末]|(?:星期|礼拜)[一二三四五六日天]|请|休|出差|培训|学习|进修|集训|轮训|脱产|党校|[\d一二三四五六七八九十]\s*(?:到|至|~|～|-)|(?:到|至)\s*(?:周|星期|礼拜|\d)/;

function meetingInWeek(text: string, leave: LeaveOffer): LeaveOffer {
  if (leave?.kind !== "leave" || leave.from === leave.to) return leave;
  const week = WEEK_AS_WHOLE.exec(text);
  return week && MEETING.test(text) && !DAYS_OR_LONGER.test(text) ? { kind: "vague", word: week[0] } : leave;
}

/** 「请假 12-08 至 12-12」 with next week's Monday to Friday, as an example of the dates. */
function example(services: Services): string {
  return leaveExample(toLocal(services.clock.now(), services.timezone));
}

export async function assignedReply(
  services: Services,
  input: Known,
  task: string,
  state: DialogueState,
): Promise<Reply> {
  const blocks = [`> ${[...task].length > 60 ? `${[...task].slice(0, 60).join("")}…` : task}`];
  if (!free(state))
    return {
      text: "收到。这是交办的任务，还不是做完的工作，我没有记为填报；做完后把做了什么、关键数据发给我即可。",
    };
  await setState(
    services.store,
    input.person.id,
    { mode: "ask-report", text: task },
    stampOf(services, input),
  );
  return cardReply({
    title: "这是交办的任务，要记为下一步计划吗？",
    template: "orange",
    blocks: [...blocks, "交办的任务还不是做完的工作，我先没有保存。您打算做的话，可以记为下一步计划。"],
    buttons: [
      { label: "记为计划", command: "记为填报", style: "primary" },
      { label: "不用", command: "不用记" },
    ],
  });
}

/**
 * A notice (pasted, forwarded or a meeting announced): not recorded. The 记为填报 button stays
 * available, but a bare 好的 is no yes (`offered`).
 */
export async function noticeReply(
  services: Services,
  input: Known,
  text: string,
  state: DialogueState,
): Promise<Reply | undefined> {
  if (!free(state)) return undefined;
  await setState(
    services.store,
    input.person.id,
    { mode: "ask-report", text, offered: true },
    stampOf(services, input),
  );
  return cardReply({
    title: "收到，这条没有记为填报",
    template: "blue",
    blocks: [
      "会议安排、转给大家的事项和通知不记为填报。按通知做完了哪些工作，做完后直接发给我即可；如果这条其实是您自己做完的工作，点「记为填报」。",
    ],
    buttons: [{ label: "记为填报", command: "记为填报" }],
  });
}
