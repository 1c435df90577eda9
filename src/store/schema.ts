import * as z from "zod/mini";
import { useEnglishMessages } from "../zod-messages.js";

/**
 * On-disk file formats. Each file carries `version`; when a format changes, bump its version
 * here AND add a step to `migrations.ts` that turns the previous version into this one — a file
 * is always migrated to exactly these schemas before it is validated. Changes of LAYOUT (one
 * file split into several) are done by the repository that owns the files, at open, after every
 * file has loaded (see state.ts/inbox.ts for state.json → state.json + inbox.log (via inbox.json), month-shard.ts and
 * updates.ts for year shards → month shards).
 *
 * The files read before the server accepts events (state, inbox) are described with zod/mini —
 * the same checks and messages as classic zod, without loading it; the updates' files, read
 * with the app, are in update-schema.ts.
 */
useEnglishMessages();

export const STATE_VERSION = 2;
/**
 * Month shards (the compacted snapshot beside the month's journal). Version 1 was the year shard
 * (`updates/<year>.json`), see YEAR_SHARD_VERSION; version 2 had no index and no checksum.
 */
export const SHARD_VERSION = 3;
/** The old year shards: read (and migrated from) only, never written. */
export const YEAR_SHARD_VERSION = 1;
export const INBOX_VERSION = 1;
export const COLLECTION_VERSION = 1;

export const InboxEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  receivedAt: z.string(),
  payload: z.unknown(),
  attempts: z.number().check(z.int(), z.nonnegative()),
  group: z.optional(z.string().check(z.minLength(1))),
});

const SeenSchema = z.record(z.string(), z.string());

/** DATA_DIR/state.json — small, rarely written: conversations, bindings, seq floors. */
export const StateFileSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** userId → the conversation module's own state (opaque here). */
  conversations: z._default(z.record(z.string(), z.record(z.string(), z.unknown())), {}),
  /** external id (e.g. Feishu open_id) → person id from the org file. */
  bindings: z._default(z.record(z.string(), z.string()), {}),
  /**
   * author → a `seq` that must never be handed out again even though no stored update carries it
   * any more (an update renumbered or given to another author by modifyUpdate), and the counters
   * of format v1 (kept as they were). The next seq is max(this, the highest seq of the author's
   * stored updates) + 1 — appends do not write it.
   */
  seqCounters: z._default(z.record(z.string(), z.number().check(z.int(), z.nonnegative())), {}),
  /** Only in a file migrated from v1: moved into inbox.log when the store opens. */
  seen: z.optional(SeenSchema),
  /** Only in a file migrated from v1: moved into inbox.log when the store opens. */
  inbox: z.optional(z.array(InboxEntrySchema)),
});
export type StateFile = z.infer<typeof StateFileSchema>;

/** DATA_DIR/inbox.json (format v1, before inbox.log): read only, to migrate it. */
export const InboxFileSchema = z.object({
  version: z.literal(INBOX_VERSION),
  /** de-duplication key → ISO time it expires. Expired keys are pruned when the file is written. */
  seen: z._default(SeenSchema, {}),
  /** Events received but not yet processed, oldest first. */
  inbox: z._default(z.array(InboxEntrySchema), []),
});
export type InboxFile = z.infer<typeof InboxFileSchema>;

/** DATA_DIR/<name>.json — documents are validated separately with the caller's schema. */
export const CollectionFileSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  docs: z.array(z.unknown()),
});
export type CollectionFile<T = unknown> = { version: typeof COLLECTION_VERSION; docs: T[] };

export function emptyState(): StateFile {
  return { version: STATE_VERSION, conversations: {}, bindings: {}, seqCounters: {} };
}

export function emptyInbox(): InboxFile {
  return { version: INBOX_VERSION, seen: {}, inbox: [] };
}

/** A short, readable account of what failed, for an error message (first few issues only). */
export function describeZodError(error: { issues: readonly z.core.$ZodIssue[] }, max = 5): string {
  const issues = error.issues.slice(0, max).map((i) => {
    const path = i.path.length ? i.path.map(String).join(".") : "(root)";
    return `${path}: ${i.message}`;
  });
  const more = error.issues.length > max ? `; … ${error.issues.length - max} more` : "";
  return issues.join("; ") + more;
}

/** What the store needs of a schema, classic zod's or zod/mini's: its checked output or issues. */
export interface CheckSchema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly z.core.$ZodIssue[] } };
}
