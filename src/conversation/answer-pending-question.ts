import { amongTwo, heldBack, whichDraftAnswer } from "./which-draft-answer.js";
import { holdsAllSaid } from "./card-hold.js";
import { saysNo, WITHDRAW_ASKED, withdrawsCard } from "./card-no.js";
import { agreedInClauses, PUTS_ASIDE, replyClauses } from "./clause-answer.js";
import { closesAskReport, keepsOriginal } from "./answer-close-or-keep.js";
import { backsOutOfEdit } from "./edit-back-out.js";
import { dropsInEveryClause, dropsTheEdit } from "./edit-dropped.js";
import { editNotNeeded } from "./edit-not-needed.js";
import { endsWithUnitless } from "./plan-correction.js";
import { freeTextAnswer } from "./free-text-answer.js";
import {
  ALL_SAID,
  EDIT_YES,
  edgeless,
  emojiAnswer,
  intentText,
  NO,
  numberOf,
  YES,
} from "./intent-lexicon.js";
import { cardFirstButton } from "./card-button-number.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { clausesOf, reportsWork } from "./message-clauses.js";
import { partAnswer } from "./part-answer.js";
import { sectionMoveRequest } from "./section-move.js";
import {
  daysAnswer,
  earlierSectionAnswer,
  listPlace,
  mayNameSection,
  placeDescribed,
  whichUpdateAnswer,
  yesNoAnswer,
} from "./pending-answers.js";
import {
  cardSectionAnswer,
  exactSection,
  holdsSections,
  sectionAnswer,
  sectionInClauses,
} from "./section-answer.js";
import { FIGURE } from "./work-lexicon.js";
import { changeNotNeeded, editAgreed, dialectAnswer, onlyAsides, yesBesideCourtesy } from "./answer-words.js";
import { keepAfterReason, saysYes, yesBesideTalk, yesThenTalk } from "./yes-beside-talk.js";
import { ANSWER_FILLER, ANSWER_TAIL, KEEP_SAID, slipOnly, TURN_AWAY } from "./answer-fillers.js";
import { deniesProblem } from "./problem-denied.js";
import { answerBesideAsked, denialAsked, thisDraftConfirmed } from "./card-asked.js";
import { sectionHandedToBot } from "./section-deferred.js";
import { sectionBesideDenied } from "./section-denied.js";
import { afterBareNo } from "./section-described.js";
import { sectionPut } from "./section-of-colleague.js";
import { sectionNamed, sectionRetaken } from "./section-retaken.js";
import { BARE_VALUE, dropsEdit, itCounts, MEANT } from "./answer-more-words.js";
import { storeAfterConfirm } from "./just-confirmed.js";

/**
 * Step 2 of classify-intent.ts: a message as the answer to what the bot is waiting for (a section,
 * a draft number, yes/no, edit text, a part of the draft), or undefined when it answers nothing.
 */
