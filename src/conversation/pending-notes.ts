import type { Person } from "../domain/org.js";
import type { SmallTalkTopic } from "./intent-lexicon.js";
import type { DialogueState } from "./state.js";
import type { Reply, Services } from "./types.js";

/**
 * What a feature still waits for from a person, said when they answer with small talk (「好的」
 * after the pre-approval check is no 仍要定稿): a note a feature registers at install time. The
 * first note that has something to say is used; the conversation module never imports a feature.
 */
export type PendingNote = (
  services: Services,
  person: Person,
  state: DialogueState,
  /** What kind of small talk the person sent (「好的」 is ack, 「行，就这样吧」 other). */
  topic?: SmallTalkTopic,
  /** The words themselves. */
  text?: string,
) => Promise<Reply | undefined>;

const NOTES_KEY = "pendingNotes";

/** Register a note (called by features at install). */
export function registerPendingNote(services: Services, note: PendingNote): void {
  const existing = services.features[NOTES_KEY] as PendingNote[] | undefined;
  if (existing) existing.push(note);
  else services.features[NOTES_KEY] = [note];
}

/** The first registered note that has something to say now, if any. */
export async function pendingNoteFor(
  services: Services,
  person: Person,
  state: DialogueState,
  topic?: SmallTalkTopic,
  text?: string,
): Promise<Reply | undefined> {
  for (const note of (services.features[NOTES_KEY] as PendingNote[] | undefined) ?? []) {
    const said = await note(services, person, state, topic, text);
    if (said) return said;
  }
  return undefined;
}

/**
 * What a feature has running for a person that 取消/算了 cannot stop, said when the conversation itself has nothing
 * open to cancel (a draft being generated): registered like a note, asked only on a cancel.
 */
export type CancelNote = (
  services: Services,
  person: Person,
  state: DialogueState,
) => Promise<Reply | undefined>;

const CANCEL_KEY = "cancelNotes";

/** Register a cancel note (called by features at install). */
export function registerCancelNote(services: Services, note: CancelNote): void {
  const existing = services.features[CANCEL_KEY] as CancelNote[] | undefined;
  if (existing) existing.push(note);
  else services.features[CANCEL_KEY] = [note];
}

/** The first registered cancel note that has something running to tell of, if any. */
export async function cancelNoteFor(
  services: Services,
  person: Person,
  state: DialogueState,
): Promise<Reply | undefined> {
  for (const note of (services.features[CANCEL_KEY] as CancelNote[] | undefined) ?? []) {
    const said = await note(services, person, state);
    if (said) return said;
  }
  return undefined;
}

/** A note said after a lead-in (「好的。」), in its text and, when it has one, its card's first block. */
export function afterLead(lead: string, note: Reply): Reply {
  const [first, ...rest] = note.card?.blocks ?? [];
  return {
    ...note,
    text: `${lead}${note.text}`,
    card: note.card && { ...note.card, blocks: [`${lead}${first ?? ""}`, ...rest] },
  };
}
