import { finishesGuided } from "./guided-answers.js";
import { editOrNewAnswer } from "./edit-or-new-answer.js";
import { OWN_REPORTING } from "./own-status-asked.js";
import { chatElsewhere } from "./chat-elsewhere.js";
import { talkAside } from "./talk-aside.js";
import { dialectAnswer } from "./answer-words.js";
import { readPastAside, withoutLeadAside } from "./lead-aside.js";
import { commandAsTyped } from "./command-as-typed.js";
import { everydayCommand, STAFF_COMMAND_MAX_CHARS } from "./everyday-command.js";
import { answerTo } from "./answer-pending-question.js";
import {
  intentText,
  NOTICE_ASK,
  NOTICE_MARK,
  SMALL_TALK,
  SMALL_TALK_RUN,
  STATUS_ASKED,
} from "./intent-lexicon.js";
import { FIGURE } from "./work-lexicon.js";
import { nothingToRead } from "./bot-question-missed.js";
import { passedOn } from "./passed-on.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { correctionRequest } from "./correction-request.js";
import { differenceOnDraft } from "./difference-said.js";
import { confirmedAsIs, updateEditDropped } from "./edit-dropped.js";
import { wordsCorrected } from "./words-corrected.js";
import { sectionMoveRequest } from "./section-move.js";
import { figureAskedOfDraft } from "./figure-question.js";
import { materialAsked } from "./material-question.js";
import { dutyTold } from "./duty-told.js";
import { REST_WISH, toldInPassing } from "./told-in-passing.js";
import { leaderRequest } from "./leader-request.js";
import { forwardsOwnWork, notOwnWork } from "./not-own-work.js";
import { guessWhereUnsure } from "./command-guess.js";
import { othersHabitOnly } from "./others-habit.js";
import { doubtsReport } from "./report-odds.js";
import { talkFlip } from "./talk-odds.js";
import { smallTalkAtClose } from "./small-talk-at-close.js";
import { othersDoings } from "./others-doings.js";
import { spokenWorkDone } from "./spoken-work-done.js";
import { judgeWork } from "./work-content.js";
import { reportPutToNextWeek } from "./next-week-report.js";
import { howToTopic } from "./how-to.js";
import { rulesAnswer } from "./staff-questions.js";
import { draftItemText, replacePart, talkAbout, verbObject } from "./verb-object.js";
import { workMatter } from "./work-matter.js";
import { leaveRequest, leaveSaidVaguely, pausesThisWeek } from "./leave-request.js";
import { workdayAsked } from "./workday-asked.js";
import { awayLeave } from "./away-leave.js";
import { editOrLook, historyOfLatest } from "./edit-or-look.js";
import { draftPlan, draftPlanIntent } from "./draft-subset.js";
import { supplementRequest } from "./supplement.js";
import { dropShown } from "./drop-shown.js";
import { holdsCard } from "./card-hold.js";
import { remarkOnCard } from "./remark-on-card.js";
import { sectionRetaken } from "./section-retaken.js";
import { turnsAwayLater } from "./turn-away-later.js";
import { exactSection, sectionInClauses } from "./section-answer.js";
import { vagueMessage } from "./vague-message.js";
import { cutOffOnQuestion } from "./cut-off-answer.js";
import { handedToBot } from "./handed-to-bot.js";
import { pastedDocument } from "./pasted-document.js";
import { thinDone } from "./thin-done.js";
import { placeFirstHalf } from "./place-first-half.js";
import { HOW_ASKED, restoreAsked } from "./how-asked.js";
import { lateReply, socialToBot } from "./social-to-bot.js";
import { keepWithdrawn } from "./keep-withdrawn.js";
import { withdrawOfferAnswered } from "./withdraw-offer-mind.js";
import { minePeriodApart, withMinePeriod } from "./mine-period.js";
import { nothingElse, weekNothing } from "./week-nothing.js";
import { noProgressFor, reminderNothing } from "./week-nothing-named.js";
import { withConfirmAll } from "./confirm-all.js";
import { commandRetyped } from "./command-typos.js";
import { ownLeaveAsked } from "./leave-asked.js";
import { reportAskedOfWork } from "./report-asked.js";
import { commandOverPick } from "./edit-words-elsewhere.js";
import { asTyped } from "./opinion-as-typed.js";
export type { Awaiting, Intent, IntentContext } from "./intent-types.js";

