import { closesAskReport } from "./answer-close-or-keep.js";
import type { Intent } from "./classify-intent.js";
import type { Known } from "./intake.js";
import { intentText } from "./intent-lexicon.js";
import { cardReply } from "./render-update.js";
import { type DialogueState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/** The waiting states an unclear aside leaves standing (respond-intent.ts's PENDING_MODES). */
type Waiting = Extract<
  DialogueState,
  { mode: "confirm" | "choose-section" | "choose-draft" | "confirm-edit" }
>;

/**
 * An unclear line sent while a card, a section question, a list of drafts or an edit preview waits
 * (「明天检查组要来 我得准备材料」「这个学习搞得蛮好 大家都讲要得」): it is not stored, and the question
 * already asked stays the one asked — the line is kept beside it (`unsaved`), for the 记为填报 button only.
 * Asking 「这条要记为工作填报吗？」 in its place made the next 「要得 存起」, meant for the card, store the
 * aside as a second update while the card stayed unconfirmed (s23-d07, dlg25's s25a).
 */
export async function asideWhileWaiting(
  services: Services,
  input: Known,
  state: Waiting,
  text: string,
  lines: { unclear: string; pending: string },
): Promise<Reply> {
  // A question asked about an earlier aside (edit-or-new.ts) is not this line's: it is dropped.
  const kept = state.mode === "confirm-edit" ? { ...state, editOrNew: undefined } : state;
  await setState(services.store, input.person.id, { ...kept, unsaved: text }, stampOf(services, input));
  const shown = [...text].length > 60 ? `${[...text].slice(0, 60).join("")}…` : text;
  return cardReply({
    title: "这条先没有保存",
    template: "orange",
    blocks: [`> ${shown}`, lines.unclear, lines.pending].filter((b) => b !== ""),
    buttons: [{ label: "记为填报", command: "记为填报" }],
  });
}

/** The unclear aside kept beside a waiting question, if any. */
export function unsavedAside(state: DialogueState): string | undefined {
  return "unsaved" in state ? state.unsaved : undefined;
}

/**
 * Lead54: 「没事了」「算了 没事」 right after an aside kept beside a card (「下周三之前要交的那个表 是不是你们收」) takes back the
 * aside — never mind — and is no 「不对」 to the card, which stays as it was: read as small talk, not a no.
 */
export function asideClosed(intent: Intent, state: DialogueState, text: string): Intent {
  if (intent.kind !== "answer" || intent.answer !== "no" || !unsavedAside(state)) return intent;
  return closesAskReport(intentText(text).core) ? { kind: "smalltalk", topic: "ack" } : intent;
}
