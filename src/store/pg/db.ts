import type { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";
import { AppError } from "../../errors.js";
import { queryError } from "./pg-errors.js";

/** A query runner: the pool, or a client inside a transaction. */
export interface Queryable {
  query<R extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
}

/** A connection checked out of a pool; `release()` hands it back, destroyed when `broken` is set. */
export interface Checkout {
  client: PoolClient;
  broken?: Error;
  release(): void;
}

/**
 * Checks a connection out of `pool`. A connection that breaks between statements emits 'error':
 * caught here (kept in `broken`, then told to `onBroken`) rather than left unhandled, which would
 * end the process. A failure to connect is thrown as it is.
 */
export async function checkOut(pool: Pool, onBroken?: (e: Error) => void): Promise<Checkout> {
  const client = await pool.connect();
  const conn: Checkout = {
    client,
    release: () => {
      client.off("error", onError);
      client.release(conn.broken);
    },
  };
  const onError = (e: Error) => {
    conn.broken = e;
    onBroken?.(e);
  };
  client.on("error", onError);
  return conn;
}

/** serialization_failure, deadlock_detected: the transaction may simply be run again. */
const RETRYABLE = new Set(["40001", "40P01"]);

/**
 * The store's access to PostgreSQL: single statements on the pool, and transactions on one
 * pooled connection (BEGIN … COMMIT; ROLLBACK on any error). Failures of the database become
 * STORE_IO naming the server (never the password); the store's own errors (BAD_REQUEST,
 * NOT_FOUND, STORE_CORRUPT) pass through after the rollback. Counts what is in flight, so that
 * close() can wait for it.
 */
export class Db {
  #inflight = new Set<Promise<unknown>>();
  #closed = false;

  constructor(
    readonly pool: Pool,
    /** The server, without the password (for messages). */
    readonly label: string,
    private readonly url: string,
  ) {}

  get closed(): boolean {
    return this.#closed;
  }

  query<R extends QueryResultRow = QueryResultRow>(
    what: string,
    text: string,
    params?: unknown[],
  ): Promise<QueryResult<R>> {
    return this.#track(what, async () => {
      try {
        return await this.pool.query<R>(text, params);
      } catch (e) {
        throw queryError(e, this.url, what);
      }
    });
  }

  /** Runs `fn` in one transaction; retried (up to 3 times) when PostgreSQL reports a serialization failure or deadlock. */
  tx<T>(what: string, fn: (c: PoolClient) => Promise<T>): Promise<T> {
    return this.#track(what, async () => {
      for (let attempt = 1; ; attempt++) {
        const conn = await this.#connect(what);
        const { client } = conn;
        try {
          await client.query("BEGIN");
          const result = await fn(client);
          await client.query("COMMIT");
          return result;
        } catch (e) {
          try {
            await client.query("ROLLBACK");
          } catch (rollbackError) {
            conn.broken = rollbackError as Error;
          }
          const code = (e as { code?: string }).code;
          if (code !== undefined && RETRYABLE.has(code) && attempt < 3) continue;
          if (e instanceof AppError) throw e;
          throw queryError(e, this.url, what);
        } finally {
          conn.release();
        }
      }
    });
  }

  /**
   * A read-only REPEATABLE READ transaction on one connection: the queries of a long read (an
   * export, page after page) all see one snapshot, whatever other processes write meanwhile.
   * `end()` commits and returns the connection; it must be called (also after an error).
   */
  async snapshot(what: string): Promise<Queryable & { end(): Promise<void> }> {
    if (this.#closed) throw new AppError("STORE_IO", `store ${this.label} is closed (${what})`);
    const conn = await this.#connect(what);
    const query = async <R extends QueryResultRow>(text: string, params?: unknown[]) => {
      try {
        return await conn.client.query<R>(text, params);
      } catch (e) {
        conn.broken ??= e as Error;
        throw queryError(e, this.url, what);
      }
    };
    try {
      await query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    } catch (e) {
      conn.release();
      throw e;
    }
    return {
      query,
      end: async () => {
        try {
          if (!conn.broken) await conn.client.query("COMMIT");
        } catch (e) {
          conn.broken = e as Error;
        } finally {
          conn.release();
        }
      },
    };
  }

  async #connect(what: string): Promise<Checkout> {
    try {
      return await checkOut(this.pool);
    } catch (e) {
      throw queryError(e, this.url, what);
    }
  }

  /** A failure of the database during `what`, as STORE_IO naming the server (not the password). */
  fail(e: unknown, what: string): AppError {
    return queryError(e, this.url, what);
  }

  /** Refuses new work, then waits for what is in flight. */
  async close(): Promise<void> {
    this.#closed = true;
    while (this.#inflight.size > 0) await Promise.allSettled([...this.#inflight]);
  }

  async #track<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new AppError("STORE_IO", `store ${this.label} is closed (${what})`);
    const p = fn();
    this.#inflight.add(p);
    try {
      return await p;
    } finally {
      this.#inflight.delete(p);
    }
  }
}
