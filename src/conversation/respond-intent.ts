import { unclearLine } from "./unclear-line.js";
import { offerDraftRemoval } from "./draft-removal-offer.js";
import { splitPendingDraft } from "./split-pending.js";
import { sayKeptBack } from "./kept-back.js";
import type { Intent } from "./classify-intent.js";
import { askAboutCommand } from "./ask-command.js";
import { asideWhileWaiting, unsavedAside } from "./aside-on-card.js";
import { askAboutUpdate, askBareNumber } from "./ask-bare-number.js";
import { reportText } from "./lead-aside.js";
import { askForOther, reportsForOther } from "./on-behalf.js";
import { whoseAfterAll } from "./behalf-duplicate.js";
import { behalfYes, fileForColleague, forOtherYes, ownAfterAll } from "./report-for-colleague.js";
import { latestToWithdraw, offerWithdraw } from "./ask-which-update.js";
import { declined } from "./pending-question.js";
import { confirmAll, confirmOpen, confirmUpdate, withdrawnText } from "./commands/confirm.js";
import { markWithdrawn } from "./commands/withdraw-update.js";
import { cancelEdit } from "./edit-cancel.js";
import { showEdit } from "./edit-update.js";
import { intentText, STATUS_ASKED } from "./intent-lexicon.js";
import { exactSection } from "./section-answer.js";
import { asksWhetherRight } from "./clause-answer.js";
import { notOwnWork } from "./not-own-work.js";
import { assignedReply, awayReply, noticeReply } from "./not-own-work-reply.js";
import { continueGuided, guidedQuestion, setGuidedSection } from "./guided.js";
import { sectionName } from "../domain/org.js";
import type { Update } from "../domain/update.js";
import { chooseSection, type Known, newUpdate } from "./intake.js";
import { cardReply, updateSubject } from "./render-update.js";
import { putsOff } from "./hold-off.js";
import { holdDraft } from "./draft-hold.js";
import { sectionPastOptions } from "./section-past-options.js";
import { cardHeld, holdsAllSaid, notYetWithdrawn } from "./card-hold.js";
import { askNoNeed, noNeedSaid } from "./card-no-need.js";
import { smallTalkReply } from "./small-talk.js";
import { askWhatIsMeant } from "./vague-reply.js";
import { MIN_WITHOUT_FIGURE, measureWork } from "./work-content.js";
import type { WorkMatter } from "./work-matter.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { Command, Reply, Services } from "./types.js";

/**
 * Everything that is not a command, by its intent: answers to the pending question, small talk
 * (answered, never stored), unclear text (asked about, never stored) and reports (stored as a
 * draft). The engine has already classified the message with the dialogue state in view.
 */
