import type { Store } from "../store/types.js";
import { type DialogueState, getState, setState } from "./state.js";
import type { Services } from "./types.js";

/**
 * A card waited for 确认 and the person asked something else (「下周一上班吗」「我报了几条了」「在吗」):
 * once that is answered, the card's question is no longer the last thing the bot said, so a bare
 * 好的 that follows answers the answer, not the card — the bot asks again before confirming.
 * Only when the message left the state as it was (it asked nothing new); the question's own stamp
 * (message id, time) stays, so a redelivered earlier message still replays as before.
 */
export async function markAside(services: Services, personId: string, before: DialogueState): Promise<void> {
  if (before.mode !== "confirm" || before.aside) return;
  const now = await getState(services.store, personId);
  if (JSON.stringify(now) !== JSON.stringify(before)) return;
  await setState(services.store, personId, { ...now, aside: true });
}

/**
 * The bot said something of its own since the card (the weekly reminder: 「方便时请简单说一说」): a
 * 好的 to that is "OK, will do", not the card's yes. Inside the person's lock, as their messages are.
 */
export async function markAsideAfterNotice(store: Store, personId: string): Promise<void> {
  await store.withLock(`person:${personId}`, async () => {
    const now = await getState(store, personId);
    if (now.mode === "confirm" && !now.aside) await setState(store, personId, { ...now, aside: true });
  });
}
