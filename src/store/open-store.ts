import { join, resolve } from "node:path";
import type { z } from "zod";
import type { Update } from "../domain/update.js";
import { AppError } from "../errors.js";
import { removeStaleTempFiles } from "./atomic-file.js";
import { Backups } from "./backups.js";
import type { StoreRecord } from "./dump-format.js";
import type { FileStoreParts } from "./dump-lowdb.js";
import { makeDataDir } from "./make-data-dir.js";
import { InboxRepo } from "./inbox.js";
import { KeyedMutex } from "./keyed-mutex.js";
import type { WriteHook } from "./json-file.js";
import { acquireLock } from "./lock.js";
import type { FileContext } from "./shard.js";
import { StateRepo } from "./state.js";
import type { Collection, ConversationState, InboxEntry, Store, UpdateQuery } from "./types.js";
import type { UpdatesRepo } from "./updates.js";

/** DATA_DIR/updates (shard.ts; not imported from there: the server opens the inbox without it). */
const UPDATES_DIR = "updates";

export const BACKUPS_DIR = "backups";

export interface OpenStoreOptions {
  /** The clock (backup timestamps, de-duplication expiry). Default: `new Date()`. */
  now?: () => Date;
  /** Rolling backups kept per file in DATA_DIR/backups; 0 turns them off. Default 5. */
  backups?: number;
  /** Where notable events go (migrations, stale lock taken over, backup failures). Default: console.warn. */
  log?: (msg: string) => void;
  /**
   * Called with the file's path before every replacement of a store file (temp + fsync + rename);
   * throwing from it fails that write as a disk error would. For tests and metrics.
   */
  onWrite?: WriteHook;
  /**
   * The server's start: the updates (the history, and the code and schemas that read them) are
   * opened only when first asked for — `ready()` or any update call — after openStore has
   * returned, so that the inbox accepts events sooner and nothing of the history is read or
   * loaded before the server is ready. Update calls wait for them; `ready()` settles once they
   * have opened — and rejects (STORE_CORRUPT…) when they cannot, which the caller must treat as
   * a failed open: stop, leaving what the inbox accepted meanwhile in it, untouched. Ignored
   * (everything opened first) when an older layout is being migrated, whose rewrites wait until
   * every file has validated.
   */
  deferHistory?: boolean;
}

/**
 * Opens the store in `dataDir` (created if missing):
 *
 *   DATA_DIR/.lock                     {pid, host, startedAt, token} while open
 *   DATA_DIR/state.json                conversations, bindings, seq floors (rarely written)
 *   DATA_DIR/inbox.log                 de-duplication keys and the inbox, one change per line —
 *                                      the webhook's file, group-committed (one fsync per batch)
 *   DATA_DIR/updates/<YYYY-MM>.json    snapshot of the updates whose date is in that month
 *   DATA_DIR/updates/<YYYY-MM>.journal changes since the snapshot, one per line (month-shard.ts)
 *   DATA_DIR/<name>.json               each generic collection
 *   DATA_DIR/backups/                  rolling copies `<file>.<timestamp>.json` + pre-migration copies
 *
 * Older layouts are migrated at open, after every file has loaded and validated: a state.json
 * of format v1 gives its seen keys and inbox to inbox.log (written first), then is rewritten
 * without them; an inbox.json (format v1) is moved into inbox.log, then kept in backups/ and
 * removed; each updates/<year>.json is copied to backups/ (pre-migration), split into its month
 * shards, then removed; month snapshots of format v2 are rewritten with their index. A crash
 * part-way leaves files the next open completes from.
 *
 * The current year's updates are read at open; a past month's records only when a read needs
 * them (its keys — ids, numbers — come from its snapshot's first line).
 *
 * Every write is group-committed per file (or per set of months): calls arriving while a write
 * is in flight share the next append (or temp+fsync+rename), each resolving once its change is
 * on disk.
 *
 * Throws STORE_LOCKED when another live process (or this one) has the directory open, and
 * STORE_CORRUPT when a file cannot be read, parsed, validated or is from a newer bot — in that
 * case nothing is written and the lock is released.
 */