export function answerTo(t: { norm: string; core: string }, ctx: IntentContext): Intent | undefined {
  // 「等等，数字不对」「嗯…那个，不是」「要得嘛」: a filler before the answer and a particle after it are no part of it.
  const said = emojiAnswer(t.norm) ?? (t.core.replace(ANSWER_FILLER, "") || t.core);
  const core = edgeless(said);
  // A yes word may itself end in what reads as a particle (得嘞): the reply is a yes either way.
  // 「成 就它了」「好个好个」「嗯咯」「得嘞您嘞」: dialect yes words said alone (answer-words.ts).
  // 「没麻达 辛苦咧」「对啦 就是这样 感谢」: yes words, agreement and courtesy, clause by clause.
  // 「不用改了 就这么着」「对 不用再改了」: no change wanted is the yes (answer-words.ts); 「嗯 对的 今天下乡冻惨了」:
  // the yes, then only how the day was (yes-beside-talk.ts).
  const card = ctx.awaiting === "confirm";
  // 「没啥不对的 你存吧」「冇得错」「不差啥 存上吧」: a problem or doubt denied is the yes (problem-denied.ts);
  // 「好的唻 就这样 晚上还要加班弄材料」: the yes with talk around it that asks nothing (yes-beside-talk.ts).
  // 「这个没麻达吧？」「没差错吧？今天跑了一天」: a denial asked, wherever it stands — no yes (card-asked.ts).
  const deniedAsked = denialAsked(t.norm, core);
  const yes =
    !deniedAsked &&
    (YES.test(core) ||
      YES.test(said) ||
      dialectAnswer(said) === "yes" ||
      deniesProblem(core) ||
      changeNotNeeded(core, card) ||
      // 「这下弄对了」「就是这样」 to an edit's preview: the change agreed to, said alone (answer-words.ts AGREES).
      (ctx.awaiting === "edit-confirm" && editAgreed(core, t.norm)) ||
      yesBesideCourtesy(replyClauses(t.norm), (c) => saysYes(c) || changeNotNeeded(c, card)) ||
      // 「嗯嗯 这条莫得问题 确认嘛」「内容都对 就这么着」: the yes said of the card's content (这条、内容都).
      (card && yesBesideCourtesy(replyClauses(t.norm).map(ofTheCard), saysYes)) ||
      (card && ctx.pendingDrafts === 1 && (thisDraftConfirmed(core) || keepAfterReason(t.norm))) ||
      yesThenTalk(t.norm) ||
      (/^(?:confirm|edit-confirm|report-or-not)$/.test(ctx.awaiting) && yesBesideTalk(t.norm)));
  const besideAsked = (rest: string) => answerTo({ norm: rest, core: intentText(rest).core }, ctx);
  const asked = deniedAsked && /^(?:confirm|edit-confirm)$/.test(ctx.awaiting);
  if (asked) return answerBesideAsked(t.norm, besideAsked);
  switch (ctx.awaiting) {
    case "section": {
      // 「这个是项目上的活儿，跟高企没关系」「不是人才那块 算成果转化」: the one left standing (section-denied.ts).
      const standing = sectionBesideDenied(t.norm, ctx.sections);
      if (standing) return { kind: "answer", answer: "section", section: standing };
      // 「这是人才的 哦不对 是成果转化的」「人才那块吧 哦不对 还是成果转化」: said, then taken back — the one after.
      const retaken = sectionRetaken(t.norm, ctx);
      if (retaken) return { kind: "answer", answer: "section", section: retaken };
      // 「参加了市里的项目评审会」 while a section is asked is a new report that names a section
      // word, not the answer: the question stays open and the report is recorded on its own.
      const work = reportsWork(t.norm);
      const section = work
        ? (exactSection(core, ctx.sections) ??
          sectionInClauses(t.norm, ctx.sections, (c) => !reportsWork(c)) ??
          // 「成果转化呗，这还用问」: the name, and beside it only what says nothing (clause-answer.ts).
          agreedInClauses(t.norm, (c) => exactSection(c, ctx.sections)))
        : (sectionAnswer(core, ctx.sections) ??
          sectionInClauses(t.norm, ctx.sections) ??
          // 「2号 高企」「选二 谢谢」: the clauses that name a section agree on it.
          agreedInClauses(t.norm, (c) => sectionAnswer(c, ctx.sections)));
      if (section) return { kind: "answer", answer: "section", section };
      // 「这个是引进专家的事 算人才那块吧」「我觉得是人才吧 虽然也沾点成果转化」: the one put forward (section-asserted.ts).
      const put = sectionPut(t.norm, ctx);
      if (put) return { kind: "answer", answer: "section", section: put };
      // 「不对不对 我是说党建那块」: a no to what was taken, then the section meant.
      const meant = !work ? afterBareNo(t.norm)?.replace(MEANT, "") : undefined;
      const named = meant && !/\d/.test(meant) ? sectionNamed(meant, ctx) : undefined;
      if (named) return { kind: "answer", answer: "section", section: named };
      const both = holdsSections(core, ctx.sections, work);
      // 「可以」「行 就这样」「好的 确认」: a yes, to which the bot names the section it would take (section-offer.ts);
      // 「你定吧 我也分不清」「随你 你看着弄」: the choice handed to the bot is that yes (section-deferred.ts).
      const handed = !work && sectionHandedToBot(replyClauses(t.norm), saysYes);
      return both ?? ((yes || handed) && !work ? { kind: "answer", answer: "yes" } : undefined);
    }
    case "which-draft": {
      const listed = ctx.draftNumbers ?? [];
      // 「都行，全确认」: a clause saying all, the others no number.
      if (saysAllIn(t.norm) && !/\d/.test(core)) return { kind: "answer", answer: "all" };
      // 「都要 2条一起」「3个都确认」: the count of the listed drafts said beside all is no draft number.
      const uncounted = t.norm.replace(LISTED_COUNT, (m, n: string) =>
        numberOf(n) === listed.length ? "" : m,
      );
      if (uncounted !== t.norm && !/\d/.test(uncounted) && (saysAllIn(uncounted) || TOGETHER.test(uncounted)))
        return { kind: "answer", answer: "all" };
      if (holdsAllSaid(t.norm, core)) return { kind: "answer", answer: "no" }; // 「两个都先莫确认」: the count is no number
      // Read on norm: 「先确认5 6号我再看看」 keeps its space between the numbers; 「底下那个 新报的」 (placeDescribed).
      const whole = draftSaid(core, listed, ctx.draftTexts, t.norm) ?? placeDescribed(t.norm, listed);
      if (whole) return whole;
      // 「第二条吧 第一条我还要改」「第一个 第二个不要」: the one chosen beside the one put aside.
      const chosen = agreedInClauses(t.norm, (c) => draftSaid(c, listed, ctx.draftTexts), true);
      if (chosen) return chosen;
      if (saysNo(core)) return { kind: "answer", answer: "no" };
      // 「成果转化」 to drafts of two sections (each listed with its section): the one filed there.
      const filed =
        ctx.sections.length > 1 && !/\d/.test(core) ? sectionAnswer(core, ctx.sections) : undefined;
      const there = filed ? (ctx.draftTexts ?? []).filter((d) => d.section === filed) : [];
      return there.length === 1 ? { kind: "answer", answer: "number", n: there[0]!.seq } : undefined;
    }
    case "confirm":
    case "edit-confirm":
    case "report-or-not": {
      // 「1」「高企」 while an earlier draft waits for its section: the question that listed sections.
      if (ctx.awaiting === "confirm" && ctx.sectionWaiting && !reportsWork(t.norm)) {
        const earlier = earlierSectionAnswer(core, ctx.sectionWaiting);
        if (earlier) return earlier;
      }
      // 「人才那块吧 哦不对 还是成果转化」 to the card of someone reporting for several sections: the one after.
      const retaken =
        ctx.awaiting === "confirm" && ctx.sections.length > 1 ? sectionRetaken(t.norm, ctx) : undefined;
      if (retaken) return { kind: "answer", answer: "section", section: retaken };
      // 「高企那个」「成果转化」 to the card of someone reporting for several sections: file it there.
      if (ctx.awaiting === "confirm" && mayNameSection(core, ctx)) {
        const standing = sectionBesideDenied(t.norm, ctx.sections);
        if (standing) return { kind: "answer", answer: "section", section: standing };
        const moved = cardSectionAnswer(core, ctx.sections, reportsWork(t.norm), t.norm);
        if (moved) return moved;
        // 「这个主要是帮企业搞高企认定的 算平台那边吧」: the draft described, its section said (section-described.ts).
        const put = sectionPut(t.norm, ctx);
        if (put) return { kind: "answer", answer: "section", section: put };
        // 「诶 不对 算研发那边吧」: the section shown said wrong, the right one named after the no.
        const fixed = afterBareNo(t.norm)?.replace(MEANT, "");
        const named = fixed && !/\d/.test(fixed) ? sectionNamed(fixed, ctx) : undefined;
        if (named) return { kind: "answer", answer: "section", section: named };
      }
      // 「好 谢了」 to 「要记为工作填报吗？」 closes the question; it is no yes.
      // 「是的 谢谢」「嗯 算 谢了」: the question answered in so many words (是、对、要、算), thanks beside it.
      const counts = ctx.awaiting === "report-or-not" ? itCounts(t.norm, reportsWork) : undefined;
      if (counts) return { kind: "answer", answer: "yes", ...counts };
      // (「是滴 谢谢啦 看了5户的大棚」: thanks beside more of the work closes nothing — read on below.)
      if (ctx.awaiting === "report-or-not" && closesAskReport(core) && !reportsWork(t.norm))
        return { kind: "answer", answer: "no" };
      // 「好的谢谢 改吧」: the yes to the edit beside thanks, clause by clause.
      if (
        ctx.awaiting === "edit-confirm" &&
        (EDIT_YES.test(core) ||
          noMoreChange(t.norm, core) ||
          yesBesideCourtesy(replyClauses(t.norm), (c) => YES.test(c) || EDIT_YES.test(c)))
      )
        return { kind: "answer", answer: "yes" };
      // The edit turned down: the original kept, 「还是用之前那版」「撤回修改」 in one's own words
      // (edit-dropped.ts), or 「算了不改了 还是20块」 — the old figure said again (edit-back-out.ts).
      const back = ctx.editing !== undefined && backsOutOfEdit(t.norm, ctx.editing);
      if (
        ctx.awaiting === "edit-confirm" &&
        (keepsOriginal(core) || dropsTheEdit(core) || dropsInEveryClause(t.norm) || back)
      )
        return { kind: "answer", answer: "no" };
      // 「记为我的填报」「算我的」 (the on-behalf card's button, in words) to 「要记为工作填报吗？」: keep it.
      if (ctx.awaiting === "report-or-not" && KEEP_AS_MINE.test(core))
        return { kind: "command", command: "记为填报", text: "记为填报" };
      // 「嗯 都对」「两条都没问题」 to the cards of several drafts: all of them, as 全部确认 (which says which);
      // 「俩都先甭确认 主任还要审」: none yet, as to their list.
      if (ctx.awaiting === "confirm" && ctx.pendingDrafts > 1 && !/\d/.test(core) && saysAllIn(t.norm))
        return { kind: "command", command: "全部确认", text: "全部确认" };
      if (card && ctx.pendingDrafts >= 1 && holdsAllSaid(t.norm, core))
        return { kind: "answer", answer: "no" };
      // 「我记岔了」「哎呀 我搞混了」 to a card: it is wrong, where not said (answer-fillers.ts).
      if (card && slipOnly(t.norm)) return { kind: "answer", answer: "no" };
      // 「1」 to the one draft's card: its first button, 确认 (card-button-number.ts).
      const first = cardFirstButton(core, ctx);
      if (first) return first;
      if (yes) {
        // A bare 好的 long after the question, or with several drafts waiting, is not a yes.
        // 「行 存上」「好 给我记上」 after talk in between: the one draft kept in so many words is still the yes.
        const kept = ctx.pendingDrafts === 1 && KEEP_SAID.test(core);
        if (ctx.awaiting === "confirm" && !(ctx.justAsked && ctx.pendingDrafts <= 1) && !kept)
          return undefined;
        return { kind: "answer", answer: "yes" };
      }
      // 「哈哈算了 不问你了」 after the bot answered something else: said to that, not to the card —
      // as a yes is not (above), only a plain no word still answers it.
      if (ctx.awaiting === "confirm" && !ctx.justAsked)
        return NO.test(core) ? { kind: "answer", answer: "no" } : undefined;
      // 「这个不对 删了吧」 to a card: the draft asked to go — a withdrawal (correction-request.ts), no no.
      if (ctx.awaiting === "confirm" && WITHDRAW_ASKED.test(core) && !NO.test(core)) return undefined;
      // 「撤了吧 这条不要了」「这条不对 撤了吧 我重新发」 to the card just sent: the withdrawal asked in
      // so many words (not after a no: 「不不 撤了吧」 answers the card) is read as that request (step 3).
      if (ctx.awaiting === "confirm" && withdrawsCard(t.norm, core)) return undefined;
      if (saysNo(core)) return { kind: "answer", answer: "no" };
      // 「算了还是原来的」: 算了 turns away from what was offered; the no is what follows it.
      if (saysNo(core.replace(TURN_AWAY, "") || core)) return { kind: "answer", answer: "no" };
      return answerThenReason(t.norm, ctx);
    }
    case "yes-no": {
      const days = daysAnswer(t.norm, core, ctx);
      if (days) return days;
      const reason = yes || saysNo(core) ? undefined : answerThenReason(t.norm, ctx);
      const answer = yes ? "yes" : saysNo(core) ? "no" : reason?.kind === "answer" && reason.answer;
      return yesNoAnswer(ctx, answer === "yes" || answer === "no" ? answer : undefined);
    }
    case "which-update":
      // 「哦 那不用改了」 to 「是下面哪一条？」 asked for a correction: no change wanted, a no.
      return whichUpdateAnswer(core, ctx, saysNo(core) || dropsEdit(replyClauses(t.norm)), yes);
    case "guided-section": {
      // 「2」「高企那块」 choose; 「主要是跑了几个企业吧」 answers the first question before the section.
      const section =
        sectionBesideDenied(t.norm, ctx.sections) ??
        (reportsWork(t.norm) ? exactSection : sectionAnswer)(core, ctx.sections);
      if (section) return { kind: "answer", answer: "section", section };
      // 「刚刚那条科室弄错了 应该是人才那块」 while guided filling waits for the section: no update is
      // there to move yet — the section named is the answer.
      const moved = sectionMoveRequest(t.norm, ctx);
      const to = moved?.kind === "command" ? /^科室 (\D.*)$/.exec(moved.text)?.[1] : undefined;
      const id = to ? sectionAnswer(to, ctx.sections) : undefined;
      if (id) return { kind: "answer", answer: "section", section: id };
      return freeTextAnswer(t, core, ctx);
    }
    case "edit-text":
      // 「對 謝謝」 while the new text is asked for: no new text — the request for it stands (a yes or
      // thanks taken as the text would offer to replace the update with 「对 谢谢」).
      if (yes || onlyAsides(replyClauses(t.norm)))
        return { kind: "smalltalk", topic: yes ? "ack" : "thanks" };
      // 「哦 那不用改了」「那不改了吧」「不用了」: no new text coming — the edit dropped, never taken as the text.
      // 「算球了 不改咧」「那条没错 是我看错了」「我再想想 晚点再改」: not changing it, right as it was, not now.
      if (
        dropsEdit(replyClauses(t.norm)) ||
        dropsTheEdit(core) ||
        dropsInEveryClause(t.norm) ||
        editNotNeeded(t.norm)
      )
        return { kind: "command", command: "取消", text: "取消" };
      return freeTextAnswer(t, core, ctx);
    case "guided":
      return freeTextAnswer(t, core, ctx);
    case "part":
      return partAnswer(t.norm, t.core, ctx);
    case "nothing":
      // 「不是 这是通知 不用记」 to a notice left unrecorded: the 记为填报 on offer declined.
      return ctx.offeredReport && saysNo(core)
        ? { kind: "answer", answer: "no" }
        : storeAfterConfirm(t.norm, ctx); // 「行 存上」 just after a confirm: said to that card
  }
}

