import { z } from "zod";
import { type Period, parsePeriod, periodKey } from "../domain/period.js";
import type { Store } from "../store/types.js";

/**
 * Which draft each leader has in front of them: the one they last viewed, generated, named or
 * acted on. A review command that names no period acts on it — never on the draft someone else
 * touched last. Kept in the store (collection "draft-focus", one document per person), so it
 * survives a restart as the dialogue state does.
 */
const FocusSchema = z.object({ id: z.string(), period: z.string(), at: z.string() });
const FOCUS_COLLECTION = "draft-focus";

const focusCollection = (store: Store) => store.collection(FOCUS_COLLECTION, FocusSchema);

/** Remembers `period`'s draft as the one in front of `personId`. */
export async function noteFocus(store: Store, personId: string, period: Period, at: Date): Promise<void> {
  const focus = await focusCollection(store);
  const key = periodKey(period);
  if ((await focus.get(personId))?.period === key) return;
  await focus.put({ id: personId, period: key, at: at.toISOString() });
}

/** The period of the draft last in front of `personId`, if any. */
export async function focusOf(store: Store, personId: string): Promise<Period | undefined> {
  const f = await (await focusCollection(store)).get(personId);
  return f ? parsePeriod(f.period) : undefined;
}