/** A question about the rules of reporting: 帮助 on them (the engine answers it from staff-questions.ts). */
const RULES_HELP: Intent = { kind: "command", command: "帮助", text: "帮助 规矩" };

/** The questions a short answer word answers (not free text: an edit, a guided answer). */
const ASKS_ANSWER: ReadonlySet<string> = new Set([
  "confirm",
  "edit-confirm",
  "report-or-not",
  "which-draft",
  "section",
  "yes-no",
  "which-update",
]);

export { STAFF_COMMAND_MAX_CHARS };

/**
 * What a message is, decided before anything is extracted or stored. Pure and transport-free:
 * the engine builds the context from the dialogue state, the test corpus builds it by hand.
 *
 * Decision order (first that applies):
 * 1. a command as typed (the engine's own table: 撤回 2, 生成总结 2025 …);
 * 2. an answer to what the bot is waiting for (a section, a draft number, yes/no, edit text);
 * 3. a command said in everyday words (删掉第二条 → 撤回 2, 看看我报了啥 → 我的填报);
 * 4. small talk (谢谢, 收到, 在吗, ？) — answered, never stored;
 * 5. a report of work, when the text carries work (a figure, a work verb, enough words);
 * 6. otherwise unclear: the bot asks in one line with buttons, and stores nothing meanwhile.
 */
export function classifyIntent(raw: string, ctx: IntentContext): Intent {
  // A period said gets the period (mine-period.ts); 确认 said of several drafts is all of them (confirm-all.ts).
  const norm = intentText(raw).norm;
  // 「改1的」「是新的 不是改」 to 「这是改 #1，还是另一件事？」: the button's command, as if clicked (edit-or-new-answer.ts).
  const picked = ctx.editOrNew ? editOrNewAnswer(norm, ctx.editOrNew) : undefined;
  if (picked !== undefined) return classifyIntent(picked, { ...ctx, editOrNew: undefined });
  const read = withConfirmAll(withMinePeriod(asTyped(classifyMessage(raw, ctx), raw), norm), norm, ctx);
  // 「确任一下」「尽度咋样了」: a command's word mistyped by its sound, read once more put right (command-typos.ts);
  // 「这礼拜我报的东西 给我列一哈」: one's own list read without the period said where it was not expected.
  const intent =
    commandRetyped(read, norm, ctx, classifyIntent) ??
    minePeriodApart(read, norm, ctx, classifyIntent) ??
    ownLeaveAsked(read, norm, ctx, classifyIntent) ??
    read;
  // 「那事儿整利索没」「累死个人咯」: where the rules end in unclear or small talk with nothing but a card waiting,
  // a learned second opinion may turn the one into the other (talk-odds.ts) — never into anything stored, run or answered.
  if (ctx.awaiting !== "nothing" && ctx.awaiting !== "confirm") return intent;
  const talk = ctx.talk === undefined ? talkFlip : ctx.talk;
  return talk ? talk(intent, raw, ctx.leader) : intent;
}