/** 「这条莫得问题」「内容都对」「数字也没错」: the yes with what it is said of (the card's content) in front. */
function ofTheCard(clause: string): string {
  return clause.replace(/^(?:这条|这个|这份|内容|数字|数据|数|写的)(?:都|也|全)?(?=.)/u, "") || clause;
}

/** A count of drafts said (2条、两个、3项). */
const LISTED_COUNT = /(\d{1,2}|[两二三四五六七八九十俩仨])\s*(?:条|个|项)/g;
/** 「2条一起」「一块确认」: together, every one. */
const TOGETHER = /一起|一块儿?|一并|一道/;

/** 「对 不用再改了」「不用再动了 谢谢」 to an edit preview: the edit as shown, nothing more to change. */
function noMoreChange(norm: string, core: string): boolean {
  if (changeNotNeeded(core, false)) return true;
  const clauses = replyClauses(norm);
  return (
    clauses.some((c) => changeNotNeeded(c, false)) &&
    yesBesideCourtesy(clauses, (c) => YES.test(c) || changeNotNeeded(c, false))
  );
}

/**
 * 「两条都确认掉」「全部通过」, and 「两个都中」「两条都要得」「仨都妥了」: every draft, with any yes word
 * (YES, dialect ones too) after 都/全.
 */