export async function handleText(
  services: Services,
  input: Known,
  text: string,
  intent: Intent,
): Promise<Reply[]> {
  const { store } = services;
  const state = await getState(store, input.person.id);
  // 「3」 when asked which of two sections: the choices said again, nothing guessed (section-past-options.ts).
  const past = await sectionPastOptions(services, input, state, text);
  if (past) return [past];
  // 「不是 是我自己哩」「等他回来自己报」 to a 代报 card, 替换/两条都留 to a resend's: whose it is (behalf-duplicate.ts).
  const own = await whoseAfterAll(services, input, state, text);
  if (own) return own;
  // 「她那份也存上」「替她存咧」 to a 代报 card: a yes, however it reads (report-for-colleague.ts).
  if (await behalfYes(services, state, text, intent))
    return answer(services, input, text, { kind: "answer", answer: "yes" }, state);
  switch (intent.kind) {
    case "answer":
      return answer(services, input, text, intent, state);
    case "smalltalk": {
      // 「明天休年假一天哈」「今天调休」: said in passing, still one's absence — 请假 offered for its day.
      const away = intent.topic === "other" ? notOwnWork(intentText(text).norm) : undefined;
      if (away?.kind === "away" && away.when)
        return [await awayReply(services, input, text, away.when, state)];
      const notice = intent.topic === "notice" ? await noticeReply(services, input, text, state) : undefined;
      const which = intent.topic === "other" ? await askBareNumber(services, input, text, state) : undefined;
      if (which) return [which];
      return [notice ?? (await smallTalkReply(services, input.person, state, intent.topic, text))];
    }
    case "unclear":
      if (intent.suggest === "away") {
        // 「何婷出差克了 我帮她报 …」: a roster colleague's trip, the work 代报 for them — no absence of the sender's.
        const other = PENDING_MODES.has(state.mode)
          ? undefined
          : await askIfForOther(services, input, text, true);
        if (other) return other;
        const away = await awayReply(services, input, text, intent.when, state);
        // Mid-way through the guided questions: the leave offered, then the same question again.
        if (state.mode === "guided")
          return [
            away,
            { text: `逐项填报还在进行（回复「取消」可退出），请接着回答：\n${guidedQuestion(state)}` },
          ];
        return [away];
      }
      if (intent.suggest === "assigned") return [await assignedReply(services, input, intent.task, state)];
      if (intent.suggest === "update") return [await askAboutUpdate(services, input, intent.n)];
      if (intent.suggest === "vague") {
        // 「5」: which update, if one has that number (ask-bare-number.ts); 「木耳」: only a name.
        if (intent.vague === "bare") {
          const which = await askBareNumber(services, input, text, state);
          if (which) return [which];
          return [await askAboutUnclear(services, input, text, /\d/.test(text) ? undefined : "name", state)];
        }
        // While a card or a choice waits, the waiting question is asked again (askAboutUnclear).
        if (!PENDING_MODES.has(state.mode))
          return [await askWhatIsMeant(services, input, text, intent.vague)];
        return [await askAboutUnclear(services, input, text, undefined, state)];
      }
      // Doubted as a report, yet said for a colleague (「何婷她们的 我代她报一下，…」): whose it is
      // is the question to ask, not whether to store it under the sender.
      if (intent.suggest === undefined && !PENDING_MODES.has(state.mode)) {
        const other = await askIfForOther(services, input, text);
        if (other) return other;
      }
      return [await askAboutUnclear(services, input, text, intent.suggest, state)];
    case "ask-command":
      return [await askAboutCommand(services, input, text, intent.guess)];
    case "command": // a command this deployment does not have (its feature is off)
      return [await askAboutUnclear(services, input, text, undefined, state)];
    case "report":
      if (state.mode === "guided") return continueGuided(services, input, state, text);
      if (state.mode === "edit")
        return answer(services, input, text, { kind: "answer", answer: "text" }, state);
      {
        const other = await askIfForOther(services, input, text);
        if (other) return other;
      }
      return newUpdate(services, input, text, "chat");
  }
}

/** Work said for a colleague (「帮陈静报一下」「何婷她们的 我代她报一下，…」): whose it is, asked; else undefined. */
async function askIfForOther(services: Services, input: Known, text: string, onlyColleague = false) {
  const other = reportsForOther(reportText(text), input.person, services.org);
  if (onlyColleague && !other?.colleague) return undefined;
  if (other?.colleague) return fileForColleague(services, input, other.colleague, other.content);
  return other ? [await askForOther(services, input, other)] : undefined;
}

/** The draft on the card, not to be recorded: withdrawn (restorable, said so), nothing left waiting. */
async function dropShownDraft(services: Services, input: Known, u: Update): Promise<Reply> {
  const gone = await markWithdrawn(services, u.id, input.person.id, input.messageId);
  await setState(services.store, input.person.id, { mode: "idle" }, stampOf(services, input));
  return { text: `好的，这条不记了。${withdrawnText(gone)}` };
}

/** A card's draft not to be recorded: 不要记、算了不记了、这条不用存、别保存了 (not 不用改、不对). */
const NOT_TO_RECORD =
  /^(?:算了|那|哦|噢|嗯)?(?:这条|这个|那条)?(?:就|先)?(?:不用|不要|别|甭|莫|不)(?:再)?(?:记|存|保存|登记|记录)(?:了|啦|吧|哈|啊)*(?:谢谢)?$/u;

