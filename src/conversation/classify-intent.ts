import { freeTextAnswer, type GuidedContext } from "./free-text-answer.js";
import { talkAside } from "./talk-aside.js";
import type { Section } from "../domain/org.js";
import { canonical, everydayCommand, STAFF_COMMAND_MAX_CHARS } from "./everyday-command.js";
import {
  ALL_SAID,
  EDIT_YES,
  FREE_TEXT_COMMANDS,
  intentText,
  NO,
  NO_SAID,
  NO_SAID_MAX,
  NOTICE_ASK,
  NOTICE_MARK,
  numberOf,
  SMALL_TALK,
  SMALL_TALK_RUN,
  type SmallTalkTopic,
  YES,
} from "./intent-lexicon.js";
import { closesAskReport, correctionRequest, keepsOriginal } from "./correction-request.js";
import { leaderRequest } from "./leader-request.js";
import { partAnswer } from "./part-answer.js";
import { forwardsOwnWork, notOwnWork } from "./not-own-work.js";
import { type CommandTable, matchCommand } from "./match-command.js";
import { type Guess, guessWhereUnsure } from "./command-guess.js";
import {
  daysAnswer,
  earlierSectionAnswer,
  listPlace,
  mayNameSection,
  type SectionWaiting,
  whichUpdateAnswer,
  yesNoAnswer,
} from "./pending-answers.js";
import { cardSectionAnswer, exactSection, holdsSections, sectionAnswer } from "./section-answer.js";
import { doubtsReport } from "./report-odds.js";
import { judgeWork, measureWork } from "./work-content.js";
import { FIGURE } from "./work-lexicon.js";
import { foldWidth, toSimplified } from "../domain/normalize.js";

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
/** What the bot is waiting for from this person. */
export type Awaiting =
  | "nothing"
  /** A draft card was shown: 确认 / 修改 / 撤回. */
  | "confirm"
  /** The section of a draft. */
  | "section"
  /** The new text of an update (after 修改 N). */
  | "edit-text"
  /** An edit preview was shown. */
  | "edit-confirm"
  /** A question of the guided mode (填报). */
  | "guided"
  /** The guided mode's 「先选择科室」: a section, or the work itself (guided.ts takes it as answer 1). */
  | "guided-section"
  /** The bot asked whether an unclear message is a report. */
  | "report-or-not"
  /** The bot listed several drafts and asked which to confirm. */
  | "which-draft"
  /** The bot asked a leader which part of the draft a command meant. */
  | "part"
  /**
   * The bot asked a yes/no question whose yes (and maybe no) is a command: 要撤回 #3 吗？, or
   * 「您是想…吗？」 about a command it guessed (command-guess.ts) — one pending question either way.
   */
  | "yes-no"
  /** The bot listed updates, a button each, and asked which one: 要撤回哪一条？ */
  | "which-update";

export interface IntentContext extends GuidedContext {
  awaiting: Awaiting;
  /** The pending question is recent: a bare 好的 may answer it. */
  justAsked: boolean;
  /** The person's unconfirmed drafts. */
  pendingDrafts: number;
  /** The sections a section answer may name, in the order the bot listed them. */
  sections: ReadonlyArray<Pick<Section, "id" | "name" | "aliases">>;
  /** For a draft-number answer: the numbers the bot listed. */
  draftNumbers?: readonly number[];
  /** For a part answer: the command that asked, and its instruction. */
  partQuestion?: { command: string; rest: string; options?: readonly string[]; about?: "draft" };
  /** An earlier draft still waiting for its section while a newer card shows, as its question listed. */
  sectionWaiting?: SectionWaiting;
  /** For a yes/no question: the command a yes runs, and the one a no runs (if any). */
  yesNo?: { yes: string; no?: string };
  /** For a which-update question: the listed numbers and the command each one's button sends. */
  updateChoice?: ReadonlyArray<{ seq: number; command: string }>;
  commands: CommandTable;
  leader: boolean;
  /** The roster's names, so a leader's 「李明报了啥」 names someone (leader-request.ts). */
  people?: readonly string[];
  /**
   * The second opinion asked before a report is stored (report-odds.ts): true asks instead.
   * Defaults to the shipped model; the leave-one-batch-out evaluation passes its own or none.
   */
  doubt?: ((text: string) => boolean) | null;
  /**
   * The learned command guess (command-guess.ts), consulted where the rules end unclear or in
   * small talk of no topic. Defaults to the shipped model; the evaluation passes its own or none.
   */
  guess?: ((text: string, ctx: IntentContext) => Guess | undefined) | null;
}