/** A clause of the message says all (「嗯 都对」「都行，全确认」). */
function saysAllIn(norm: string): boolean {
  // 「第三个不要 其他都确认」: the rest after one set apart is not all of them (draft-subset.ts reads it).
  const rest = !SET_APART.test(norm);
  return replyClauses(norm).some((c) => saysAll(c, rest));
}

/** One of the drafts set apart (不要、删了、撤、先别、再改): 其他/剩下 then names the others, not all. */
const SET_APART = /不要|删|撤|别|不算|作废|再改|再看|留着|等等|搁|撂|放着|缓/;

function saysAll(said: string, rest = false): boolean {
  // 「都要都要」: said twice over is said once.
  // 「都要晒」: 晒/哂 closing it is Cantonese all, said again.
  const clause = said.replace(/^(.{2,4}?)\1+$/, "$1").replace(/(?<=.)[晒哂]$/, "");
  if (ALL_SAID.test(clause)) return true;
  const m =
    /^(?:剩下|剩余|其余|其他|其它)?的?(?:这|那)?(?:[两二三四五六七八九十几俩仨\d]+(?:条|个|项)?)?哈?(?:全部|全都|都|全|所有的?|统统|通通|拢总|攏總|冚唪唥|冚办兰|一并|统一)+(.+)$/.exec(
      clause,
    );
  // 「剩下那两个都对」: the remaining ones are all that wait — unless one was set apart in the same message.
  if (m && !rest && /^(?:剩下|剩余|其余|其他|其它)/.test(clause)) return false;
  // 「两个都系」「全部都得」「俩都中」: a dialect yes word after 都 too (answer-words.ts).
  return m !== null && (YES.test(m[1]!) || KEEP_ALL.test(m[1]!) || dialectAnswer(m[1]!) === "yes");
}

