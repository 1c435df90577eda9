import { z } from "zod";
import { UpdateSchema } from "../domain/update.js";

/**
 * On-disk file formats. Each file carries `version`; when a format changes, bump its version
 * here AND add a step to `migrations.ts` that turns the previous version into this one — a file
 * is always migrated to exactly these schemas before it is validated.
 */
export const STATE_VERSION = 1;
export const SHARD_VERSION = 1;
export const COLLECTION_VERSION = 1;

export const InboxEntrySchema = z.object({
  id: z.string().min(1),
  receivedAt: z.string(),
  payload: z.unknown(),
  attempts: z.number().int().nonnegative(),
});

/** DATA_DIR/state.json — small, rewritten often; everything except updates and collections. */
export const StateFileSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** userId → the conversation module's own state (opaque here). */
  conversations: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
  /** external id (e.g. Feishu open_id) → person id from the org file. */
  bindings: z.record(z.string(), z.string()).default({}),
  /** de-duplication key → ISO time it expires. Expired keys are pruned on every write. */
  seen: z.record(z.string(), z.string()).default({}),
  /** Events received but not yet processed, oldest first. */
  inbox: z.array(InboxEntrySchema).default([]),
  /** author → highest `seq` ever handed out, so numbers are never reused. */
  seqCounters: z.record(z.string(), z.number().int().nonnegative()).default({}),
});
export type StateFile = z.infer<typeof StateFileSchema>;

/** DATA_DIR/updates/<year>.json — the updates whose `date` falls in that year. */
export const ShardFileSchema = z.object({
  version: z.literal(SHARD_VERSION),
  year: z.number().int().min(1000).max(9999),
  updates: z.array(UpdateSchema),
});
export type ShardFile = z.infer<typeof ShardFileSchema>;

/** DATA_DIR/<name>.json — documents are validated separately with the caller's schema. */
export const CollectionFileSchema = z.object({
  version: z.literal(COLLECTION_VERSION),
  docs: z.array(z.unknown()),
});
export type CollectionFile<T = unknown> = { version: typeof COLLECTION_VERSION; docs: T[] };

export function emptyState(): StateFile {
  return { version: STATE_VERSION, conversations: {}, bindings: {}, seen: {}, inbox: [], seqCounters: {} };
}

export function emptyShard(year: number): ShardFile {
  return { version: SHARD_VERSION, year, updates: [] };
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