export type Intent =
  | { kind: "report" }
  /** `text` is the canonical command ("撤回 2") the engine runs through its table. */
  | { kind: "command"; command: string; text: string; guessed?: true }
  | { kind: "answer"; answer: "yes" | "no" | "all" | "text" }
  /** `seq`: the earlier draft whose section question it answers, not the card showing. */
  | { kind: "answer"; answer: "section"; section: string; seq?: number }
  | { kind: "answer"; answer: "sections"; sections: string[]; ordered: boolean } // section-answer.ts
  | { kind: "answer"; answer: "number"; n: number }
  | { kind: "smalltalk"; topic: SmallTalkTopic }
  | { kind: "unclear"; suggest?: "withdraw" }
  /** Not one's own work done (not-own-work.ts): asked about with its own offer; nothing stored. */
  | { kind: "unclear"; suggest: "away"; when?: string }
  | { kind: "unclear"; suggest: "assigned"; task: string }
  /** The learned guess names a command that changes data: asked about, never run unasked. */
  | { kind: "ask-command"; guess: Guess };

export { STAFF_COMMAND_MAX_CHARS };
/**
 * After a command word that takes no free text, arguments this long that carry a figure are the
 * start of a report (「帮助——困难职工家庭办理大病救助8户」「查看：汛期前检查水库12座…」).
 */
const REPORT_AFTER_COMMAND_WORD = 8;

