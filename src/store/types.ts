import type { z } from "zod";
import type { Update, UpdateStatus } from "../domain/update.js";
import type { StoreRecord } from "./dump-format.js";

/**
 * The repository contract. Implementations: JSON files and journals in DATA_DIR
 * (`open-store.ts`, kind "lowdb") and PostgreSQL (`pg/`, kind "postgres"); every module talks to
 * the store only through this interface, so its file layout — or the store itself — can change
 * behind it. Every read is async so that an implementation may ask a database shared by several
 * processes; callers keep no copies that could go stale when another process writes.
 *
 * Guarantees every implementation must keep:
 * - a write resolves only once durable (lowdb: a journal line appended and fsync'd, or a temp
 *   file + fsync + rename; PostgreSQL: committed), so a caller may tell the user "saved" once the
 *   promise resolves;
 * - writes are serialized: concurrent calls never lose each other's changes. They may be
 *   group-committed: calls arriving while a write of the same file is in flight are applied, in
 *   order, to one copy written once; each still resolves only once ITS change is on disk, and if
 *   that shared write fails every call in it rejects (STORE_IO) and none of their changes is kept
 *   in memory. A call rejected for its own input (BAD_REQUEST, NOT_FOUND) fails alone;
 * - a file that fails validation on open is never overwritten; open() throws STORE_CORRUPT
 *   (PostgreSQL: a row failing its schema rejects the read with STORE_CORRUPT);
 * - reads are async and return records the caller must not mutate (lowdb keeps them FROZEN,
 *   deep; PostgreSQL may return fresh objects): copy before changing (`{ ...u, status }`,
 *   `structuredClone(state)`) and write the copy back through a method. A value read is a
 *   snapshot: another process may change the record right after — a read-decide-write sequence
 *   that must not interleave runs inside `withLock`;
 * - lowdb serves reads from memory, except the first read of a past year's month, which reads
 *   that month's files (once) and may reject with STORE_CORRUPT if they were damaged since;
 * - what is kept equals what a reload gives (values go through JSON: a Date becomes its ISO
 *   string, `undefined` properties vanish);
 * - `seq` per author is never reused; `modifyUpdate`/`Collection.update` are atomic
 *   read-modify-write (their `fn` is synchronous);
 * - errors: invalid input → BAD_REQUEST (nothing written); missing record → NOT_FOUND; a failed
 *   write, or a write after close() → STORE_IO (memory unchanged).
 */
export interface UpdateQuery {
  author?: string;
  section?: string;
  /** Inclusive local-date range, YYYY-MM-DD. */
  from?: string;
  to?: string;
  week?: string;
  status?: UpdateStatus | UpdateStatus[];
  /** The transport message the update was recorded from (an index look-up, not a scan). */
  sourceMessageId?: string;
  /** A transport message that created or changed the update (its `sourceMessageId` or a history
   * entry's `messageId`) — an index look-up, for replaying a message. */
  messageId?: string;
}

/** Conversation state per user, opaque to the store (the conversation module owns its shape). */
export type ConversationState = Record<string, unknown>;

export interface InboxEntry {
  /** Transport-level unique id, e.g. Feishu event_id. */
  id: string;
  receivedAt: string;
  /** The raw event, as received (already decrypted). */
  payload: unknown;
  attempts: number;
  /** Entries processed in order share a group (a sender): `listInbox({ group })` finds them. */
  group?: string;
}

/** A named collection of documents with an id, validated by the caller's schema. */
export interface Collection<T extends { id: string }> {
  get(id: string): Promise<T | undefined>;
  list(): Promise<T[]>;
  put(doc: T): Promise<void>;
  /** Atomically read-modify-write one document (`fn` gets a mutable copy); returns the new value. */
  update(id: string, fn: (current: T | undefined) => T): Promise<T>;
  /** Resolves true when the document existed. */
  delete(id: string): Promise<boolean>;
}

export interface Store {
  /** "lowdb" (DATA_DIR files) or "postgres" (DATABASE_URL). */
  readonly kind: "lowdb" | "postgres";
  /** Still the local data dir: logs, exports, health's writability check. PostgreSQL keeps it too. */
  readonly dataDir: string;

  // ---- updates (sharded by month behind the interface) ----
  /**
   * Appends an update; assigns `seq` (next number for the author, never reused) when 0 is given.
   * A given seq must be free for that author, the id must be new. Returns the stored record.
   * One append is one line added to its month's journal (one fsync, shared by the calls of its
   * batch), whatever the history: the next seq is derived from the stored updates, which are
   * never deleted. Past years are read from disk the first time a read needs them.
   */
  addUpdate(update: Update): Promise<Update>;
  getUpdate(id: string): Promise<Update | undefined>;
  /**
   * Read-modify-write of one update; throws NOT_FOUND when missing. `fn` gets a mutable copy and
   * may change anything but the id (a new `date` in another month moves it to that month's
   * shard). A number taken away from its record (a changed `seq` or `author`) is still never
   * handed out again.
   * The store does not touch `updatedAt`/`history`: that is the caller's job.
   */
  modifyUpdate(id: string, fn: (u: Update) => Update): Promise<Update>;
  /**
   * Matching updates, sorted by date then createdAt (a new array of records). Answered
   * from an index, in time that does not grow with history, when the query names a message
   * (`messageId`, `sourceMessageId`) or an author with a status; by scanning the months in range
   * otherwise (a query with neither a range nor an author reads every year).
   */
  listUpdates(q?: UpdateQuery): Promise<Update[]>;
  /** Find an author's update by its short number. */
  findBySeq(author: string, seq: number): Promise<Update | undefined>;
  /**
   * Adds many updates, all or nothing: the whole batch is validated first, and shards already
   * written are restored if a later one fails. seq 0 is assigned in list order.
   */
  addUpdates(updates: Update[]): Promise<Update[]>;