function classifyMessage(raw: string, ctx: IntentContext): Intent {
  const t = intentText(raw);
  const { norm, core } = t;
  // 「[语音]」「你刚刚问我啥来着」: nothing to read (bot-question-missed.ts); 「转发 市局：…」: passed on (passed-on.ts); 「计划第2条改成…」: 改写 an item (draft-item-text.ts).
  const passed = nothingToRead(raw, norm)
    ? ({ kind: "unclear" } as const)
    : (passedOn(norm) ?? draftItemText(norm, ctx, raw));
  if (passed) return passed;

  // 0. 「在吗 帮我看下我报了啥」「烦 又要报 这周下乡了三天」: a greeting, a sigh or a quote-reply in front is read
  // past (lead-aside.ts) when what follows is a request or a report (after a quote-reply, whatever it is).
  const rest = withoutLeadAside(norm);
  if (rest !== undefined) {
    const inner = reminderNothing(norm, rest, ctx.sections) ?? classifyIntent(rest, ctx);
    // Not a learned guess: what follows the greeting must be read by the rules themselves (no report after a relayed ask).
    if (readPastAside(inner, norm)) return inner;
  }

  // 「算了 这条不报了」: the draft on the card is withdrawn (drop-shown.ts), before 算了 is read as 取消 or a no.
  const dropped = confirmedAsIs(norm, ctx.awaiting) ?? dropShown(norm, ctx);
  if (dropped) return dropped;
  // 「等下 先别确认 我问问村里具体多少人」: the card put off, still waiting (card-hold.ts).
  const held = holdsCard(norm, ctx) ?? turnsAwayLater(norm, ctx) ?? remarkOnCard(norm, ctx);
  if (held) return held;

  // 「算了 还是恢复」 to 「要撤回 #1 吗？」: a change of mind answers the offer (withdraw-offer-mind.ts); 「对过了 比刚才说的多了一百亩」 corrects (difference-said.ts).
  const minded = withdrawOfferAnswered(norm, ctx) ?? differenceOnDraft(norm, ctx);
  if (minded) return minded;

  // 「确认」「提交吧」 to the last guided question: done, the questions end (guided-answers.ts).
  if (ctx.awaiting === "guided" && ctx.guidedLast && finishesGuided(norm))
    return { kind: "answer", answer: "text" };
  // 1. A command as typed (command-as-typed.ts).
  const typed = commandAsTyped(raw, ctx, classifyIntent);
  if (typed) return typed;
  // 「夜儿个群里有人撤回了一条消息」: a message withdrawn in another chat — talk (chat-elsewhere.ts).
  if (chatElsewhere(norm, core)) return { kind: "smalltalk", topic: "other" };

  // 2. An answer to the pending question — unless the message is a complete command with an answer word inside it
  // (「好的 另外第3条帮我删掉」「下礼拜一到礼拜三我休年假 别催我」): the command is run, the question stays open (command-over-answer.ts).
  // 「前两条确认 第三条我再核核数」「头一个确认，第二个删了吧」: some of several drafts settled by a
  // loose reference (draft-subset.ts) — before a yes to the card or a number reads one of them; the
  // bot's own list (「确认哪一条？」) is answered first by its reader.
  const plan =
    ctx.pendingSeqs && !/^(?:edit-text|edit-confirm|guided|guided-section)$/.test(ctx.awaiting)
      ? draftPlan(norm, ctx.pendingSeqs, ctx.pendingTexts)
      : undefined;
  if (plan && ctx.awaiting !== "which-draft") return draftPlanIntent(plan);
  // 「补充一下 还现场发了技术资料60份」「刚才漏了 有2个项目进度滞后」: added to the draft on the card (or
  // the update named, or the one just reported), never a new update nor a figure corrected (supplement.ts).
  const added = /^(?:confirm|nothing|section)$/.test(ctx.awaiting) ? supplementRequest(norm, ctx) : undefined;
  if (added) return added;
  // 「是东坡村不是西坡村」 on a card or just after it was confirmed: words of that update corrected, never
  // a no to the card nor a new report (words-corrected.ts).
  const words = wordsCorrected(norm, ctx);
  if (words) return words;
  const answer = cutOffOnQuestion(t, ctx) ?? answerTo(t, ctx);
  if (!answer && plan) return draftPlanIntent(plan);
  // A number or section is the answer unless a command follows 「好的」 (「好的 第3条撤回」) or the pick is said wrong (pickedWrong).
  const asked = answer ? answer.kind === "answer" && answer.answer !== "text" : ASKS_ANSWER.has(ctx.awaiting);
  if (asked) {
    const command = commandOverPick(norm, ctx, answer, classifyIntent);
    if (command) return command;
  }
  if (answer) return answer;
  // 「放高企那块」 just after the card was answered, from someone reporting for several sections: the
  // section of the update just reported — a section named is never a report of its own.
  // 「搞错了 这条应该算党建那边的」: the update said to be filed wrong is moved by 科室, as before the slip was read.
  if (ctx.awaiting === "nothing" && ctx.latestSeq !== undefined && !/\d/.test(norm)) {
    const moved = sectionMoveRequest(norm, ctx);
    if (moved) return moved;
    const named =
      exactSection(core, ctx.sections) ?? sectionInClauses(norm, ctx.sections) ?? sectionRetaken(norm, ctx);
    if (named) return { kind: "answer", answer: "section", section: named, seq: ctx.latestSeq };
  }

  // 「这个咋改的 我看看」: how the latest update was changed, asked with nothing waiting (edit-or-look.ts).
  const history = ctx.awaiting === "nothing" ? historyOfLatest(norm) : undefined;
  if (history) return history;
  // 「这礼拜没得啥子报的」「上周到现在没动静」「本周无新情况，特此报告」: nothing new this week said of one's own
  // work is 本周无进展, done (week-nothing.ts) — before a leader's 进度 reads its 情况 or small talk its
  // 没动静; asked inside a rules question (「这周没进展 能不能不报啊」) it is that question.
  const week = ctx.sections.length > 0 ? weekNothing(norm) : undefined;
  if (week === "none") return rulesAnswer(norm, undefined) ? RULES_HELP : noProgressFor(norm, ctx.sections);
  // 「项目这周没进展，卡在审批」: how a named matter stands — a problem reported, never the week marked empty.
  if (week === "matter") return { kind: "report" };
  // 「本周没啥别的了」 after a report: no more to say — talk, never the week marked empty.
  if (!week && nothingElse(norm)) return { kind: "smalltalk", topic: "ack" };
  // 「这礼拜来不赢报咯 下礼拜一起报」: this week's report put off to next week — 下周提醒 (next-week-report.ts), before 忙.
  if (ctx.awaiting === "nothing" && reportPutToNextWeek(norm, core))
    return { kind: "command", command: "下周提醒", text: "下周提醒" };

  // 「陪俺唠会嗑呗」「你们机器人也要写总结不 哈哈」: company asked for, or the bot asked about as a
  // person — social, whatever command word it holds (social-to-bot.ts).
  const social = socialToBot(core) ?? lateReply(norm);
  if (social) return social;
  // 「稿子已经发你咯」: a thing said sent to the bot — talk, not the look at a draft its words name.
  if (handedToBot(norm) === "sent") return { kind: "smalltalk", topic: "other" };
  // 「出稿真累」「谁能帮我看看这个表格咋弄」: talk about the bot's objects that asks nothing of it.
  const talk = talkAbout(norm, core);
  if (talk === "mood") return { kind: "smalltalk", topic: "mood" };
  // Nothing asked of the bot: no command rule or learned guess reads it.
  if (talk === "no-command") return afterCommands(norm, core, { ...ctx, guess: null });
  // 「导出在哪弄」「撤回了咋找回来」: where or how a feature is used, asked — 帮助 on it, before a review
  // rule takes the feature's word for the request itself (「能不能…」 stays a polite request).
  // 「删了的还能恢复吗」「撤掉的还找得回来不」: whether what is withdrawn can come back, asked of no update in
  // particular (no 那条、刚、第N) — 帮助 on 恢复, not a restore of the latest (「手滑删了 能找回来不」 is one).
  if (restoreAsked(norm)) return { kind: "command", command: "帮助", text: "帮助 恢复" };
  const how = HOW_ASKED.test(norm) ? howToTopic(norm) : undefined;
  const howTo: Intent | undefined =
    how && how !== "我的填报" ? { kind: "command", command: "帮助", text: `帮助 ${how}` } : undefined;
  // 3. A leader reads the draft: a review request or a part named (leader-request.ts) comes first for
  // leaders — 「这个第四部分的数据对吗」 asks to see that part, not about a matter of business.
  // 「这稿子里的86万是哪来的」: a figure of the draft asked about — where it stands and who reported it.
  const figure = ctx.leader ? figureAskedOfDraft(norm, ctx) : undefined;
  if (figure) return figure;
  // 「咱们高企今年是几家来着」「上半年科普活动报了没有」: a count or a matter asked of the material — 查数,
  // answered from what staff reported (material-question.ts); one's own (我今年报了几场培训) is 我的填报.
  const material = materialAsked(norm, core, ctx);
  if (material) return material;
  // 「这周六我值班 在单位守着」: one's own duty day ahead, told — talk, nothing asked; 「…要不要报」 asks the rules.
  const duty = dutyTold(norm);
  if (duty) return duty === "asked" ? RULES_HELP : { kind: "smalltalk", topic: "other" };
  // 「小李今天病假」「昨天去医院做了个检查」: another's leave, one's own errand — talk (told-in-passing.ts).
  const passing = toldInPassing(norm, ctx.people);
  if (passing) return { kind: "smalltalk", topic: passing };
  const review = ctx.leader
    ? (howTo ?? replacePart(norm, ctx, raw) ?? leaderRequest(norm, core, ctx))
    : undefined;
  if (review) return review;
  // 「特派员补贴那块咋弄」「补贴啥时候发啊」: a question about a matter of business the bot does not
  // keep — asked about in one line, never read as 帮助 (work-matter.ts).
  if (workMatter(norm) === "asked") return { kind: "unclear", suggest: "asked" };
  if (howTo) return howTo;
  // 「刚删的那条还是留着吧」「2号撤错了 还是留着吧」: the one withdrawn, kept — 恢复 (keep-withdrawn.ts).
  const kept = keepWithdrawn(norm, ctx);
  if (kept) return kept;

  // Everyday words for a command (staff say a leader's request too: leader-request.ts answers it).
  // 「我还有哪个科室没报」: one's own sections asked about — 我的填报 (everyday-command.ts), never 进度.
  const staffSaid = ctx.leader || OWN_REPORTING.test(norm) ? undefined : leaderRequest(norm, core, ctx);
  // 「困难那块一定要写吗」: whether a part of one's report must be written is a rules question (staff-questions.ts).
  if (staffSaid) return weekAsked(staffSaid, norm) ?? staffSaid;
  // A request on an earlier update named without its number (刚才那条写错了，应该是650人;
  // 科普进校园那条删了) is resolved against the store: correction-request.ts.
  // 「刚那条放错科室了 应该是高企的」: the section said to be wrong, the right one named (section-move.ts).
  const moved = sectionMoveRequest(norm, ctx);
  if (moved) return moved;
  // 「3号那个改的不算 还是用原来的」: an update's edit turned down, not the update (edit-dropped.ts).
  const editDropped = updateEditDropped(norm);
  if (editDropped !== undefined)
    return { kind: "command", command: "放弃修改", text: `放弃修改 ${editDropped}`.trim() };
  // 「第3条俺瞅瞅写哩对不对」: a 修改 read where a look is asked is 查看 (edit-or-look.ts).
  const said = weekAsked(seen(everydayCommand(norm, core, ctx), norm), norm);
  // 「请问这周六要上班吗🙏」「12月12号上班不上班呀」「周日要来单位不啊 听说调休」「元旦放几天」: whether a day
  // is worked (workday-asked.ts), answered — a question, never read as the 调休 it names.
  const day = said?.kind === "command" ? undefined : workdayAsked(norm, core);
  if (day) return { kind: "command", command: "上班吗", text: `上班吗 ${day}` };
  // 「周四周五请两天假 家里老人住院」「下礼拜三四我调休 覅催我哦」: leave asked for on days that can be worked
  // out is done (leave-request.ts) — its 别催 is no 下周提醒 of this week.
  const leave =
    said?.kind === "command" && said.command !== "下周提醒"
      ? undefined
      : (leaveRequest(norm, core) ?? (said ? undefined : awayLeave(norm, core)));
  if (leave) return { kind: "command", command: "请假", text: `请假 ${leave}` };
  if (!said && pausesThisWeek(norm, core)) return { kind: "command", command: "下周提醒", text: "下周提醒" };
  const correction = seen(correctionRequest(norm, ctx, said), norm);
  // An action on an object the bot keeps, in words no rule above lists (verb-object.ts): read where
  // the rules found nothing or only doubt, and where a 「应该归党建」 taken as a correction moves a section.
  // 「第3条科室改成高企」: a 修改 whose words are the update's section is that section's move.
  const editOnly = said?.kind === "command" && said.command === "修改";
  const read =
    !said || said.kind === "unclear" || editOnly ? weekAsked(verbObject(norm, core, ctx), norm) : undefined;
  // 「5号那条我不是想删的，帮我拿回来」: a restore or a section move read is that request, not the
  // correction its 不是/其实是 looks like.
  if (read?.kind === "command" && (read.command === "科室" || read.command === "恢复")) return read;
  if (correction && correction.kind !== "unclear") return correction;
  if (said?.kind === "command") return said;
  if (read) return read;
  if (correction) return correction;
  if (said) return said;
  return afterCommands(norm, core, ctx);
}