export function classifyIntent(raw: string, ctx: IntentContext): Intent {
  const t = intentText(raw);
  const { norm, core } = t;

  // 1. A command as typed — full-width digits and ＃ folded, Traditional characters simplified
  // (「撤銷 ３」), a closing particle dropped (「定稿吧」), a one-character typo forgiven (「确任 4」).
  const typed = typedCommand(raw, ctx);
  // 「算了，还是通过吧」: 算了 only turns away from what came before; the request is what follows.
  // 「算了 还是按原来的」「算了算了 保持原样」 to an edit preview: what follows answers it (a no).
  if (typed?.command.names[0] === "取消" && typed.args !== "") {
    const rest = classifyIntent(typed.args.replace(/^(?:[，,。、\s]|算了)+/, ""), ctx);
    if (rest.kind === "command" && /^[，,。\s]*(?:还是|那|那就|就)/.test(typed.args)) return rest;
    if (rest.kind === "answer" && rest.answer !== "text") return rest;
  }
  // 「不用记，刚才是跟同事说的」 answers 「要记为工作填报吗？」 with a reason after the button's word.
  if (typed && ctx.awaiting === "report-or-not" && typed.args !== "" && BUTTON_ANSWERS[typed.name])
    return { kind: "answer", answer: BUTTON_ANSWERS[typed.name]! };
  // 「确认」 to 「要记为工作填报吗？」 with no draft waiting: the yes (it was dropped as 「没有待确认的内容」).
  if (typed && ctx.awaiting === "report-or-not" && typed.command.names[0] === "确认" && typed.args === "")
    if (ctx.pendingDrafts === 0) return { kind: "answer", answer: "yes" };
  // 「算了」「取消」 to 「要记为工作填报吗？」 closes the question: a no, answered as one.
  if (typed && ctx.awaiting === "report-or-not" && typed.command.names[0] === "取消")
    return { kind: "answer", answer: "no" };
  // 「算了」 to 「要撤回 #3 吗？」 declines what was offered.
  if (typed && ctx.awaiting === "yes-no" && typed.command.names[0] === "取消" && typed.args === "")
    return yesNoAnswer({ ...ctx, justAsked: true }, "no")!;
  if (typed) {
    const long = [...raw.trim()].length > STAFF_COMMAND_MAX_CHARS;
    // 「通过3家企业的复审…」 from staff is a report, not the leaders' 通过.
    const staffReport = typed.command.leadersOnly && !ctx.leader && long;
    if (!staffReport && !reportAfterCommandWord(typed.command.names[0]!, typed.args)) {
      // 「？」 is small talk; 帮助 stays reachable by its words.
      if (typed.name === "?" || typed.name === "？") return { kind: "smalltalk", topic: "question" };
      return canonical(typed.command.names[0]!, typed.args);
    }
  }

  // 2. An answer to the pending question.
  const answer = answerTo(t, ctx);
  if (answer) return answer;

  // 3. Everyday words for a command; a leader's review request or a part named (leader-request.ts).
  const review = leaderRequest(norm, core, ctx);
  if (review) return review;
  // A request on an earlier update named without its number (刚才那条写错了，应该是650人;
  // 科普进校园那条删了) is resolved against the store: correction-request.ts.
  const said = everydayCommand(norm, core, ctx);
  const correction = correctionRequest(norm, ctx, said);
  if (correction) return correction;
  if (said) return said;

  // 4. Small talk.
  if (core === "") return { kind: "smalltalk", topic: /[?？]/.test(norm) ? "question" : "emoji" };
  for (const { topic, re } of SMALL_TALK) if (re.test(core)) return { kind: "smalltalk", topic };
  if (SMALL_TALK_RUN.test(core))
    return { kind: "smalltalk", topic: /谢|辛苦|麻烦/.test(core) ? "thanks" : "ack" };
  const aside = talkAside(norm, core, ctx);
  if (aside) return aside;
  const closing = smallTalkAtClose(norm);
  if (closing) return closing;
  // 「【转发】关于…的通知，请各科室…」: a notice passed on, not work done.
  if ((NOTICE_MARK.test(norm) && !forwardsOwnWork(norm)) || (NOTICE_ASK.test(norm) && !/已|完成/.test(norm)))
    return { kind: "smalltalk", topic: "notice" };

  // 5. A report of work, or 6. unclear. Where the rules would store a message that the learned
  // model finds far from every report it has seen, ask instead: nothing doubtful is stored.
  const verdict = reportOrNot(norm, core);
  // What would be stored or asked about may be no work of one's own: a notice pasted without its
  // mark, one's own absence, a task received (not-own-work.ts) — answered as such, never stored.
  // 「我下个礼拜一到礼拜五休年假」 said in passing is one's absence: small talk the engine answers with
  // the 请假 offer (respond-intent.ts), never guessed into another command.
  if (verdict.kind === "smalltalk" && verdict.topic === "other" && notOwnWork(norm)?.kind === "away")
    return verdict;
  const notMine = verdict.kind === "report" || verdict.kind === "unclear" ? notOwnWork(norm) : undefined;
  if (notMine?.kind === "notice" || notMine?.kind === "schedule")
    return { kind: "smalltalk", topic: "notice" };
  if (notMine?.kind === "away") return { kind: "unclear", suggest: "away", when: notMine.when };
  if (notMine?.kind === "assigned") return { kind: "unclear", suggest: "assigned", task: notMine.task };
  const doubt = ctx.doubt === undefined ? doubtsReport : ctx.doubt;
  if (verdict.kind === "report" && doubt?.(norm)) return guessWhereUnsure({ kind: "unclear" }, norm, ctx);
  return guessWhereUnsure(verdict, norm, ctx);
}