async function answer(
  services: Services,
  input: Known,
  text: string,
  intent: Extract<Intent, { kind: "answer" }>,
  state: DialogueState,
): Promise<Reply[]> {
  const { store } = services;
  const person = input.person;
  const stamp = stampOf(services, input);
  switch (intent.answer) {
    case "section":
      if (intent.seq !== undefined) {
        // 「1」 while #2's card shows and #1 still waits for its section: #1's question takes it.
        const showing = state.mode === "confirm" ? await store.getUpdate(state.updateId) : undefined;
        if (state.mode === "confirm" && showing?.status === "draft")
          return earlierSection(services, input, state, intent);
        // 「放高企那块」 just after the card was answered: the update just reported (classify-intent.ts).
        const u = await store.findBySeq(person.id, intent.seq);
        if (u && u.status !== "withdrawn") return chooseSection(services, input, u.id, intent.section);
      }
      // 「高企那个」 to a card: the draft goes to that section (the bot had picked one itself).
      if (state.mode === "choose-section" || state.mode === "confirm")
        return chooseSection(services, input, state.updateId, intent.section);
      if (state.mode === "guided") return setGuidedSection(services, input, state, intent.section);
      break;
    case "sections":
      // 「都有啊 前面是高企的 后面是项目的」: one draft per section, or one precise question.
      if (state.mode === "choose-section" || state.mode === "confirm")
        return splitPendingDraft(services, input, state.updateId, intent);
      break;
    case "number": {
      const u = await store.findBySeq(person.id, intent.n);
      if (u) return sayKeptBack(services, input, await confirmUpdate(services, input, u, state), intent.left);
      break;
    }
    case "all":
      return confirmAll(services, input);
    case "yes":
      // 「这条是替孙磊报的吗？」: a yes (是的、确认) says it is 孙磊's — never filed under the sender.
      if (state.mode === "ask-report" && state.forOther) return [forOtherYes(state.forOther)];
      // 「综合」 asked about, then 「确认」: a section's name alone is no work to keep — a loose yes keeps nothing
      // (the 记为填报 button still does, said in so many words).
      if (
        state.mode === "ask-report" &&
        !intent.more &&
        exactSection(intentText(state.text).core, services.org.sections)
      )
        return [{ text: sectionNameOnly(state.text) }];
      if (state.mode === "ask-report")
        return newUpdate(services, input, withMore(state.text, intent.more), "chat", undefined, true);
      return confirmOpen(services, input, state);
    case "no":
      if (state.mode === "ask-command" || state.mode === "choose-update") {
        await setState(store, person.id, { mode: "idle" }, stamp);
        return [{ text: state.mode === "ask-command" ? declined(state) : "好的，没有做任何改动。" }];
      }
      if (state.mode === "ask-report" || state.mode === "choose-draft") {
        await setState(store, person.id, { mode: "idle" }, stamp);
        return [
          {
            text:
              state.mode === "ask-report"
                ? "好的，这条没有保存。"
                : "好的，草稿都保留着（未计入总结），需要时发送「确认」。",
          },
        ];
      }
      if (state.mode === "confirm-edit") {
        const u = await store.getUpdate(state.updateId);
        if (u) return [await cancelEdit({ services, person, input, args: "", commands: [] }, u)];
      }
      if (state.mode === "confirm") {
        const u = await store.getUpdate(state.updateId);
        // 「等我问问科长 再定」「算了 这条先莫存 主任讲还要改」: the card put off (card-hold.ts), the draft kept.
        const held = cardHeld(intentText(text).norm)?.kind === "answer";
        // 「俩都先甭确认 主任还要审」 with several cards up: none of them yet — all kept as they are.
        const said = intentText(text);
        if (/都|俩|两个|两条/.test(said.core) && holdsAllSaid(said.norm, said.core))
          return [{ text: "好的，草稿都保留着（未计入总结），需要时发送「确认」。" }];
        // Held, it stays held through an edit (commands/edit-save.ts): a yes to the change is no yes to store it.
        if (u?.status === "draft" && (putsOff(text) || held)) {
          await setState(store, person.id, { ...state, held: true, aside: undefined }, stamp);
          await holdDraft(store, u);
          return [heldOff(u, notYetWithdrawn(said.norm))];
        }
        // 「不要记」「算了 不记了」「这条不用存」 on the card: not to be recorded — the draft goes, as 「不用记」 does.
        if (u?.status === "draft" && NOT_TO_RECORD.test(text.replace(/[\s，,。.!！~～]+/gu, ""))) {
          return [await dropShownDraft(services, input, u)];
        }
        if (u?.status === "draft" && noNeedSaid(text)) return [askNoNeed(u)];
        if (u?.status === "draft") await setState(store, person.id, { ...state, disputed: text }, stamp);
        if (u)
          return [
            cardReply({
              title: `#${u.seq} 哪里不对？`,
              template: "orange",
              blocks: ["可以点「修改」发送改正后的内容（或只发要补充的一句），不需要这条就点「撤回」。"],
              buttons: [
                { label: "修改", command: `修改 ${u.seq}`, subject: updateSubject(u) },
                { label: "撤回", command: `撤回 ${u.seq}`, subject: updateSubject(u), style: "danger" },
              ],
            }),
          ];
      }
      break;
    case "text":
      if (state.mode === "guided") return continueGuided(services, input, state, text);
      if (state.mode === "edit") {
        const u = await store.getUpdate(state.updateId);
        // 「改成…」: the words that lead the new text in are no part of it.
        const content = text.replace(/^\s*(?:改成|改为|更正为|修改为|换成|应为)\s*[:：，,]?\s*/, "") || text;
        if (u) return [await showEdit(services, input, person.id, u, content)];
      }
      break;
  }
  return [await smallTalkReply(services, person, state, "other", text)];
}