/** After 都/全: a verb of keeping them (都弄上、全加上、都记上吧、都留着). */
const KEEP_ALL =
  /^(?:给我|帮我)?(?:弄|加|记|存|报|交|放|算|收|留|保留)(?:上|进去|上去|着|下|了|起)?(?:吧|啊|呀|哈|嘛|呗|了)*$/;

/** The listed draft(s) one clause of a reply to 「确认哪一条？」 names (core, edge fillers gone). */
function draftSaid(
  core: string,
  listed: readonly number[],
  texts: IntentContext["draftTexts"],
  /** The whole reply (not one clause): then 「先确认5 6号我再看看」 is read too (heldBack). */
  norm?: string,
): Intent | undefined {
  // 「就第二条那个吧」「4号那条」: a pointer after the draft named points at it.
  const said = yesAfter(
    core
      .replace(/^(?:就|要|选|那就|那|确认)+/, "")
      .replace(ANSWER_TAIL, "")
      .replace(/(?<=[条号个\d])的?[那这](?:一)?[个条]$/, ""),
  );
  // 「两条」 when two are listed: a count of them all, not #2 (which is said 第2条、2号、2).
  const count = /^([二两三四五六七八九十])(?:条|个|项)(?:都|全)?(?:要|确认|对|行)?$/.exec(said);
  if (count && numberOf(count[1]) === listed.length) return { kind: "answer", answer: "all" };
  const m = /^(?:#|第|编号)?(\d{1,6}|[一二两三四五六七八九十]{1,3})(?:条|号|个)?$/.exec(said);
  const n = numberOf(m?.[1]);
  if (n !== undefined && listed.includes(n)) return { kind: "answer", answer: "number", n };
  // 「第一条」「最后那个」 when #7 #8 #9 are listed: a place in the list, not a number on it.
  const place = listPlace(said, listed);
  if (place !== undefined) return { kind: "answer", answer: "number", n: place };
  const held = norm === undefined ? undefined : heldBack(norm, listed);
  if (held) return held;
  const named = draftsNamed(amongTwo(core, listed), listed);
  if (named) return named;
  // 「第一个和第三个」「除了第二条都确认」「新的那条」「中药材那条」: which-draft-answer.ts.
  return whichDraftAnswer(said, listed, texts);
}

/** 「第一个行」「4号得」「后面那条中」: the draft named, and a yes word (any dialect's) after it — the draft. */
function yesAfter(said: string): string {
  const m = /^(.*?(?:条|个|号|项|\d))(.{1,4})$/.exec(said);
  return m && (YES.test(m[2]!) || dialectAnswer(m[2]!) === "yes") ? m[1]! : said;
}

/**
 * 「4和5都确认」「只要5」「#4吧」: the listed draft numbers a short reply names — all of them is 全部,
 * one of them is that one. Not with a negation (「不要5」 says which to leave).
 */
function draftsNamed(core: string, listed: readonly number[]): Intent | undefined {
  if ([...core].length > 12 || /除了/.test(core) || PUTS_ASIDE.test(core)) return undefined;
  const nums = [...core.matchAll(/\d{1,6}|[一二两三四五六七八九十]{1,3}(?=条|号|个|和|跟|与|、|都|$)/g)].map(
    (m) => numberOf(m[0]),
  );
  if (nums.length === 0 || nums.some((n) => n === undefined || !listed.includes(n))) return undefined;
  const distinct = new Set(nums);
  if (distinct.size === listed.length && listed.length > 1) return { kind: "answer", answer: "all" };
  if (distinct.size === 1) return { kind: "answer", answer: "number", n: nums[0]! };
  return undefined;
}

/** To 「要记为工作填报吗？」: record it as mine — 记为我的填报、记我名下、算我的、也算我的工作. */
const KEEP_AS_MINE =
  /^(?:那|就|也|还是)?(?:记为|记成|记作|记到|记在|记|算作|算是|算|存为|存到|存)(?:我|我的|自己|自己的)(?:名下|头上)?(?:的)?(?:填报|工作)?$/;

/**
 * 「对的，就是这样」「不用记，刚才是跟同事说的」「嗯，按这个改」: a yes or no in the first clause and a
 * reason after it (or the reason first and the answer last). Not when the rest is a report of its own (「好的，另外还走访了4家企业」) or a
 * correction (「不对，应该是12家」 — the figure is the new content).
 */
function answerThenReason(norm: string, ctx: IntentContext): Intent | undefined {
  const clauses = clausesOf(norm);
  if (clauses.length < 2) return undefined;
  const firstSaid = answerIn(clauses[0]!, clauses.slice(1), ctx, true);
  // 「还是原来的好，不改了」: the answer may also close the message.
  return firstSaid ?? answerIn(clauses.at(-1)!, clauses.slice(0, -1), ctx);
}

function answerIn(clause: string, others: string[], ctx: IntentContext, first = false): Intent | undefined {
  const after = others.join("，");
  const { core } = intentText(clause);
  // 「对了 我下周一到周三请年休假」: 对了 opening more words is 「by the way」, no yes to anything.
  if (BY_THE_WAY.test(core) && after !== "") return undefined;
  // 「是的，另外下午在石板村教了十几户嫁接核桃」「要记 帮园区2家企业对接了高校实验室」 to 「要记为工作
  // 填报吗？」: the yes, and more of the same work said with it — kept together in the one draft.
  if (reportsWork(after))
    return ctx.awaiting === "report-or-not" && first && YES.test(core)
      ? { kind: "answer", answer: "yes", more: after }
      : undefined;
  if (saysYes(core)) {
    if (ctx.awaiting === "confirm" && !(ctx.justAsked && ctx.pendingDrafts <= 1)) return undefined;
    // 「挺好，但是数字不对」「好的 就是人数写错了」: the yes taken back by an objection after it.
    // 「对的 人数少写了个0 应该是500」: a new value given after the yes corrects the card, whatever leads it.
    // (On an edit preview 「对 改成50家」 restates the edit: still the yes.)
    const renewed = ctx.awaiting === "confirm" && CORRECTS.test(after) && /\d/.test(after);
    if (OBJECTION.test(after) || renewed) return undefined;
    return { kind: "answer", answer: "yes" };
  }
  // 「写错了 是1680万」「打错了，1680万」: a number closing the message is the new value too.
  // 「人数那个不对 90多个」「学校数不对 4家」: a clause that is only a value is the new value of the one said wrong.
  const correction =
    (FIGURE.test(after) && CORRECTS.test(after)) ||
    endsWithUnitless(after) ||
    others.some((c) => BARE_VALUE.test(intentText(c).core) && FIGURE.test(c));
  // 「这个不对 删了吧」: the rest asks for the draft to go — a withdrawal, not a no to argue over.
  if (saysNo(core) && !correction && !WITHDRAW_ASKED.test(after)) return { kind: "answer", answer: "no" };
  return undefined;
}

/** 对了、哦对了、对啦 (by the way) — a yes word only when said alone. */
const BY_THE_WAY = /^(?:哦|噢|啊|哎|诶)?对(?:了|啦)$/;
/** 但是…不对、不过…写错了、就是…要改: something wrong said after a yes word. */
const OBJECTION =
  /(?:但是?|不过|可是|就是|只是)[^，,。]{0,10}?(?:不对|错|有问题|有误|不准|要改|得改|改一下|少了|多了|漏了|(?:少|漏|多|忘)了?写)/;

/** A new figure given for the one said: 应该是、改成、是12家、是七百多人、是入库98家 (what it counts between)、其实是. */
const CORRECTS =
  /应该|应为|改成|改为|是\s*(?:\d|[一二两三四五六七八九十百千万几]+[多余来]?[个人家次场项万元件户所名条篇期批台套亩天支位份])|(?:^|[，,\s])是[\u4e00-\u9fff]{1,4}\d|其实是|实际是/;
