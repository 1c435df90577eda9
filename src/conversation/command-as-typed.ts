import { pointedAfterPeriodCommand } from "./period-subject.js";
import { toSimplified, foldWidth } from "../domain/normalize.js";
import { canonical, STAFF_COMMAND_MAX_CHARS } from "./everyday-command.js";
import { DONE_WITH_COMMAND_VERB, FREE_TEXT_COMMANDS, intentText } from "./intent-lexicon.js";
import type { Intent, IntentContext } from "./intent-types.js";
import { matchCommand } from "./match-command.js";
import { howToTopic } from "./how-to.js";
import { oneOffered, yesNoAnswer } from "./pending-answers.js";
import { agrees, onlyAsides } from "./answer-words.js";
import { replyClauses } from "./clause-answer.js";
import { measureWork } from "./work-content.js";
import { commandOverAnswer, isComplete } from "./command-over-answer.js";
import { FIGURE } from "./work-lexicon.js";
import { slipsMended } from "./command-typos.js";
import { buttonWordInDialect } from "./button-word-dialect.js";

/**
 * After a command word that takes no free text, arguments this long that carry a figure are the
 * start of a report (「帮助——困难职工家庭办理大病救助8户」「查看：汛期前检查水库12座…」).
 */
const REPORT_AFTER_COMMAND_WORD = 8;

/**
 * Step 1 of classify-intent.ts: a command as typed — full-width digits and ＃ folded, Traditional
 * characters simplified (「撤銷 ３」), a closing particle dropped (「定稿吧」), a one-character typo
 * forgiven (「确任 4」). Undefined when the message is no command word, or is a report that starts
 * with one. `classify` judges what follows 算了 (the whole classifier, recursively).
 */