/** Not yet known (还没定哪天、不知道哪几天): a question word inside a statement. */
const UNDECIDED = /(?:没|未)(?:定|确定|通知|说)|不(?:知道|清楚|确定)/;

/**
 * 「这周没进展的话还用报不」: the week's status said inside a question about the rules (staff-questions.ts)
 * is that question, answered — not the 本周无进展 / 下周提醒 / 填报 it names.
 */
function weekAsked(intent: Intent | undefined, norm: string): Intent | undefined {
  // 「一条一条报还是一起报」: how reporting goes, asked — not the 填报 it names either.
  // 「我报的哪些人看得见」: nor a command the learned guess found in its words.
  const week =
    intent?.kind === "command" &&
    (intent.command === "本周无进展" ||
      intent.command === "下周提醒" ||
      intent.command === "填报" ||
      // 「困难那块一定要写吗」: whether a part of a report must be written, not the draft's part to rewrite.
      intent.command === "重写" ||
      intent.guessed === true);
  return week && rulesAnswer(norm, undefined) ? RULES_HELP : intent;
}

/** Steps 4–6: small talk, a report, or unclear (a learned guess where the rules are unsure). */
function seen(intent: Intent | undefined, norm: string): Intent | undefined {
  return intent && editOrLook(intent, norm);
}

