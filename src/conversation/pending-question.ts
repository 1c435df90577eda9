import { type DialogueState, type Stamp, setState } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * The one "I asked you something" record for questions whose answers are commands: the bot's own
 * offers (「要撤回 #3 吗？」「您是要定稿吗？」「要在 12月7日 暂停填报提醒吗？」) and the learned
 * guess's 「您是想…吗？」 alike. A yes runs `yes` through the command table exactly as typed; a no
 * runs `no` or answers `noText`; any other command closes the question; a newer question
 * replaces it. Nothing is done while it waits.
 */
export type PendingQuestion = Extract<DialogueState, { mode: "ask-command" }>;

export interface Question {
  /** The command a yes runs (「撤回 3」「定稿 2026」「下周提醒」). */
  yes: string;
  /** The command a no runs, if a no does something (「不撤回 3」 says the update was kept). */
  no?: string;
  /** What a no is answered with, when it runs nothing. */
  noText?: string;
  /** The line asked, said again if the message is delivered twice. */
  question?: string;
  /** What the person typed, when the question was about their words. */
  said?: string;
}

/** Ask: the question waits for its answer until another replaces it or a command closes it. */
export async function askQuestion(
  services: Pick<Services, "store">,
  personId: string,
  q: Question,
  stamp?: Stamp,
): Promise<void> {
  const state: PendingQuestion = { mode: "ask-command", ...q };
  await setState(services.store, personId, state, stamp);
}

/** The answer to a no that runs nothing. */
export function declined(q: PendingQuestion): string {
  return q.noText ?? "好的，没有做任何改动。";
}

/** The question as asked again when its message is delivered a second time. */
export function askedAgain(q: PendingQuestion): Reply | undefined {
  return q.question ? { text: `${q.question}回复「是」或「不是」，在您回复之前什么也没有做。` } : undefined;
}
