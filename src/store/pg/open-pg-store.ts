import { resolve } from "node:path";
import pg from "pg";
import type { z } from "zod";
import type { Update } from "../../domain/update.js";
import { AppError } from "../../errors.js";
import { checkCollectionName } from "../collection.js";
import type { StoreRecord } from "../dump-format.js";
import { makeDataDir } from "../make-data-dir.js";
import type { Collection, ConversationState, InboxEntry, Store, UpdateQuery } from "../types.js";
import { AdvisoryLocks } from "./advisory-lock.js";
import { type Checkout, checkOut, Db } from "./db.js";
import { migrate } from "./migrate.js";
import { exportPgStore, importPgStore } from "./pg-dump.js";
import { connectError, safeDatabaseLabel } from "./pg-errors.js";
import { PgCollection } from "./pg-collection.js";
import { PgState } from "./pg-state.js";
import { PgUpdates } from "./pg-updates.js";

export interface OpenPgStoreOptions {
  /** Still the local data dir (logs, exports, the health check's writability test); created if missing. */
  dataDir: string;
  /** The clock (de-duplication expiry). Default: `new Date()`. */
  now?: () => Date;
  /** Migrations applied and other notable events. Default: console.warn. */
  log?: (msg: string) => void;
  /** Connections for queries (default 10) and, apart, for held locks (default 20). */
  poolSize?: number;
  lockPoolSize?: number;
  /** Give up connecting after this long (default 10 s). */
  connectTimeoutMs?: number;
}

/**
 * Opens the PostgreSQL store at `url` (postgres://user:password@host:port/database): connects,
 * brings the schema up to date (migrate.ts), and returns the Store. Several processes may open
 * the same database at once — that is the point: replicas share updates, conversations,
 * bindings, de-duplication keys, the inbox and collections, and serialize work with withLock.
 *
 * Throws STORE_IO (in Chinese first, naming the server without its password) when the server
 * cannot be reached or refuses the login, STORE_CORRUPT when the schema is newer than this bot.
 */
export async function openPgStore(url: string, opts: OpenPgStoreOptions): Promise<Store> {
  const dataDir = resolve(opts.dataDir);
  const log = opts.log ?? ((msg: string) => console.warn(msg));
  const label = safeDatabaseLabel(url);
  await makeDataDir(dataDir);
  const common = {
    connectionString: url,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 10_000,
    application_name: "zongjie-bot",
    keepAlive: true,
  };
  // A statement that hangs (a server that stopped answering) fails after a minute instead of holding
  // a message forever; lock waits, on their own pool, may last as long as the holder needs.
  const pool = new pg.Pool({ ...common, max: opts.poolSize ?? 10, statement_timeout: 60_000 });
  const lockPool = new pg.Pool({ ...common, max: opts.lockPoolSize ?? 20 });
  // An idle connection that breaks (server restart) must not crash the process: the next query reconnects.
  const onIdleError = (e: Error) => log(`store: PostgreSQL connection lost (${label}): ${e.message}`);
  pool.on("error", onIdleError);
  lockPool.on("error", onIdleError);
  try {
    let conn: Checkout;
    try {
      conn = await checkOut(pool);
    } catch (e) {
      throw connectError(e, url);
    }
    try {
      await migrate(conn.client, label, log);
    } finally {
      conn.release();
    }
  } catch (e) {
    await Promise.allSettled([pool.end(), lockPool.end()]);
    throw e;
  }
  return new PgStore(dataDir, new Db(pool, label, url), lockPool, opts.now ?? (() => new Date()), log);
}

/** The Store over PostgreSQL. Every read is a query: nothing is cached that a second writer could make stale. */
class PgStore implements Store {
  readonly kind = "postgres" as const;
  readonly #updates: PgUpdates;
  readonly #state: PgState;
  readonly #locks: AdvisoryLocks;
  readonly #collections = new Map<string, Collection<{ id: string }>>();
  readonly #now: () => Date;

