import type { Update } from "../domain/update.js";
import { NOT_CORE } from "./intent-lexicon.js";
import { placeFirstHalf } from "./place-first-half.js";
import type { DialogueState } from "./state.js";
import type { Services } from "./types.js";

/**
 * 「上午在竹岭村」 then 「下午在东溪河乡 培训了40人」: the first half of a report sent alone (place-first-half.ts) waits on
 * its card as a draft; the next report joins it — one draft holding both messages, the half's card answered by it —
 * rather than two drafts to settle one by one (「两条都存」). Only while that card is the one shown, the half still a
 * draft, and sent a short while ago; a new half after a half is not joined (each waits for its work). Round fifty (dlg50).
 */
const JOIN_WITHIN_MS = 3 * 60 * 60 * 1000;

/** The draft on the card shown that is a report's first half, still waiting for its work; otherwise undefined. */
export async function halfWaiting(
  services: Services,
  state: DialogueState,
  text: string,
): Promise<Update | undefined> {
  if (state.mode !== "confirm") return undefined;
  if (placeFirstHalf(text.replace(NOT_CORE, ""))) return undefined;
  const u = await services.store.getUpdate(state.updateId);
  if (u?.status !== "draft" || !placeFirstHalf(u.originalText.replace(NOT_CORE, ""))) return undefined;
  const age = services.clock.now().getTime() - Date.parse(u.createdAt);
  return age >= 0 && age <= JOIN_WITHIN_MS ? u : undefined;
}

/** The half's words put before the work that follows them, as one message. */
export const joinedText = (half: Update, text: string): string =>
  `${half.originalText.trim()} ${text.trim()}`;
