import type { Update } from "../domain/update.js";
import type { Store } from "../store/types.js";

/**
 * The hold on a draft, kept on the record itself (hold40). Before, 「先别存」 lived only in the dialogue state, so a
 * second card in between lost it: the 对 to the new card then asked which of two drafts to confirm, and a fix to the
 * held draft later was previewed as 改完即确认. Now the hold survives other cards and a restart, and ends only when
 * the person stores the draft (确认 N、存吧、全部确认 — every path that confirms drops it).
 */

/** Mark draft `u` held (a no-op when it is not a draft or already held). */
export async function holdDraft(store: Store, u: Update): Promise<Update> {
  if (u.status !== "draft" || u.held === true) return u;
  return store.modifyUpdate(u.id, (x) => ({ ...x, held: true }));
}

/** The record without its hold: what confirming writes. */
export function unheld<T extends { held?: boolean }>(x: T): T {
  const { held: _held, ...rest } = x;
  return rest as T;
}

/** Held and still a draft. */
export const heldOnRecord = (u: Pick<Update, "status" | "held">): boolean =>
  u.status === "draft" && u.held === true;

/**
 * The drafts a bare yes to the card of `shownId` could mean: a held draft besides the one shown is not one of them
 * (the person said not to store it; the yes is to the card in front of them).
 */
export function draftsForYes<T extends Pick<Update, "id" | "status" | "held">>(
  drafts: readonly T[],
  shownId: string | undefined,
): T[] {
  return drafts.filter((u) => u.id === shownId || !heldOnRecord(u));
}
