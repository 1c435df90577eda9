import { edgeless, intentText, MARKED_NUM, NO, NO_SAID, YES } from "./intent-lexicon.js";
import type { Intent, IntentContext } from "./intent-types.js";

type Command = Extract<Intent, { kind: "command" }>;
type Classify = (text: string, ctx: IntentContext) => Intent;

/**
 * A complete command outranks an answer word inside it, for every command and every question the bot
 * waits on (classify-intent.ts step 2, and the 不用记 / 算了 words of step 1): 「好的 另外第3条帮我删掉」
 * to a card is 撤回 3, 「不用记 下礼拜三四我调休」 to 「要记为工作填报吗？」 is 请假 on those days,
 * 「下礼拜一到礼拜三我休年假 别催我」 is the leave whatever its 别 answers, 「算了 不改了 直接把2号撤了」 to an
 * edit preview is 撤回 2. The question stays open; the command is run.
 *
 * Complete: a command of the rules (no learned guess) with what it needs — an update's number for
 * 撤回/恢复/查看/修改/确认, days for 请假, a day for 上班吗, a section and a number for 科室 while a section
 * or a card is asked about — and not the answer itself in command words (确认 to a card, 取消, 不用记,
 * the listed number's 确认, 全部确认 to 「确认哪一条？」): those stay the answer they are.
 */
export function commandOverAnswer(
  norm: string,
  ctx: IntentContext,
  classify: Classify,
  /** The whole message read too (the answer was a yes, a no or all), not only what follows an opening answer word. */
  whole = true,
): Command | undefined {
  const free: IntentContext = { ...ctx, awaiting: "nothing", justAsked: false, offeredReport: false };
  // 「不要了 修改 2 把80改成85」「别问了 我下周一到周三休年假」: the answer word said first, then the command.
  const rest = afterAnswerWord(norm);
  const after = rest === undefined ? undefined : classify(rest, free);
  if (after && isComplete(after, ctx, rest!)) return after;
  if (!whole) return undefined;
  const read = classify(norm, free);
  return isComplete(read, ctx, norm) ? read : undefined;
}

/**
 * Commands whose words are an answer's own (a no, a yes to the card, the ask-report buttons), and 帮助,
 * read loosely from how-to words (「可以 就这么改」 is a yes, not 帮助 on 修改).
 */
const ANSWER_WORDS: ReadonlySet<string> = new Set([
  "取消",
  "放弃修改",
  "记为填报",
  "不用记",
  "仍要定稿",
  "帮助",
]);
/** An update named by its number: 第3条、#3、3号, or the number typed after a command word (修改 2). */
const NAMES_UPDATE = /(?:撤回|撤销|恢复|查看|修改|确认|科室|删除|删掉)\s*#?\s*\d{1,6}(?![\d\u4e00-\u9fff%])/;
/** Commands on one update: complete with its number. */
const ON_UPDATE: ReadonlySet<string> = new Set(["撤回", "恢复", "查看", "修改", "确认", "科室"]);
/** Commands that take days: complete with them. */
const ON_DAYS: ReadonlySet<string> = new Set(["请假", "上班吗"]);

/** Whether `got`, read from `norm`, is a complete command that is not the pending question's own answer. */
export function isComplete(got: Intent, ctx: IntentContext, norm: string): got is Command {
  if (got.kind !== "command" || got.guessed || ANSWER_WORDS.has(got.command)) return false;
  // 「不用了 让李明自己报吧」 from staff: a leaders' command (查看填报) read from it is none they can run.
  if (!ctx.leader && leadersOnly(got.command, ctx)) return false;
  // 「不对 放综合那块」「科室选错了 应该是党建那块」 to a card or the section question, from a leader who reports for
  // several sections: the section of the update, not the draft's part of that name (the draft not named).
  if (
    got.command === "查看草稿" &&
    /^(?:confirm|section)$/.test(ctx.awaiting) &&
    !/稿|总结|部分|看|瞧|瞅|发我|给我/.test(norm)
  )
    return false;
  const ref = /^\/ref \S+ (\S+)/.exec(got.text);
  const args = ref ? ref[1]! : got.text.slice(got.command.length).trim();
  if (ON_UPDATE.has(got.command)) {
    const n = /#?(\d{1,6})/.exec(args)?.[1];
    if (n === undefined || (ref && !ref[1]!.startsWith("#"))) return false;
    // 「对 改成50家」: a figure is no update's number; one is named (第3条、3号、修改 2).
    if ([...norm.matchAll(MARKED_NUM)].length === 0 && !NAMES_UPDATE.test(norm)) return false;
    // 「确认第3条」 to 「确认哪一条？」 listing #3 is that answer.
    if (got.command === "确认" && ctx.awaiting === "which-draft")
      return !(ctx.draftNumbers ?? []).includes(Number(n));
    return true;
  }
  if (ON_DAYS.has(got.command)) return args !== "";
  if (got.command === "全部确认") return ctx.awaiting !== "which-draft" && ctx.awaiting !== "confirm";
  return true;
}

/**
 * The message after an opening clause that is only an answer word (好的、对了、嗯嗯、不用、不要了、算了、
 * 别问了、不是这条), when something follows it.
 */
function afterAnswerWord(norm: string): string | undefined {
  const m = /^([^，,。！!？?～~\s]+)[，,。！!？?～~\s]+(.+)$/s.exec(norm.trim());
  if (!m) return undefined;
  const core = edgeless(intentText(m[1]!).core);
  const answerWord =
    YES.test(core) ||
    NO.test(core) ||
    (NO_SAID.test(core) && [...core].length <= 6) ||
    /^(?:对了|算了|别问了)$/.test(core);
  return answerWord ? m[2]!.trim() : undefined;
}

function leadersOnly(name: string, ctx: IntentContext): boolean {
  const entry = ctx.commands.entries.find((e) => e.name === name);
  return (entry?.command as { leadersOnly?: boolean } | undefined)?.leadersOnly === true;
}