export function commandAsTyped(
  raw: string,
  ctx: IntentContext,
  classify: (text: string, ctx: IntentContext) => Intent,
): Intent | undefined {
  const typed = typedCommand(raw, ctx);
  if (!typed) return undefined;
  // 「撤销上一步」 from staff is about their own update, not the leaders' draft command of the same words.
  if (typed.command.leadersOnly && !ctx.leader && (typed.command as { staffReadsOn?: boolean }).staffReadsOn)
    return undefined;
  // 「定稿了科普工作三年行动方案」: the command's word as a verb of work done.
  if (DONE_WITH_COMMAND_VERB.test(intentText(raw).norm)) return undefined;
  // 「待核实嗰几条唔理住 照定」: a command that takes a period, then things pointed at (那几条、这些) — its word is the
  // subject of what is said, never a period typed (period-subject.ts).
  if (pointedAfterPeriodCommand(typed.command.names[0]!, intentText(typed.args).norm)) return undefined;
  // 「导出在哪弄」「撤回咋弄」: the command's word asked about, not given — 帮助 on that feature.
  const asked = /^(?:在哪|哪里|哪儿|怎么|咋|如何)/.test(typed.args)
    ? howToTopic(intentText(raw).norm)
    : undefined;
  if (asked) return canonical("帮助", asked);
  // 「确认4 3先别动」「确认第一条 第二条我再看看」 to 「确认哪一条？」: an answer naming one and
  // putting another aside (answer-pending-question.ts), not 确认 of every number in it.
  if (
    ctx.awaiting === "which-draft" &&
    typed.command.names[0] === "确认" &&
    /[^\d\s#,，、和]/.test(typed.args)
  )
    return undefined;
  // 「改成这样就对了」 to an edit's preview: the change as shown agreed to, no 修改 of its own (round fifty-two).
  if (ctx.awaiting === "edit-confirm" && typed.command.names[0] === "修改" && agrees(intentText(raw).core))
    return undefined;
  // 「算了，还是通过吧」: 算了 only turns away from what came before; the request is what follows.
  // 「算了 还是按原来的」「算了算了 保持原样」 to an edit preview: what follows answers it (a no).
  if (typed.command.names[0] === "取消" && typed.args !== "") {
    const rest = classify(typed.args.replace(/^(?:[，,。、\s]|算了)+/, ""), ctx);
    // 「算了 不改了 直接把2号撤了」: a complete command after it outranks the no (command-over-answer.ts).
    if (
      rest.kind === "command" &&
      (/^[，,。\s]*(?:还是|那|那就|就)/.test(typed.args) || isComplete(rest, ctx, typed.args))
    )
      return rest;
    if (rest.kind === "answer" && rest.answer !== "text") return rest;
  }
  // 「不用记，刚才是跟同事说的」 answers 「要记为工作填报吗？」 with a reason after the button's word.
  // 「不用记 下礼拜三四我调休」: a complete command after the button's word is that command.
  if (ctx.awaiting === "report-or-not" && typed.args !== "" && BUTTON_ANSWERS[typed.name])
    return (
      commandOverAnswer(intentText(typed.args).norm, ctx, classify) ?? {
        kind: "answer",
        answer: BUTTON_ANSWERS[typed.name]!,
      }
    );
  // 「不用记 手滑了」「不用记 发错了」 with nothing waiting: what was just sent taken back as a slip of the hand — the no,
  // nothing dropped or run (b77-d08).
  if (ctx.awaiting === "nothing" && typed.name === "不用记" && SENT_BY_SLIP.test(typed.args))
    return { kind: "answer", answer: "no" };
  // 「确认」 to 「要记为工作填报吗？」 with no draft waiting: the yes (it was dropped as 「没有待确认的内容」).
  if (ctx.awaiting === "report-or-not" && typed.command.names[0] === "确认" && typed.args === "")
    if (ctx.pendingDrafts === 0) return { kind: "answer", answer: "yes" };
  // 「算了」「取消」 to 「要记为工作填报吗？」 closes the question: a no, answered as one.
  if (ctx.awaiting === "report-or-not" && typed.command.names[0] === "取消")
    return { kind: "answer", answer: "no" };
  // 「确认」 to the one update offered (「是下面哪一条？ #1 …」) or to 「要撤回 #3 吗？」, with no draft on a card:
  // the yes to what was offered, never 「当前没有待确认的内容」 (pending-answers.ts).
  if (typed.command.names[0] === "确认" && typed.args === "" && ctx.pendingDrafts === 0) {
    const taken = oneOffered(ctx);
    if (taken) return taken;
  }
  // 「算了」 to 「要撤回 #3 吗？」 declines what was offered.
  if (ctx.awaiting === "yes-no" && typed.command.names[0] === "取消" && typed.args === "")
    return yesNoAnswer({ ...ctx, justAsked: true }, "no")!;
  // 「确认，今日多谢哩」「全部确认 感谢🙏」「确认 这回对了 谢谢」: thanks, a goodnight or an agreement beside a
  // word that takes nothing more is said beside it — the word alone (a card's yes, all confirmed).
  if (ASIDES_AFTER.has(typed.command.names[0]!) && typed.args !== "" && onlyAsides(replyClauses(typed.args)))
    return canonical(typed.command.names[0]!, "");
  const long = [...raw.trim()].length > STAFF_COMMAND_MAX_CHARS;
  // 「通过3家企业的复审…」 from staff is a report, not the leaders' 通过.
  const staffReport = typed.command.leadersOnly && !ctx.leader && long;
  if (staffReport || reportAfterCommandWord(typed.command.names[0]!, typed.args)) return undefined;
  // 「？」 is small talk; 帮助 stays reachable by its words.
  if (typed.name === "?" || typed.name === "？") return { kind: "smalltalk", topic: "question" };
  return canonical(typed.command.names[0]!, withoutReason(typed.command.names[0]!, typed.args));
}

/**
 * 「撤回 4 发重复了」「确认 7 谢谢」: after the numbers of a command on updates, words with no figure
 * only give the reason; the command acts on the numbers.
 */
function withoutReason(name: string, args: string): string {
  if (!TYPO_TOLERANT.includes(name) || name === "修改") return args;
  const m = /^((?:#?\s*\d{1,6}[\s,，、和]*)+?)[\s,，、。:：]*([^\d#]+)$/.exec(args);
  return m && !FIGURE.test(m[2]!) ? m[1]!.replace(/[\s,，、和]+$/, "").trim() : args;
}

/** The message as a command word of the table, tolerating how people type it. */
function typedCommand(raw: string, ctx: IntentContext) {
  const folded = toSimplified(foldWidth(raw.trim())).replace(/＃/g, "#");
  const exact = matchCommand(ctx.commands, folded);
  if (exact) return exact;
  // 「不消记 打错了」「不消记了」: the button's word said with a dialect's 不用 (button-word-dialect.ts), then read as
  // the word itself is — particles after it too.
  const said = buttonWordInDialect(folded) ?? folded;
  const button = said === folded ? undefined : matchCommand(ctx.commands, said);
  if (button) return button;
  // 「定稿吧」「确认吧」「帮助一下」: the whole word, then only particles.
  const bare = said.replace(CLOSING_PARTICLES, "");
  if (bare !== said) {
    const plain = matchCommand(ctx.commands, bare);
    if (plain && plain.args === "") return plain;
  }
  return misTypedCommand(said, ctx) ?? misTypedConfirm(bare, ctx) ?? withdrawAfterReason(said, ctx);
}

/**
 * 「搞错了 那个课推到下个月了 撤回 1」「整错了 那是上礼拜的事 撤回 #2」: the reason first, then 撤回 and a number as typed at
 * the end — that 撤回, the reason only said (as 「撤回 4 发重复了」 is). Not when the reason holds a figure or another
 * command's word (改、确认、恢复、别/不要 撤).
 */
function withdrawAfterReason(said: string, ctx: IntentContext) {
  const m = /^(.+?)[\s，,。；;：:]+(撤回|撤销)\s*#?\s*(\d{1,4})\s*(?:吧|了|哈|啊)?[。.！!]?$/u.exec(said);
  if (!m || /\d|改|确认|恢复|(?:别|不要|不用|莫|甭)撤/.test(m[1]!)) return undefined;
  return matchCommand(ctx.commands, `撤回 ${m[3]}`);
}

/**
 * 「确任」「确任一下」 (b60-d13, b60-018; 「确任 4」 is b5x-060): the confirm word one character off, said alone — the one
 * command whose bare word acts only on what waits (the card, or the list of drafts).
 */
function misTypedConfirm(bare: string, ctx: IntentContext) {
  if (!/^确[任仁人忍]$|^[缺却雀]认$/u.test(bare)) return undefined;
  return matchCommand(ctx.commands, "确认");
}

/** Particles and thanks that may close a bare command word. */
const CLOSING_PARTICLES = /(?:[吧啊呀哈嘛呗咯哟哦噢啦了～~。.！!\s]|一下|谢谢|谢啦)+$/;

/**
 * 「确任 4」「修该 2」「察看 3」「撤会 5」: a two-character word one character off a numbered
 * command's word, followed by nothing but an update number. Only when exactly one command fits.
 */
function misTypedCommand(folded: string, ctx: IntentContext) {
  const m = /^([\u4e00-\u9fff]{2})\s*(#?\s*\d{1,6})(?:\s+(\S.*))?$/.exec(folded);
  if (!m) return undefined;
  const word = m[1]!;
  const near = TYPO_TOLERANT.filter(
    (name) => name !== word && (name[0] === word[0]) !== (name[1] === word[1]),
  );
  if (near.length !== 1) return undefined;
  // 「休改 2 入库企业是130家」: words after the number only where the slip is one of sound (command-typos.ts).
  if (m[3] !== undefined && slipsMended(word) !== near[0]) return undefined;
  return matchCommand(ctx.commands, `${near[0]} ${m[2]!.replace(/^#\s*/, "")}${m[3] ? ` ${m[3]}` : ""}`);
}

/** The words of the commands on one update, which people type with a number after them. */
const TYPO_TOLERANT = ["撤回", "恢复", "查看", "修改", "确认"];

/** A command word that takes no free text, followed by a clause of work with a figure. */
function reportAfterCommandWord(name: string, args: string): boolean {
  if (FREE_TEXT_COMMANDS.has(name)) return false;
  const w = measureWork(args);
  return w.figure && w.content >= REPORT_AFTER_COMMAND_WORD;
}

/** Command words that need no argument when something waits for them (确认 the card, 全部确认 the drafts). */
const ASIDES_AFTER: ReadonlySet<string> = new Set(["确认", "全部确认"]);

/** A message sent by a slip, said after 不用记: 手滑了、发错了、点错了、不小心按到的. */
const SENT_BY_SLIP =
  /^[，,。\s]*(?:刚才|刚刚)?(?:是)?(?:我)?(?:手滑|手抖|发错|点错|按错|打错|误发|误点|不小心(?:发|点|按)(?:出去|到|错)?)(?:了|的|咗)?(?:[了啊呀哈嘛哦啦咯]|[。！!～~\s])*$/u;

/** The ask-report card's button words, as the answers they are. */
const BUTTON_ANSWERS: Record<string, "yes" | "no"> = { 记为填报: "yes", 不用记: "no" };