export async function openStore(dataDir: string, opts: OpenStoreOptions = {}): Promise<Store> {
  const dir = resolve(dataDir);
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  await makeDataDir(join(dir, UPDATES_DIR), dir);
  const lock = await acquireLock(dir, { now, log });
  try {
    const backupsDir = join(dir, BACKUPS_DIR);
    for (const d of [dir, join(dir, UPDATES_DIR), backupsDir]) {
      const removed = await removeStaleTempFiles(d);
      if (removed.length) log(`store: removed ${removed.length} temp file(s) left by a crash in ${d}`);
    }
    const backups = new Backups({ dir: backupsDir, keep: opts.backups ?? 5, now, log });
    const ctx: FileContext = { dataDir: dir, backups, now, log, onWrite: opts.onWrite };
    const state = await StateRepo.load(ctx);
    const inbox = await InboxRepo.load(ctx, state.legacy);
    const loadUpdates = async () => {
      const { UpdatesRepo } = await import("./updates.js");
      return UpdatesRepo.load(ctx, state);
    };
    if (opts.deferHistory && !state.legacy && !inbox.migrating) {
      await inbox.finishOpen();
      let opening: Promise<UpdatesRepo> | undefined;
      const history: History = {
        open: () => {
          if (!opening) {
            opening = loadUpdates().then(async (u) => {
              await state.finishOpen();
              await u.finishOpen();
              return u;
            });
            opening.catch(() => undefined); // reported by ready() and by every update call
          }
          return opening;
        },
        opened: () => opening,
      };
      return new FileStore(dir, ctx, state, inbox, history, () => lock.release());
    }
    const updates = await loadUpdates();
    // Only now that every file has loaded and validated are older formats rewritten — inbox.log
    // before state.json drops the keys it took over.
    await inbox.finishOpen();
    await state.finishOpen();
    await updates.finishOpen();
    const opened = Promise.resolve(updates);
    return new FileStore(dir, ctx, state, inbox, { open: () => opened, opened: () => opened }, () =>
      lock.release(),
    );
  } catch (e) {
    await lock.release();
    throw e;
  }
}

interface Idle {
  idle(): Promise<void>;
}

/** The updates: opened when first asked for (deferHistory) or already (otherwise). */
interface History {
  open(): Promise<UpdatesRepo>;
  /** The opening, once begun; undefined while nobody has asked. */
  opened(): Promise<UpdatesRepo> | undefined;
}

/**
 * The Store over the files above. Reads are answered from memory (kept synchronous inside, handed
 * out as promises); every write awaits the disk.
 */
class FileStore implements Store {
  readonly kind = "lowdb";
  #closed = false;
  readonly #locks = new KeyedMutex();
  readonly #collections = new Map<string, Promise<Collection<{ id: string }> & Idle>>();

  constructor(
    readonly dataDir: string,
    private readonly ctx: FileContext,
    private readonly state: StateRepo,
    private readonly inbox: InboxRepo,
    /** Pending while the history opens (deferHistory); rejected when it could not. */
    private readonly history: History,
    private readonly releaseLock: () => Promise<void>,
  ) {}

  private get updates(): Promise<UpdatesRepo> {
    return this.history.open();
  }

  addUpdate(update: Update): Promise<Update> {
    return this.#open(async () => (await this.updates).add(update));
  }
  getUpdate(id: string): Promise<Update | undefined> {
    return this.updates.then((u) => u.get(id));
  }
  modifyUpdate(id: string, fn: (u: Update) => Update): Promise<Update> {
    return this.#open(async () => (await this.updates).modify(id, fn));
  }
  listUpdates(q?: UpdateQuery): Promise<Update[]> {
    return this.updates.then((u) => u.list(q));
  }
  findBySeq(author: string, seq: number): Promise<Update | undefined> {
    return this.updates.then((u) => u.findBySeq(author, seq));
  }
  addUpdates(updates: Update[]): Promise<Update[]> {
    return this.#open(async () => (await this.updates).addMany(updates));
  }

