import type { Update } from "../domain/update.js";
import { confirmedText, draftList, editAsk, editSavedText, withdrawnText } from "./commands/confirm.js";
import { pendingEditPreview } from "./edit-update.js";
import { guidedQuestion } from "./guided.js";
import { type Known, replayCreated, sectionQuestion } from "./intake.js";
import { askedAgain } from "./pending-question.js";
import { heldEditedReply } from "./held-draft.js";
import { confirmCard } from "./render-update.js";
import { sectionUnchosen } from "./section-unchosen.js";
import { type DoneStep, doneBy } from "./replay-steps.js";
import { type DialogueState, getState, setState, stampOf } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * A message handled again with the same transport id (a Feishu redelivery, or the inbox replayed
 * after a crash). Every write a message makes is keyed by its id: history entries carry it, a
 * created update has it as `sourceMessageId`, and the dialogue state records the message that
 * set it — always the last write. So a replay can tell what the message already did:
 * - nothing: handle it as new (returns undefined);
 * - all of it (the state carries its id): re-send the answer it gave, from the records;
 * - part of it (updates written, state not): finish it — restore the pending state the message
 *   would have left — and re-send the answer.
 * A state written by a later message is never rolled back.
 */
export async function replayMessage(
  services: Services,
  input: Known,
  state: DialogueState,
): Promise<Reply[] | undefined> {
  const id = input.messageId;
  if (!id) return undefined;
  const { store, org } = services;
  const person = input.person;
  const steps = await doneBy(store, person.id, id, services.clock.now());
  const stateDone = state.messageId === id;
  if (steps.length === 0 && !stateDone) return undefined;
  services.log.info("message seen before: answering from what it already did", {
    person: person.id,
    steps: steps.length,
    stateDone,
  });

  const created = steps.find((s) => s.entry.action === "created");
  if (created && !stateDone) {
    const u = await store.getUpdate(created.update.id);
    if (u) return replayCreated(services, input, u);
  }

  const replies: Reply[] = [];
  // Each step carries its update as read (once, by doneBy) inside this person's lock.
  for (const entries of groupByUpdate(steps).values()) {
    const u = entries[0]!.update;
    const actions = new Set(entries.map((e) => e.entry.action));
    // Confirmed by this very message (an edit of a draft) or before it.
    const mid = entries[0]!.entry.messageId;
    const confirmedBefore = u.history.some((h) => h.action === "confirmed" && h.messageId !== mid);
    // A draft still a draft after its edit was held (held-draft.ts): said so again, with its buttons.
    if (actions.has("edited") && heldAfterEdit(u)) replies.push(heldEditedReply(u));
    else if (actions.has("edited"))
      replies.push({ text: editSavedText(org, u, !confirmedBefore && u.status === "confirmed") });
    else if (actions.has("confirmed")) replies.push({ text: confirmedText(org, u) });
    else if (actions.has("withdrawn")) replies.push({ text: withdrawnText(u) });
    else if (actions.has("restored") && u.status === "confirmed")
      replies.push({ text: `已恢复 #${u.seq}（已确认状态）。` });
  }

  if (!stateDone) {
    const next = await stateAfter(services, steps, state);
    if (next) await setState(store, person.id, next, stampOf(services, input));
  }
  const now = await getState(store, person.id);
  const heldShown = steps.some((s) => s.entry.action === "edited" && heldAfterEdit(s.update));
  if (now.messageId === id && !heldShown) {
    const prompt = await promptForState(services, person.id, now);
    if (prompt) replies.push(prompt);
  }
  if (replies.length === 0 && created) {
    const u = await store.getUpdate(created.update.id);
    if (u) replies.push(...(await replayCreated(services, input, u)));
  }
  if (replies.length === 0) replies.push({ text: "这条消息已经处理过了。" });
  return replies;
}

/**
 * Edited and still a draft with its section chosen then: only a held draft's edit leaves it so (held-draft.ts). An
 * unchosen draft's edit whose section was chosen after it was never held (review39b).
 */
const heldAfterEdit = (u: Update) =>
  u.status === "draft" &&
  !sectionUnchosen(u) &&
  u.history.findLastIndex((h) => h.action === "section-changed") <
    u.history.findLastIndex((h) => h.action === "edited");

function groupByUpdate(steps: DoneStep[]): Map<string, DoneStep[]> {
  const out = new Map<string, DoneStep[]>();
  for (const s of steps) out.set(s.update.id, [...(out.get(s.update.id) ?? []), s]);
  return out;
}

/** The state the message would have written after its update writes, or undefined to leave it. */
async function stateAfter(
  services: Services,
  steps: DoneStep[],
  state: DialogueState,
): Promise<DialogueState | undefined> {
  const last = steps[steps.length - 1];
  if (!last) return undefined;
  if (state.at !== undefined && state.at > last.entry.at) return undefined; // set by a later message
  const u: Update | undefined = await services.store.getUpdate(last.update.id);
  if (!u) return undefined;
  const pointsHere = "updateId" in state && state.updateId === u.id;
  switch (last.entry.action) {
    case "section-changed":
    case "restored":
      return u.status === "draft"
        ? { mode: "confirm", updateId: u.id }
        : pointsHere
          ? { mode: "idle" }
          : undefined;
    case "edited":
      if (pointsHere && heldAfterEdit(u)) return { mode: "confirm", updateId: u.id, held: true, aside: true };
      return pointsHere || state.mode === "choose-draft" ? { mode: "idle" } : undefined;
    case "confirmed":
    case "withdrawn":
      return pointsHere || state.mode === "choose-draft" ? { mode: "idle" } : undefined;
    default:
      return undefined;
  }
}

/**
 * What still waits for this person (a card, a section question, an edit preview, a guided
 * question…), shown again: the console says it when started again, so the next answer is given
 * to a question the person can see.
 */
export async function pendingPrompt(services: Services, personId: string): Promise<Reply | undefined> {
  return promptForState(services, personId, await getState(services.store, personId));
}

/** The question a pending state stands for, as the message that set it showed it. */
async function promptForState(
  services: Services,
  personId: string,
  state: DialogueState,
): Promise<Reply | undefined> {
  const { store, org } = services;
  switch (state.mode) {
    case "edit": {
      const u = await store.getUpdate(state.updateId);
      return u ? editAsk(u) : undefined;
    }
    case "confirm-edit":
      return pendingEditPreview(services, state);
    case "guided":
      return { text: guidedQuestion(state) };
    case "choose-draft": {
      // One read for every listed number, in the order they were listed.
      const open = new Map(
        (await store.listUpdates({ author: personId, status: "draft" })).map((u) => [u.seq, u]),
      );
      const drafts = state.seqs.flatMap((n) => open.get(n) ?? []);
      return drafts.length > 0 ? draftList(org, drafts) : undefined;
    }
    case "confirm": {
      const u = await store.getUpdate(state.updateId);
      return u?.status === "draft" ? confirmCard(org, u) : undefined;
    }
    case "choose-section":
      return sectionQuestion(org, state.options, await store.getUpdate(state.updateId));
    case "ask-report":
      if (state.vague)
        return { text: `「${[...state.text].slice(0, 40).join("")}」说的是哪件事？请说具体一点。` };
      return {
        text: `「${[...state.text].slice(0, 40).join("")}」要记为工作填报吗？回复「记为填报」或「不用记」。`,
      };
    case "ask-command":
      return askedAgain(state);
    default:
      return undefined;
  }
}
