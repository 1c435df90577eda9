import { z } from "zod";
import type { Collection, Store } from "../store/types.js";

/**
 * What the reminders feature keeps in the store, each in its own collection file:
 * - `reminder-sends`: one record per message that must go out at most once
 *   (`remind:<personId>:<week>`, `digest:<leaderId>:<reported week>`), claimed before sending;
 * - `reminder-rounds`: one record per weekly round (`remind:<week>`, `digest:<week>`), so a round
 *   that has run is never re-evaluated, only its failed sends retried;
 * - `reminder-prefs`: per person, leave periods and snoozed weeks.
 */
const Iso = z.string();
const DateStr = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const SendStatusSchema = z.enum(["sending", "sent", "failed", "gave-up"]);

export const SendRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(["remind", "digest"]),
  personId: z.string(),
  /** The week reminded about, or the week a digest reports on. */
  week: z.string(),
  /**
   * sending: claimed, the send is under way (or the process died during it — such a record is
   * never re-sent: a possible miss is preferred to a double ping);
   * failed: every attempt of a round failed, retried on the next tick;
   * gave-up: failed in `maxRounds` rounds, left alone and logged as an error.
   */
  status: SendStatusSchema,
  /** Random token of the claimant; whoever's token is stored owns the send. */
  claim: z.string(),
  attempts: z.number().int().nonnegative(),
  rounds: z.number().int().nonnegative(),
  firstAt: Iso,
  updatedAt: Iso,
  sentAt: Iso.optional(),
  late: z.boolean().default(false),
  lastError: z.string().optional(),
});
export type SendRecord = z.infer<typeof SendRecordSchema>;
export type SendStatus = z.infer<typeof SendStatusSchema>;

export const RoundRecordSchema = z.object({
  id: z.string(),
  kind: z.enum(["remind", "digest"]),
  week: z.string(),
  startedAt: Iso,
  finishedAt: Iso.optional(),
  late: z.boolean().default(false),
  sent: z.number().int().nonnegative().default(0),
  failed: z.number().int().nonnegative().default(0),
});
export type RoundRecord = z.infer<typeof RoundRecordSchema>;

export const LeaveSchema = z.object({ from: DateStr, to: DateStr, setAt: Iso });
export type Leave = z.infer<typeof LeaveSchema>;

export const PrefsSchema = z.object({
  /** The person id. */
  id: z.string(),
  leaves: z.array(LeaveSchema).default([]),
  snoozedWeeks: z.array(z.string()).default([]),
});
export type Prefs = z.infer<typeof PrefsSchema>;

export interface ReminderCollections {
  sends: Collection<SendRecord>;
  rounds: Collection<RoundRecord>;
  prefs: Collection<Prefs>;
}

/** Opens the three collections (the store loads each file once and caches it). */
export async function openReminderCollections(store: Store): Promise<ReminderCollections> {
  const [sends, rounds, prefs] = await Promise.all([
    store.collection("reminder-sends", SendRecordSchema),
    store.collection("reminder-rounds", RoundRecordSchema),
    store.collection("reminder-prefs", PrefsSchema),
  ]);
  return { sends, rounds, prefs };
}

/** Everyone's preferences as read now (one read), as a look-up for the round being built. */
export async function readPrefs(prefs: Collection<Prefs>): Promise<(personId: string) => Prefs | undefined> {
  const byId = new Map((await prefs.list()).map((p) => [p.id, p]));
  return (personId) => byId.get(personId);
}

/** The ids of the sends of `kind` and `week` that failed (one read), for an "only failed" retry. */
export async function failedSends(
  sends: Collection<SendRecord>,
  kind: "remind" | "digest",
  week: string,
): Promise<Set<string>> {
  const all = await sends.list();
  return new Set(
    all.filter((s) => s.kind === kind && s.week === week && s.status === "failed").map((s) => s.id),
  );
}

export function sendKey(kind: "remind" | "digest", personId: string, week: string): string {
  return `${kind}:${personId}:${week}`;
}

export function roundKey(kind: "remind" | "digest", week: string): string {
  return `${kind}:${week}`;
}

/** The leave covering a local date (YYYY-MM-DD), if any. */
export function leaveOn(prefs: Prefs | undefined, date: string): Leave | undefined {
  return prefs?.leaves.find((l) => l.from <= date && date <= l.to);
}

/** The first leave overlapping [from, to], if any. */
export function leaveOverlapping(prefs: Prefs | undefined, from: string, to: string): Leave | undefined {
  return prefs?.leaves.find((l) => l.from <= to && from <= l.to);
}
