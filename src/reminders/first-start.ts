import { z } from "zod";
import type { Store } from "../store/types.js";
import type { ReminderCollections } from "./reminder-records.js";

/**
 * Since when the bot has been keeping this data directory, for the scheduler: a round whose due
 * time came before it is never caught up — the first `npm start` on an empty directory must not
 * send leaders a "late" digest for a week the bot never ran. Recorded once (collection
 * `reminder-meta`, id "since"): the first scheduler start on an empty directory records "now";
 * a directory from an earlier version records its earliest evidence (an update, a round, a send).
 */
const MetaSchema = z.object({ id: z.string(), at: z.string() });
const SINCE = "since";

export async function reminderEpoch(store: Store, c: ReminderCollections, now: Date): Promise<Date> {
  const meta = await store.collection("reminder-meta", MetaSchema);
  const known = await meta.get(SINCE);
  if (known) return new Date(known.at);
  const evidence = [
    ...(await c.rounds.list()).map((r) => r.startedAt),
    ...(await c.sends.list()).map((s) => s.firstAt),
    ...(await store.listUpdates()).map((u) => u.createdAt),
  ]
    .map((s) => Date.parse(s))
    .filter((t) => Number.isFinite(t));
  const at = new Date(Math.min(now.getTime(), ...evidence));
  // Atomic: of two replicas starting at once, the first one's record stays.
  const kept = await meta.update(SINCE, (cur) => cur ?? { id: SINCE, at: at.toISOString() });
  return new Date(kept.at);
}