  constructor(
    readonly dataDir: string,
    private readonly db: Db,
    private readonly lockPool: pg.Pool,
    now: () => Date,
    log: (msg: string) => void,
  ) {
    this.#now = now;
    this.#updates = new PgUpdates(db);
    this.#state = new PgState(db, now, log);
    this.#locks = new AdvisoryLocks(lockPool, log, (e) => db.fail(e, "withLock"));
  }

  addUpdate(update: Update): Promise<Update> {
    return this.#updates.addMany([update]).then((list) => list[0]!);
  }
  getUpdate(id: string): Promise<Update | undefined> {
    return this.#updates.get(id);
  }
  modifyUpdate(id: string, fn: (u: Update) => Update): Promise<Update> {
    return this.#updates.modify(id, fn);
  }
  listUpdates(q?: UpdateQuery): Promise<Update[]> {
    return this.#updates.list(q);
  }
  findBySeq(author: string, seq: number): Promise<Update | undefined> {
    return this.#updates.findBySeq(author, seq);
  }
  addUpdates(updates: Update[]): Promise<Update[]> {
    return this.#updates.addMany(updates);
  }

  getConversation(userId: string): Promise<ConversationState | undefined> {
    return this.#state.getConversation(userId);
  }
  setConversation(userId: string, state: ConversationState | undefined): Promise<void> {
    return this.#state.setConversation(userId, state);
  }
  getBinding(externalId: string): Promise<string | undefined> {
    return this.#state.getBinding(externalId);
  }
  setBinding(externalId: string, personId: string): Promise<void> {
    return this.#state.setBinding(externalId, personId);
  }
  markSeen(key: string, ttlMs?: number): Promise<boolean> {
    return this.#state.markSeen(key, ttlMs);
  }
  hasSeen(key: string): Promise<boolean> {
    return this.#state.hasSeen(key);
  }
  putInbox(entry: InboxEntry): Promise<void> {
    return this.#state.putInbox(entry);
  }
  addInbox(entry: InboxEntry): Promise<boolean> {
    return this.#state.addInbox(entry);
  }
  removeInbox(id: string): Promise<void> {
    return this.#state.removeInbox(id);
  }
  listInbox(opts?: { group?: string }): Promise<InboxEntry[]> {
    return this.#state.listInbox(opts?.group);
  }
  getInbox(id: string): Promise<InboxEntry | undefined> {
    return this.#state.getInbox(id);
  }

  async collection<S extends z.ZodType<{ id: string }>>(
    name: string,
    schema: S,
  ): Promise<Collection<z.infer<S>>> {
    if (this.db.closed) throw new AppError("STORE_IO", `store ${this.db.label} is closed`);
    checkCollectionName(name);
    let c = this.#collections.get(name);
    if (!c) {
      c = new PgCollection(this.db, name, schema as unknown as z.ZodType<{ id: string }>);
      this.#collections.set(name, c);
    }
    return c as unknown as Collection<z.infer<S>>;
  }

  withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
    if (this.db.closed) return Promise.reject(new AppError("STORE_IO", `store ${this.db.label} is closed`));
    return this.#locks.withLock(key, fn);
  }

  exportAll(opts: { now?: Date } = {}): AsyncIterable<StoreRecord> {
    return exportPgStore(this.db, opts.now ?? this.#now());
  }

  importAll(records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>): Promise<number> {
    return importPgStore(this.db, records, this.#now);
  }

  tryLock<T>(key: string, fn: () => Promise<T>): Promise<{ locked: true; value: T } | { locked: false }> {
    if (this.db.closed) return Promise.reject(new AppError("STORE_IO", `store ${this.db.label} is closed`));
    return this.#locks.tryLock(key, fn);
  }

  /** Waits for the queries in flight, then closes every connection. Later calls reject (STORE_IO). */
  async close(): Promise<void> {
    if (this.db.closed) return;
    await this.db.close();
    await Promise.allSettled([this.db.pool.end(), this.lockPool.end()]);
  }
}