  getConversation(userId: string): Promise<ConversationState | undefined> {
    return this.#read(() => this.state.getConversation(userId));
  }
  setConversation(userId: string, state: ConversationState | undefined): Promise<void> {
    return this.#open(() => this.state.setConversation(userId, state));
  }
  getBinding(externalId: string): Promise<string | undefined> {
    return this.#read(() => this.state.getBinding(externalId));
  }
  setBinding(externalId: string, personId: string): Promise<void> {
    return this.#open(() => this.state.setBinding(externalId, personId));
  }
  markSeen(key: string, ttlMs?: number): Promise<boolean> {
    return this.#open(() => this.inbox.markSeen(key, ttlMs));
  }
  hasSeen(key: string): Promise<boolean> {
    return this.#read(() => this.inbox.hasSeen(key));
  }
  putInbox(entry: InboxEntry): Promise<void> {
    return this.#open(() => this.inbox.putInbox(entry));
  }
  addInbox(entry: InboxEntry): Promise<boolean> {
    return this.#open(() => this.inbox.addInbox(entry));
  }
  removeInbox(id: string): Promise<void> {
    return this.#open(() => this.inbox.removeInbox(id));
  }
  listInbox(opts?: { group?: string }): Promise<InboxEntry[]> {
    return this.#read(() => this.inbox.listInbox(opts?.group));
  }
  getInbox(id: string): Promise<InboxEntry | undefined> {
    return this.#read(() => this.inbox.getInbox(id));
  }

  ready(): Promise<void> {
    return this.updates.then(() => undefined);
  }

  collection<S extends z.ZodType<{ id: string }>>(name: string, schema: S): Promise<Collection<z.infer<S>>> {
    return this.#open(() => {
      let loading = this.#collections.get(name);
      if (!loading) {
        loading = import("./collection.js")
          .then(({ loadCollection }) => loadCollection(this.ctx, name, schema))
          .then((c) => this.#guarded(c as Collection<{ id: string }>));
        // A failed load is not cached: after the operator restores the file, a later call retries.
        loading.catch(() => this.#collections.delete(name));
        this.#collections.set(name, loading);
      }
      return loading as unknown as Promise<Collection<z.infer<S>>>;
    });
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    return this.#locks.run(key, fn);
  }
  tryLock<T>(key: string, fn: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
    return this.#locks.tryRun(key, fn);
  }

  async *exportAll(opts: { now?: Date } = {}): AsyncIterable<StoreRecord> {
    const { exportFileStore } = await import("./dump-lowdb.js");
    yield* exportFileStore(await this.#parts(), opts.now ?? this.ctx.now());
  }

  importAll(records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>): Promise<number> {
    return this.#open(async () => {
      const { importFileStore } = await import("./dump-lowdb.js");
      return importFileStore(await this.#parts(), records);
    });
  }

  async #parts(): Promise<FileStoreParts> {
    return {
      ctx: this.ctx,
      state: this.state,
      inbox: this.inbox,
      updates: await this.updates,
      opened: async () => {
        const out = new Map<string, Collection<{ id: string }>>();
        for (const [name, loading] of this.#collections) {
          const c = await loading.catch(() => undefined);
          if (c) out.set(name, c);
        }
        return out;
      },
    };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    const collections = await Promise.allSettled(this.#collections.values());
    await Promise.allSettled([
      this.history.opened()?.then((u) => u.close()),
      this.state.idle(),
      this.inbox.close(),
      ...collections.flatMap((c) => (c.status === "fulfilled" ? [c.value.idle()] : [])),
    ]);
    // Updates may queue state writes (seq floors) while draining: wait for those too.
    await this.state.idle();
    await this.releaseLock();
  }

  /** The collection, with writes refused once the store is closed (reads keep working). */
  #guarded<T extends { id: string }>(c: Collection<T>): Collection<T> & Idle {
    return {
      get: (id) => c.get(id),
      list: () => c.list(),
      put: (doc) => this.#open(() => c.put(doc)),
      update: (id, fn) => this.#open(() => c.update(id, fn)),
      delete: (id) => this.#open(() => c.delete(id)),
      idle: () => (c as Collection<T> & Partial<Idle>).idle?.() ?? Promise.resolve(),
    };
  }

  /** A synchronous read as a promise: a throw (STORE_CORRUPT of a past month) becomes a rejection. */
  async #read<T>(fn: () => T): Promise<T> {
    return fn();
  }

  async #open<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new AppError("STORE_IO", `store ${this.dataDir} is closed`);
    return fn();
  }
}
