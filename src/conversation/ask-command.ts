import type { Guess } from "./command-guess.js";
import type { Known } from "./intake.js";
import { refCommand } from "./correction-request.js";
import { UNDO } from "./guess-act.js";
import { declined } from "./pending-question.js";
import { askYesNo } from "./yes-no-card.js";
import { getState, setState, stampOf } from "./state.js";
import type { Command, Reply, Services } from "./types.js";

/**
 * What the bot says when the learned guess (command-guess.ts) half-understood a message: a
 * command that changes data is asked about in one line with buttons — 「您是想让我一项一项问您吗？」
 * [是][不是] — and nothing is done or stored until 是; a read-only command is run and its reply
 * says how the message was understood.
 */

/** The question for a guessed command, in the words a colleague would use. */
export function guessQuestion(guess: Pick<Guess, "command" | "text">): string {
  const args = guess.text.slice(guess.command.length).trim();
  // 「/ref 修改 #3 …」: the update it acts on, named.
  const ref = /^\/ref \S+ #(\d+)/.exec(guess.text)?.[1];
  const n = ref ? ` #${ref} ` : /^\d+$/.test(args) ? ` #${args} ` : "";
  switch (guess.command) {
    case "填报":
      return "您是想让我一项一项问您、逐项填报吗？";
    case "撤回":
      return n ? `您是想撤回${n}吗？` : "您是想撤回一条填报吗？";
    case "恢复":
      return n ? `您是想恢复${n}吗？` : "您是想恢复撤回的填报吗？";
    case "修改":
      return n ? `您是想修改${n}吗？` : "您是想修改一条填报吗？";
    case "确认":
      return n ? `您是想确认${n}吗？` : "您是想确认草稿吗？";
    case "全部确认":
      return "您是想确认全部草稿吗？";
    case "科室":
      return "您是想更换科室吗？";
    case "请假":
      return "您是想登记请假吗？";
    case "本周无进展":
      return "您是想报「本周无进展」吗？";
    case "下周提醒":
      return "您是想让我这周不再催、下周再提醒您吗？";
    case "取消":
      return "您是想取消正在进行的操作吗？";
    case "生成总结":
      return args ? `您是想生成 ${args} 的总结草稿吗？` : "您是想生成总结草稿吗？";
    case "定稿":
      return "您是想把草稿定稿吗？";
    case "退回":
      return "您是想把草稿退回修改吗？";
    case "重写":
      return "您是想重写草稿的某一部分吗？";
    case "导出":
      return "您是想导出总结吗？";
    // Only asked when the versions said could not all be read (command-guess.ts argsUnread): 是 compares the two
    // versions read, or the latest two, and the question says so rather than run it unasked.
    case "对比":
      return args
        ? `您说的版本我只认出了 v${args.split(" ")[0]}——是要拿它和最新一版对比吗？别的版本请发「对比 v1 v3」这样的。`
        : "您说的是哪两个版本我没认出来——是要对比最近的两版吗？别的版本请发「对比 v1 v3」这样的。";
    default:
      return `您是想「${guess.text}」吗？`;
  }
}

/** 「您是想…吗？」 with 是 (runs exactly the guessed command) and 不是 (does nothing). */
export async function askAboutCommand(
  services: Services,
  input: Known,
  text: string,
  guess: Guess,
): Promise<Reply> {
  const meant = await onTheCard(services, input, text, guess);
  const question = guessQuestion(meant);
  return askYesNo(
    services,
    input.person.id,
    { yes: meant.text, noText: NOTHING_DONE, question, said: text },
    stampOf(services, input),
    [`> ${[...text].length > 60 ? `${[...text].slice(0, 60).join("")}…` : text}`, "还没有做任何操作。"],
    NOT_MEANT,
  );
}

/**
 * 「等下，唔系30户，系35户」 guessed as 修改 while a draft's card waits: the edit is of that draft, with what
 * was said — its 是 runs the correction on it (「/ref 修改 #N …」), not a bare 修改 that asks which update and
 * drops what was said.
 */
async function onTheCard(
  services: Services,
  input: Known,
  text: string,
  guess: Guess,
): Promise<Pick<Guess, "command" | "text">> {
  if (guess.command !== "修改" || guess.text !== "修改") return guess;
  const state = await getState(services.store, input.person.id);
  const shown = state.mode === "confirm" ? await services.store.getUpdate(state.updateId) : undefined;
  if (shown?.status !== "draft") return guess;
  return { command: "修改", text: refCommand({ action: "修改", ref: `#${shown.seq}`, said: text }) };
}

/**
 * The 不是 button's command: words nobody types for anything else (「不是这个意思」 is a no to a
 * draft card, so it cannot be a command).
 */
export const NOT_MEANT = "不用办";

/** What 不是 (the button or typed) answers: nothing was done. */
export const NOTHING_DONE = "好的，什么也没有做。需要时换个说法告诉我，或发送「帮助」查看用法。";

export const askCommandCommands: Command[] = [
  {
    names: [NOT_MEANT],
    help: `${NOT_MEANT} — 我问「您是想…吗？」而您不是这个意思时（即「不是」按钮），什么也不做`,
    async run(ctx) {
      const state = await getState(ctx.services.store, ctx.person.id);
      if (state.mode !== "ask-command") return { text: NOTHING_DONE };
      await setState(ctx.services.store, ctx.person.id, { mode: "idle" }, stampOf(ctx.services, ctx.input));
      return { text: declined(state) };
    },
  },
];

/** A read-only command run on a guess: its reply opens by saying how the message was understood. */
export function sayUnderstood(command: string, replies: Reply[]): Reply[] {
  const note = `我理解您是要「${command}」：`;
  // A change carried out on a clear guess (guess-act.ts) says how to undo it.
  const undo = UNDO[command];
  const [first, ...rest] = replies;
  if (first && !first.card && !first.file)
    return [{ ...first, text: `${note}\n${first.text}${undo ? `\n${undo}` : ""}` }, ...rest];
  return [{ text: `${note}${undo ?? "（如果不是这个意思，换个说法再说一次即可。）"}` }, ...replies];
}