function afterCommands(norm: string, core: string, ctx: IntentContext): Intent {
  // 4. Small talk.
  if (core === "") return { kind: "smalltalk", topic: /[?？]/.test(norm) ? "question" : "emoji" };
  if (placeFirstHalf(core)) return { kind: "report" }; // 「上午在仪陇县马鞍镇」: a report's first half (place-first-half.ts)
  // 「下午陪市里专家看了草莓基地 这个要报不」: the work told is what is answered (report-asked.ts), never the question.
  const worked = reportAskedOfWork(norm, (n, c) => afterCommands(n, c, ctx));
  if (worked) return worked;
  // 「是不是每个礼拜都要报的啊？」「我报的东西领导看得到伐」: a question about the rules, answered about
  // them (staff-questions.ts, by the engine) — the 帮助 asked for, whatever small talk it resembles.
  if (rulesAnswer(norm, undefined)) return RULES_HELP;
  // 「辛苦了 早点休息」「你也早点歇着哈」: a wish of rest to the bot or a colleague, no day off.
  if (REST_WISH.test(core) && !FIGURE.test(norm)) return { kind: "smalltalk", topic: "thanks" };
  // 「月底想请几天假」: leave on days not worked out yet (几天 is no question) — asked which days.
  if (leaveSaidVaguely(norm, core) && judgeWork(norm, core) !== "report")
    return { kind: "unclear", suggest: "away", when: norm };
  for (const { topic, re } of SMALL_TALK) if (re.test(core)) return { kind: "smalltalk", topic };
  // 「嗯呐」「得嘞」「阔以」 where no question takes a yes: any dialect's yes word is an acknowledgement, like 好的
  // (answered with the drafts still waiting), not unknown chat.
  // A yes word alone (≤ 3 characters); 「行，就这样吧」 from a leader with no draft is assent to nothing, answered apart.
  if ([...core].length <= 3 && dialectAnswer(core) === "yes") return { kind: "smalltalk", topic: "ack" };
  if (SMALL_TALK_RUN.test(core))
    return { kind: "smalltalk", topic: /谢|辛苦|麻烦/.test(core) ? "thanks" : "ack" };
  const aside = talkAside(norm, core, ctx);
  if (aside) return aside;
  // 「屋企热水器终于搞掂咗」 read past the command rules (talk about the bot's objects): told in passing all the same.
  const inPassing = toldInPassing(norm, ctx.people);
  if (inPassing) return { kind: "smalltalk", topic: inPassing };
  const closing = smallTalkAtClose(norm);
  if (closing) return closing;
  // 「材料晚点再发给你嘛」「我先去开个会 回来再报」: the sending or the report put off with 再 — talk put
  // off; 「材料已经发你了」: a thing said sent to the bot (handed-to-bot.ts). Not where one will be away
  // (「12.8-12.10去省里轮训，回来再报」: the 请假 offer below).
  const handed = handedToBot(norm);
  if (handed && notOwnWork(norm)?.kind !== "away")
    return { kind: "smalltalk", topic: handed === "later" ? "later" : "other" };
  // 「【转发】关于…的通知，请各科室…」: a notice passed on, not work done.
  if ((NOTICE_MARK.test(norm) && !forwardsOwnWork(norm)) || (NOTICE_ASK.test(norm) && !/已|完成/.test(norm)))
    return { kind: "smalltalk", topic: "notice" };

  // 「那个数好像不太对」「上回说那事儿咋样了」「老王让我跟你说一声」「咋整」「木耳」: something wanted or
  // pointed at that cannot be told — what is meant is asked in one line (vague-message.ts), never chat.
  // 「我报的能改吗」: asking what a feature can do is 帮助 on it (how-to.ts, below), not a vague ask.
  // 「下午去敬老院讲了防溺水」: work done at a place, said with a spoken verb, is no pointer (spoken-work-done.ts).
  const vague =
    howToTopic(norm) || spokenWorkDone(norm)
      ? undefined
      : vagueMessage(norm, core, ctx.awaiting === "nothing");
  // A bare 「2」 while a card or a choice waits may answer it; the engine asks which update (ask-bare-number.ts).
  // Handing over (「就按这个来」) while a card waits may be said of the card: only asked when nothing waits.
  // In guided filling a question back (「数据这个要写哪些哦」) is about the question asked: answered there.
  if (
    vague &&
    !ctx.awaiting.startsWith("guided") &&
    ((vague !== "bare" && vague !== "handover" && vague !== "fault") || ctx.awaiting === "nothing")
  )
    return { kind: "unclear", suggest: "vague", vague };
  // 「县里那个科技奖补资金到位没有」: how a matter stands, asked — no work of one's own, no command.
  if (STATUS_ASKED.test(norm) && !FIGURE.test(norm)) return { kind: "unclear", suggest: "asked" };
  // 「材料下午发你哈」「差不多了」「防汛物资清点」: a matter of one's work still under way, promised,
  // or only named — asked about in one line with what the bot can do, never stored (work-matter.ts).
  const matter = workMatter(norm);
  if (matter) return { kind: "unclear", suggest: matter };

  // 5. A report of work, or 6. unclear. Where the rules would store a message that the learned
  // model finds far from every report it has seen, ask instead: nothing doubtful is stored.
  // 「申报材料交了」: done, but the work only pointed at — asked, never stored (thin-done.ts); a summary's paragraph pasted too.
  const verdict: Intent =
    thinDone(core) || pastedDocument(norm) ? { kind: "unclear" } : reportOrNot(norm, core);
  // 「报错科室了能改不」「确认过的还能删不」: asking whether a feature can — 帮助 on that feature (how-to.ts).
  const topic = verdict.kind !== "report" ? howToTopic(norm) : undefined;
  if (topic) return { kind: "command", command: "帮助", text: `帮助 ${topic}` };
  // 「出差了还用报不」「休年假那周也得报？」: a question about the rules (staff-questions.ts answers it),
  // not one's absence nor a report, whatever work words it holds.
  if (rulesAnswer(norm, undefined)) return RULES_HELP;
  // What would be stored or asked about may be no work of one's own: a notice pasted without its
  // mark, one's own absence, a task received (not-own-work.ts) — answered as such, never stored.
  // 「我下个礼拜一到礼拜五休年假」「明天上午我请假半天」「周五调休」 said in passing is one's absence:
  // the 请假 offer for the day said, asked with a button, nothing stored, never guessed into another
  // command — the same answer as an absence the rules would have stored (README 「不在单位」).
  // 「下礼拜可能要出差 还没定哪天」: a which-day not yet known is told, not asked — the absence still.
  const told = verdict.kind === "smalltalk" && verdict.topic === "question" && UNDECIDED.test(norm);
  const passing =
    verdict.kind === "smalltalk" && (verdict.topic === "other" || told) ? notOwnWork(norm, ctx) : undefined;
  if (passing?.kind === "away") return { kind: "unclear", suggest: "away", when: passing.when };
  const notMine = verdict.kind === "report" || verdict.kind === "unclear" ? notOwnWork(norm, ctx) : undefined;
  if (notMine?.kind === "notice" || notMine?.kind === "schedule")
    return { kind: "smalltalk", topic: "notice" };
  if (notMine?.kind === "away") return { kind: "unclear", suggest: "away", when: notMine.when };
  if (notMine?.kind === "errand") return { kind: "unclear" };
  if (notMine?.kind === "assigned") return { kind: "unclear", suggest: "assigned", task: notMine.task };
  // 「局长今天去市里开会了」: someone else's doings told in passing — answered, not asked about (others-doings.ts).
  if (verdict.kind !== "smalltalk" && othersDoings(norm)) return { kind: "smalltalk", topic: "others" };
  // 「支部里老有人请假 到会率上不去」: others' habits complained of, nothing done — asked (others-habit.ts).
  if (verdict.kind === "report" && othersHabitOnly(norm)) return { kind: "unclear" };
  const doubt = ctx.doubt === undefined ? doubtsReport : ctx.doubt;
  if (verdict.kind === "report" && doubt?.(norm)) return guessWhereUnsure({ kind: "unclear" }, norm, ctx);
  return guessWhereUnsure(verdict, norm, ctx);
}

function reportOrNot(norm: string, core: string): Intent {
  switch (judgeWork(norm, core, true)) {
    case "report":
      return { kind: "report" };
    case "unclear":
      return { kind: "unclear" };
    case "question":
      return { kind: "smalltalk", topic: "question" };
    case "chat":
      return { kind: "smalltalk", topic: "other" };
  }
}