/** A section answer for an earlier draft than the card showing: filed there, and said which. */
async function earlierSection(
  services: Services,
  input: Known,
  state: Extract<DialogueState, { mode: "confirm" }>,
  intent: { section: string; seq?: number },
): Promise<Reply[]> {
  const { store, org } = services;
  const earlier = intent.seq === undefined ? undefined : await store.findBySeq(input.person.id, intent.seq);
  if (!earlier) return [await smallTalkReply(services, input.person, state, "other")];
  const showing = await store.getUpdate(state.updateId);
  const chars = [...earlier.normalizedText];
  const shown = chars.length > 20 ? `${chars.slice(0, 20).join("")}…` : earlier.normalizedText;
  const still =
    showing?.status === "draft" ? `#${showing.seq} 还没有确认，需要时发送「确认 ${showing.seq}」。` : "";
  const card = await chooseSection(services, input, earlier.id, intent.section);
  return [
    {
      text: `这是给 #${earlier.seq}（${shown}）选的科室：已归入「${sectionName(org, intent.section)}」。${still}`,
    },
    ...card,
  ];
}

/** One line, with buttons, about a message the bot could not place. Nothing is stored. */
async function askAboutUnclear(
  services: Services,
  input: Known,
  text: string,
  suggest: "withdraw" | WorkMatter | undefined,
  state: DialogueState,
): Promise<Reply> {
  const { store } = services;
  const removal = suggest ? undefined : await offerDraftRemoval(services, input.person, text, []);
  if (removal) return removal;
  if (suggest === "withdraw") {
    const latest = "updateId" in state ? await store.getUpdate(state.updateId) : undefined;
    const last = latest ?? (await latestToWithdraw(services, input.person.id));
    const inDraft = await offerDraftRemoval(services, input.person, text, last ? [last] : []);
    if (inDraft) return inDraft;
    if (!last) return { text: "没关系，您还没有填报记录，不需要撤回。" };
    return offerWithdraw(services, input.person.id, last, stampOf(services, input));
  }
  // 「高企」 while a card or a choice waits: a short reply with no work in it answers nothing and is
  // no report — the pending question is asked again, and no new way to store it is opened.
  // 「没差错吧？今天跑了一天 累得不行」: whether the card is right, asked, with talk beside — no work either.
  const w = measureWork(text);
  if (
    PENDING_MODES.has(state.mode) &&
    ((!w.figure && w.content < MIN_WITHOUT_FIGURE) || asksWhetherRight(intentText(text).norm))
  )
    return {
      text: `没看懂「${[...text].slice(0, 20).join("")}」，这句没有保存。${await pendingQuestion(services, state)}`,
    };
  const norm = intentText(text).norm;
  const reading = suggest ?? (STATUS_ASKED.test(norm) ? "asked" : undefined);
  if (waits(state))
    return asideWhileWaiting(services, input, state, text, {
      unclear: unclearLine(reading, text),
      pending: await pendingQuestion(services, state),
    });
  await setState(store, input.person.id, { mode: "ask-report", text }, stampOf(services, input));
  const shown = [...text].length > 60 ? `${[...text].slice(0, 60).join("")}…` : text;
  // 「数据还在等乡里报上来」「下周再交」: the work waits past today — pausing this week's reminders may help.
  const snooze =
    reading === "pending" && services.features.reminders !== undefined && WAITS_LONGER.test(norm);
  return cardReply({
    title: "这条要记为工作填报吗？",
    template: "orange",
    blocks: [`> ${shown}`, unclearLine(reading, text)],
    buttons: [
      { label: "记为填报", command: "记为填报", style: "primary" },
      ...(snooze ? [{ label: "本周不再提醒", command: "下周提醒" }] : []),
      { label: "不用", command: "不用记" },
    ],
  });
}

function sectionNameOnly(text: string): string {
  return `「${text.trim()}」只是科室名称，没有说做了什么，我没有保存。要报这个科室的工作，请直接发做了什么、关键数据（如「${text.trim()}这块今年开展检查6次」）；确实要记这几个字，点「记为填报」。`;
}

/** Waiting on others, or a time past this week: the report will not come this week. */
const WAITS_LONGER = /等|下周|下礼拜|下星期|下个月|月底|过几天|过两天/;