  // ---- conversation state ----
  getConversation(userId: string): Promise<ConversationState | undefined>;
  setConversation(userId: string, state: ConversationState | undefined): Promise<void>;

  // ---- identity bindings (external id → person id) ----
  getBinding(externalId: string): Promise<string | undefined>;
  setBinding(externalId: string, personId: string): Promise<void>;

  // ---- de-duplication and the inbox of events received but not yet processed ----
  // (their own file, apart from conversations and bindings: written on every event, group-committed)
  /**
   * Records a key (event_id, message_id, …) as seen. Returns false when it was already seen
   * within its time to live. Persisted, so a restart does not forget; expired keys are dropped
   * from the file. Of concurrent calls with one key — in any process sharing the store — exactly
   * one gets true.
   */
  markSeen(key: string, ttlMs?: number): Promise<boolean>;
  hasSeen(key: string): Promise<boolean>;
  putInbox(entry: InboxEntry): Promise<void>;
  /**
   * Adds the entry unless one with its id is in the inbox; true when added. Of concurrent calls
   * with one id — in any process sharing the store — exactly one gets true: accepting an event
   * is this one atomic step, never a look-up followed by a put.
   */
  addInbox(entry: InboxEntry): Promise<boolean>;
  removeInbox(id: string): Promise<void>;
  /** Oldest first (a new array: O(entries) — use getInbox to look one up). */
  listInbox(opts?: { group?: string }): Promise<InboxEntry[]>;
  /** One entry by id, O(1). */
  getInbox(id: string): Promise<InboxEntry | undefined>;

  // ---- generic collections for other modules (drafts, reminders, …) ----
  /**
   * Opens (loading once, then cached) the collection stored in its own file `<name>.json`.
   * `name`: lower-case letters, digits, "-" (not state/inbox/updates/backups). The first call's schema
   * is the one used for that name; a file that fails it rejects with STORE_CORRUPT.
   */
  /**
   * Settles once the whole store has opened; rejects when part of it could not (the embedded
   * store opened with deferHistory reads its updates after it has started accepting events).
   */
  ready?(): Promise<void>;
  collection<S extends z.ZodType<{ id: string }>>(name: string, schema: S): Promise<Collection<z.infer<S>>>;

  /**
   * Runs `fn` while holding the exclusive lock `key`, across every process sharing the store
   * (lowdb: one process owns DATA_DIR, so an in-process keyed mutex; PostgreSQL: an advisory lock
   * on a dedicated connection), and releases it when `fn` settles, also when it throws. Waiters
   * of one key run in arrival order; different keys do not wait for each other. Used to
   * serialize one person's messages across replicas, and for "send once" jobs.
   * Not re-entrant: never nest the same key (it would wait for itself forever).
   */
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /**
   * As withLock, but without waiting: runs `fn` when `key` is free at once (in this process and
   * every other), else resolves `{ locked: false }` without running it. For sweeps that take
   * over work whose owner died (its lock vanished with it) and skip work someone is doing.
   */
  tryLock<T>(key: string, fn: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }>;

  // ---- moving between stores (dump-format.ts: the records, their order) ----
  /**
   * Every record the store holds — seq floors, updates, conversations, bindings, de-duplication
   * keys live at `now` (default: the store's clock), the inbox, every collection's documents —
   * in the dump order, each a fresh object. Meant for a store no bot is writing to (the CLI
   * opens its own); records changed while it runs may or may not be included.
   */
  exportAll(opts?: { now?: Date }): AsyncIterable<StoreRecord>;
  /**
   * Loads `records` (in dump order) into this store, which must be EMPTY: no update, seq
   * floor, conversation, binding, live key, inbox entry or collection document — else
   * BAD_REQUEST (in Chinese) and nothing is written. Keys already expired are left out.
   * All or nothing: when `records` throws (a damaged file) or a record is refused, nothing is
   * kept — PostgreSQL: one transaction; lowdb: every record is read and checked before the first
   * file is written (a disk failure part-way can still leave files: the CLI imports into a fresh
   * directory and renames it into place). Returns how many records were read.
   */
  importAll(records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>): Promise<number>;

  /** Waits for pending writes, releases the directory lock. Later writes reject (STORE_IO). */
  close(): Promise<void>;
}
