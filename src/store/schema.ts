import { z } from "zod";
import { UpdateSchema, UpdateStatusSchema } from "../domain/update.js";

/**
 * On-disk file formats. Each file carries `version`; when a format changes, bump its version
 * here AND add a step to `migrations.ts` that turns the previous version into this one — a file
 * is always migrated to exactly these schemas before it is validated. Changes of LAYOUT (one
 * file split into several) are done by the repository that owns the files, at open, after every
 * file has loaded (see state.ts/inbox.ts for state.json → state.json + inbox.log (via inbox.json), month-shard.ts and
 * updates.ts for year shards → month shards).
 */
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
  id: z.string().min(1),
  receivedAt: z.string(),
  payload: z.unknown(),
  attempts: z.number().int().nonnegative(),
  group: z.string().min(1).optional(),
});

const SeenSchema = z.record(z.string(), z.string());

/** DATA_DIR/state.json — small, rarely written: conversations, bindings, seq floors. */
export const StateFileSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** userId → the conversation module's own state (opaque here). */
  conversations: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  /** external id (e.g. Feishu open_id) → person id from the org file. */
  bindings: z.record(z.string(), z.string()).default({}),
  /**
   * author → a `seq` that must never be handed out again even though no stored update carries it
   * any more (an update renumbered or given to another author by modifyUpdate), and the counters
   * of format v1 (kept as they were). The next seq is max(this, the highest seq of the author's
   * stored updates) + 1 — appends do not write it.
   */
  seqCounters: z.record(z.string(), z.number().int().nonnegative()).default({}),
  /** Only in a file migrated from v1: moved into inbox.log when the store opens. */
  seen: SeenSchema.optional(),
  /** Only in a file migrated from v1: moved into inbox.log when the store opens. */
  inbox: z.array(InboxEntrySchema).optional(),
});
export type StateFile = z.infer<typeof StateFileSchema>;

/** DATA_DIR/inbox.json (format v1, before inbox.log): read only, to migrate it. */
export const InboxFileSchema = z.object({
  version: z.literal(INBOX_VERSION),
  /** de-duplication key → ISO time it expires. Expired keys are pruned when the file is written. */
  seen: SeenSchema.default({}),
  /** Events received but not yet processed, oldest first. */
  inbox: z.array(InboxEntrySchema).default([]),
});
export type InboxFile = z.infer<typeof InboxFileSchema>;

/**
 * One record's keys in a snapshot's index: [id, author, seq, status] and, when any, the transport
 * message ids that created or changed it ([…, ["om_1", "om_2"]]).
 */
export const IndexEntrySchema = z.union([
  z.tuple([z.string(), z.string(), z.number().int().positive(), UpdateStatusSchema]),
  z.tuple([z.string(), z.string(), z.number().int().positive(), UpdateStatusSchema, z.array(z.string())]),
]);
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

/**
 * DATA_DIR/updates/<YYYY-MM>.json — the snapshot of the updates whose `date` falls in that month
 * (changes since are in <YYYY-MM>.journal). `sha256` covers the bytes after the first line; the
 * first line also holds `index`, the keys of every record, so a month of a past year can be known
 * (ids, numbers) without reading its records.
 */
export const ShardFileSchema = z.object({
  version: z.literal(SHARD_VERSION),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  sha256: z.string().optional(),
  index: z.array(IndexEntrySchema).optional(),
  updates: z.array(UpdateSchema),
});
export type ShardFile = z.infer<typeof ShardFileSchema>;

/** DATA_DIR/updates/<year>.json — the layout before month shards (format v1). */
export const YearShardFileSchema = z.object({
  version: z.literal(YEAR_SHARD_VERSION),
  year: z.number().int().min(1000).max(9999),
  updates: z.array(UpdateSchema),
});
export type YearShardFile = z.infer<typeof YearShardFileSchema>;

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
export function describeZodError(error: z.ZodError, max = 5): string {
  const issues = error.issues.slice(0, max).map((i) => {
    const path = i.path.length ? i.path.map(String).join(".") : "(root)";
    return `${path}: ${i.message}`;
  });
  const more = error.issues.length > max ? `; … ${error.issues.length - max} more` : "";
  return issues.join("; ") + more;
}