/** Modes in which the bot waits for an answer to its own question. */
const PENDING_MODES: ReadonlySet<DialogueState["mode"]> = new Set([
  "confirm",
  "choose-section",
  "choose-draft",
  "confirm-edit",
]);
const waits = (s: DialogueState): s is Parameters<typeof asideWhileWaiting>[2] => PENDING_MODES.has(s.mode);

/** The question still waiting, said again in one line. */
async function pendingQuestion(services: Services, state: DialogueState): Promise<string> {
  const u = "updateId" in state ? await services.store.getUpdate(state.updateId) : undefined;
  switch (state.mode) {
    case "confirm":
      return u
        ? `#${u.seq} 还在等您确认：回复「确认」保存，「修改 ${u.seq}」改内容，「撤回 ${u.seq}」不要这条。`
        : "";
    case "choose-section":
      return u ? `#${u.seq} 还在等您选择科室：回复序号或科室名称。` : "";
    case "confirm-edit":
      return u ? `#${u.seq} 的修改还没有确认：回复「确认」保存修改，回复「放弃修改」保持原样。` : "";
    case "choose-draft":
      return `还在等您选择要确认的草稿：回复编号，或「全部确认」。`;
    default:
      return "";
  }
}

/** The buttons of the unclear-message question, as commands (a click works even after other messages). */
export const askReportCommands: Command[] = [
  {
    names: ["记为填报"],
    help: "记为填报 — 把刚才我没看懂的那条记为工作填报",
    async run(ctx) {
      const state = await getState(ctx.services.store, ctx.person.id);
      // 「记为我的填报」 on a 代报 card: the draft is the sender's own after all (report-for-colleague.ts).
      const own = await ownAfterAll(ctx.services, { ...ctx.input, person: ctx.person }, state);
      if (own) return own;
      const aside = state.mode === "ask-report" ? state.text : unsavedAside(state);
      if (aside === undefined) return { text: "没有等待记录的内容。工作情况直接发给我即可。" };
      return newUpdate(ctx.services, { ...ctx.input, person: ctx.person }, aside, "chat", undefined, true);
    },
  },
  {
    names: ["不用记"],
    help: "不用记 — 刚才那条不是工作填报，不保存",
    async run(ctx) {
      const { store } = ctx.services;
      const state = await getState(store, ctx.person.id);
      if (state.mode === "ask-report") {
        await setState(store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
        return { text: "好的，没有保存。" };
      }
      // 「不用记」 on the card of a draft just made: that draft goes (restorable) — never 「没有保存」 while it
      // is kept as a draft and listed later.
      const shown =
        state.mode === "confirm" || state.mode === "choose-section"
          ? await store.getUpdate(state.updateId)
          : undefined;
      if (shown?.status === "draft")
        return dropShownDraft(ctx.services, { ...ctx.input, person: ctx.person }, shown);
      if (shown?.status === "confirmed")
        return { text: `#${shown.seq} 已经确认保存了；不要这条请发送「撤回 ${shown.seq}」。` };
      return { text: "好的，这次没有要保存的内容。" };
    },
  },
];

/**
 * The message asked about, with the work said beside the yes (「是的，另外下午在石板村…」): one draft,
 * its card showing both — the yes word and 另外 left out.
 */
function withMore(asked: string, more: string | undefined): string {
  if (!more) return asked;
  const rest = more.replace(/^(?:另外|还有|然后|而且|就是)[，,\s]*/, "");
  return `${asked.replace(/[。.!！\s]+$/, "")}，${rest}`;
}

/** The draft kept as it is, unconfirmed, with what to send when the person is ready. */
function heldOff(u: Update, notWithdrawn = false): Reply {
  return cardReply({
    title: notWithdrawn ? `好的，#${u.seq} 先不撤` : `好的，#${u.seq} 先不确认`,
    template: "blue",
    blocks: [
      notWithdrawn
        ? `#${u.seq} 没有撤回，留作草稿，没有改动；没确认的不计入总结。看好了发「确认 ${u.seq}」，不要了发「撤回 ${u.seq}」。`
        : `#${u.seq} 留作草稿，没有改动；没确认的不计入总结。核对好了发「确认 ${u.seq}」，要改点「修改」。`,
    ],
    buttons: [
      { label: "确认", command: `确认 ${u.seq}`, subject: updateSubject(u), style: "primary" },
      { label: "修改", command: `修改 ${u.seq}`, subject: updateSubject(u) },
    ],
  });
}