/** The message as a command word of the table, tolerating how people type it. */
function typedCommand(raw: string, ctx: IntentContext) {
  const folded = toSimplified(foldWidth(raw.trim())).replace(/＃/g, "#");
  const exact = matchCommand(ctx.commands, folded);
  if (exact) return exact;
  // 「定稿吧」「确认吧」「帮助一下」: the whole word, then only particles.
  const bare = folded.replace(CLOSING_PARTICLES, "");
  if (bare !== folded) {
    const plain = matchCommand(ctx.commands, bare);
    if (plain && plain.args === "") return plain;
  }
  return misTypedCommand(folded, ctx);
}

/** Particles and thanks that may close a bare command word. */
const CLOSING_PARTICLES = /(?:[吧啊呀哈嘛呗咯哟哦噢啦了～~。.！!\s]|一下|谢谢|谢啦)+$/;

/**
 * 「确任 4」「修该 2」「察看 3」「撤会 5」: a two-character word one character off a numbered
 * command's word, followed by nothing but an update number. Only when exactly one command fits.
 */
function misTypedCommand(folded: string, ctx: IntentContext) {
  const m = /^([\u4e00-\u9fff]{2})\s*(#?\s*\d{1,6})\s*$/.exec(folded);
  if (!m) return undefined;
  const word = m[1]!;
  const near = TYPO_TOLERANT.filter(
    (name) => name !== word && (name[0] === word[0]) !== (name[1] === word[1]),
  );
  if (near.length !== 1) return undefined;
  return matchCommand(ctx.commands, `${near[0]} ${m[2]!.replace(/^#\s*/, "")}`);
}

/** The words of the commands on one update, which people type with a number after them. */
const TYPO_TOLERANT = ["撤回", "恢复", "查看", "修改", "确认"];

function answerTo(t: { norm: string; core: string }, ctx: IntentContext): Intent | undefined {
  // 「等等，数字不对」「嗯…那个，不是」: a filler before the answer is no part of it.
  const core = t.core.replace(ANSWER_FILLER, "") || t.core;
  switch (ctx.awaiting) {
    case "section": {
      // 「参加了市里的项目评审会」 while a section is asked is a new report that names a section
      // word, not the answer: the question stays open and the report is recorded on its own.
      const section = (reportsWork(t.norm) ? exactSection : sectionAnswer)(core, ctx.sections);
      if (section) return { kind: "answer", answer: "section", section };
      return holdsSections(core, ctx.sections, reportsWork(t.norm));
    }
    case "which-draft": {
      const listed = ctx.draftNumbers ?? [];
      // 「都行，全确认」: a clause saying all, the others no number.
      const clauses = t.norm.split(/[，,。；;！!\s]+/).map((c) => intentText(c).core);
      if (clauses.some((c) => ALL_SAID.test(c)) && !/\d/.test(core)) return { kind: "answer", answer: "all" };
      const said = core.replace(/^(?:就|要|选|那就|那|确认)+/, "").replace(ANSWER_TAIL, "");
      // 「两条」 when two are listed: a count of them all, not #2 (which is said 第2条、2号、2).
      const count = /^([二两三四五六七八九十])(?:条|个|项)(?:都|全)?(?:要|确认|对|行)?$/.exec(said);
      if (count && numberOf(count[1]) === listed.length) return { kind: "answer", answer: "all" };
      const m = /^(?:#|第|编号)?(\d{1,6}|[一二两三四五六七八九十]{1,3})(?:条|号|个)?$/.exec(said);
      const n = numberOf(m?.[1]);
      if (n !== undefined && listed.includes(n)) return { kind: "answer", answer: "number", n };
      // 「第一条」「最后那个」 when #7 #8 #9 are listed: a place in the list, not a number on it.
      const place = listPlace(said, listed);
      if (place !== undefined) return { kind: "answer", answer: "number", n: place };
      const named = draftsNamed(core, listed);
      if (named) return named;
      if (saysNo(core)) return { kind: "answer", answer: "no" };
      return undefined;
    }
    case "confirm":
    case "edit-confirm":
    case "report-or-not":
      // 「1」「高企」 while an earlier draft waits for its section: the question that listed sections.
      if (ctx.awaiting === "confirm" && ctx.sectionWaiting && !reportsWork(t.norm)) {
        const earlier = earlierSectionAnswer(core, ctx.sectionWaiting);
        if (earlier) return earlier;
      }
      // 「高企那个」「成果转化」 to the card of someone reporting for several sections: file it there.
      if (ctx.awaiting === "confirm" && mayNameSection(core, ctx)) {
        const moved = cardSectionAnswer(core, ctx.sections, reportsWork(t.norm));
        if (moved) return moved;
      }
      // 「好 谢了」 to 「要记为工作填报吗？」 closes the question; it is no yes.
      if (ctx.awaiting === "report-or-not" && closesAskReport(core)) return { kind: "answer", answer: "no" };
      if (ctx.awaiting === "edit-confirm" && EDIT_YES.test(core)) return { kind: "answer", answer: "yes" };
      if (ctx.awaiting === "edit-confirm" && keepsOriginal(core)) return { kind: "answer", answer: "no" };
      if (YES.test(core)) {
        // A bare 好的 long after the question, or with several drafts waiting, is not a yes.
        if (ctx.awaiting === "confirm" && !(ctx.justAsked && ctx.pendingDrafts <= 1)) return undefined;
        return { kind: "answer", answer: "yes" };
      }
      if (saysNo(core)) return { kind: "answer", answer: "no" };
      // 「算了还是原来的」: 算了 turns away from what was offered; the no is what follows it.
      if (saysNo(core.replace(TURN_AWAY, "") || core)) return { kind: "answer", answer: "no" };
      return answerThenReason(t.norm, ctx);
    case "yes-no": {
      const days = daysAnswer(t.norm, core, ctx);
      if (days) return days;
      const reason = YES.test(core) || saysNo(core) ? undefined : answerThenReason(t.norm, ctx);
      const said = YES.test(core) ? "yes" : saysNo(core) ? "no" : reason?.kind === "answer" && reason.answer;
      return yesNoAnswer(ctx, said === "yes" || said === "no" ? said : undefined);
    }
    case "which-update":
      return whichUpdateAnswer(core, ctx, saysNo(core));
    case "guided-section": {
      // 「2」「高企那块」 choose; 「主要是跑了几个企业吧」 answers the first question before the section.
      const section = (reportsWork(t.norm) ? exactSection : sectionAnswer)(core, ctx.sections);
      if (section) return { kind: "answer", answer: "section", section };
      return freeTextAnswer(t, core, ctx);
    }
    case "edit-text":
    case "guided":
      return freeTextAnswer(t, core, ctx);
    case "part":
      return partAnswer(t.norm, t.core, ctx);
    case "nothing":
      return undefined;
  }
}

/**
 * 「4和5都确认」「只要5」「#4吧」: the listed draft numbers a short reply names — all of them is 全部,
 * one of them is that one. Not with a negation (「不要5」 says which to leave).
 */
function draftsNamed(core: string, listed: readonly number[]): Intent | undefined {
  if ([...core].length > 12 || /不|别|除了/.test(core)) return undefined;
  const nums = [...core.matchAll(/\d{1,6}|[一二两三四五六七八九十]{1,3}(?=条|号|个|和|跟|与|、|都|$)/g)].map(
    (m) => numberOf(m[0]),
  );
  if (nums.length === 0 || nums.some((n) => n === undefined || !listed.includes(n))) return undefined;
  const distinct = new Set(nums);
  if (distinct.size === listed.length && listed.length > 1) return { kind: "answer", answer: "all" };
  if (distinct.size === 1) return { kind: "answer", answer: "number", n: nums[0]! };
  return undefined;
}

/** Fillers that may open a reply without answering anything: 等等、稍等、那个、呃. */
const ANSWER_FILLER = /^(?:等等|等一下|等下|稍等|慢着|那个|呃|额|唔)+/;

/** 算了 (or 哎 算了) before an answer: it only turns away from what was offered. */
const TURN_AWAY = /^(?:哎呀?|唉|嗨)?(?:算了)+[，,、\s]*/;

/** Particles that may close a short answer: 吧、啊、哈、就行. */
const ANSWER_TAIL = /(?:吧|啊|呀|哈|了|的|嘛|呗|就行|就好|就可以)+$/;

/**
 * 「对的，就是这样」「不用记，刚才是跟同事说的」「嗯，按这个改」: a yes or no in the first clause and a
 * reason after it (or the reason first and the answer last). Not when the rest is a report of its own (「好的，另外还走访了4家企业」) or a
 * correction (「不对，应该是12家」 — the figure is the new content).
 */
function answerThenReason(norm: string, ctx: IntentContext): Intent | undefined {
  const clauses = clausesOf(norm);
  if (clauses.length < 2) return undefined;
  const firstSaid = answerIn(clauses[0]!, clauses.slice(1), ctx);
  // 「还是原来的好，不改了」: the answer may also close the message.
  return firstSaid ?? answerIn(clauses.at(-1)!, clauses.slice(0, -1), ctx);
}

function answerIn(clause: string, others: string[], ctx: IntentContext): Intent | undefined {
  const after = others.join("，");
  const { core } = intentText(clause);
  if (reportsWork(after)) return undefined;
  if (YES.test(core)) {
    if (ctx.awaiting === "confirm" && !(ctx.justAsked && ctx.pendingDrafts <= 1)) return undefined;
    return { kind: "answer", answer: "yes" };
  }
  const correction = FIGURE.test(after) && CORRECTS.test(after);
  if (saysNo(core) && !correction) return { kind: "answer", answer: "no" };
  return undefined;
}

/** A new figure given for the one said: 应该是、改成、是12家、是七百多人、其实是. */
const CORRECTS =
  /应该|应为|改成|改为|是\s*(?:\d|[一二两三四五六七八九十百千万几]+[多余来]?[个人家次场项万元件户所名条篇期批台套亩天支位份])|其实是|实际是/;

/** A no, in a word (不对) or a few (不是这样的、不用存、有点问题); never a correction with a figure. */
function saysNo(core: string): boolean {
  if (NO.test(core)) return true;
  return NO_SAID.test(core) && [...core].length <= NO_SAID_MAX && !FIGURE.test(core);
}

/** A command word that takes no free text, followed by a clause of work with a figure. */
function reportAfterCommandWord(name: string, args: string): boolean {
  if (FREE_TEXT_COMMANDS.has(name)) return false;
  const w = measureWork(args);
  return w.figure && w.content >= REPORT_AFTER_COMMAND_WORD;
}

/**
 * 「刚开完会，晚点报」「忙了一天，明天再报」: the message closes with small talk (later, thanks) and
 * the clauses before it report nothing on their own.
 */
function smallTalkAtClose(norm: string): Intent | undefined {
  const clauses = clausesOf(norm);
  if (clauses.length < 2) return undefined;
  const last = intentText(clauses.at(-1)!).core;
  const topic = SMALL_TALK.find(
    ({ topic, re }) => (topic === "later" || topic === "thanks") && re.test(last),
  )?.topic;
  if (!topic) return undefined;
  const before = clauses.slice(0, -1).join("，");
  return reportsWork(before) ? undefined : { kind: "smalltalk", topic };
}

/** The clauses of a message, cut at commas, stops, exclamations, tildes and spaces. */
function clausesOf(norm: string): string[] {
  return norm.split(/[，,。；;！!～~\s]+/).filter((c) => c !== "");
}

/** Whether a stretch of a message (the clauses around an answer or a closing) reports work on its own. */
function reportsWork(text: string): boolean {
  return judgeWork(text, intentText(text).core) === "report";
}

/** The ask-report card's button words, as the answers they are. */
const BUTTON_ANSWERS: Record<string, "yes" | "no"> = { 记为填报: "yes", 不用记: "no" };

function reportOrNot(norm: string, core: string): Intent {
  switch (judgeWork(norm, core)) {
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
