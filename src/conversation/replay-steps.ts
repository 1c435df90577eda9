import type { HistoryEntry, Update } from "../domain/update.js";
import type { Store } from "../store/types.js";

/** One change a message made: the update as it is now and the history entry it wrote. */
export interface DoneStep {
  update: Update;
  entry: HistoryEntry;
}

/** How far back a replayed message's changes are looked for (Feishu retries end after a day). */
const LOOKBACK_MS = 14 * 24 * 60 * 60 * 1000;

/**
 * The changes the message `messageId` already made to the person's updates, oldest first: the
 * update it created (entry "created") and every history entry it wrote. Empty for a fresh message.
 */
export async function doneBy(
  store: Store,
  personId: string,
  messageId: string,
  now?: Date,
): Promise<DoneStep[]> {
  const since = now ? new Date(now.getTime() - LOOKBACK_MS).toISOString() : "";
  const out: DoneStep[] = [];
  for (const update of await store.listUpdates({ author: personId, messageId })) {
    if (update.updatedAt < since) continue;
    for (const entry of update.history) {
      const mine =
        entry.messageId === messageId || (entry.action === "created" && update.sourceMessageId === messageId);
      if (mine) out.push({ update, entry });
    }
  }
  return out.sort((a, b) => a.entry.at.localeCompare(b.entry.at));
}
