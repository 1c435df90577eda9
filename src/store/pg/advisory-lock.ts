import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { KeyedMutex } from "../keyed-mutex.js";
import { type Checkout, checkOut } from "./db.js";

/**
 * Exclusive locks shared by every process using one database: PostgreSQL session advisory locks
 * (`pg_advisory_lock(bigint)`), each held on its own connection from a pool kept for locks only,
 * so that waiting for a lock never takes a connection the lock holder's own queries need. The
 * server drops a session's locks when its connection ends, so a process that dies (or a
 * connection that breaks) cannot leave a lock behind.
 *
 * Within one process, callers of one key queue on an in-process mutex first: one connection per
 * key in use, not per caller.
 */

/** A signed 64-bit key for `name` (first 8 bytes of its SHA-256), as the decimal string pg takes. */
export function advisoryKey(name: string): string {
  return createHash("sha256").update(`zongjie-bot:${name}`).digest().readBigInt64BE(0).toString();
}

const NOT_LOCKED = Symbol("not locked");

export class AdvisoryLocks {
  readonly #local = new KeyedMutex();

  constructor(
    private readonly pool: Pool,
    private readonly log: (msg: string) => void,
    /** Turns a database failure into the store's STORE_IO. */
    private readonly fail: (e: unknown) => Error,
  ) {}

  withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.#local.run(name, () => this.#held(name, fn) as Promise<T>);
  }

  /**
   * Runs `fn` only when `name` is free at once: nobody in this process holds or awaits it, and
   * `pg_try_advisory_lock` gets it from the server. Otherwise resolves `{ locked: false }`.
   */
  async tryLock<T>(
    name: string,
    fn: () => Promise<T>,
  ): Promise<{ locked: true; value: T } | { locked: false }> {
    const r = await this.#local.tryRun(name, () => this.#held(name, fn, true));
    return !r.locked || r.value === NOT_LOCKED ? { locked: false } : { locked: true, value: r.value };
  }

  async #held<T>(name: string, fn: () => Promise<T>, noWait = false): Promise<T | typeof NOT_LOCKED> {
    const key = advisoryKey(name);
    let conn: Checkout;
    try {
      // A checked-out connection that breaks: destroyed on release instead of returning to the pool.
      conn = await checkOut(this.pool, (e) =>
        this.log(
          `store: the connection holding lock ${name} broke (${e.message}); the database released the lock, so another process may enter while this one finishes`,
        ),
      );
    } catch (e) {
      throw this.fail(e);
    }
    const { client } = conn;
    try {
      if (noWait) {
        const { rows } = await client.query<{ ok: boolean }>(
          "SELECT pg_try_advisory_lock($1::bigint) AS ok",
          [key],
        );
        if (!rows[0]?.ok) {
          conn.release();
          return NOT_LOCKED;
        }
      } else await client.query("SELECT pg_advisory_lock($1::bigint)", [key]);
    } catch (e) {
      conn.broken = e as Error;
      conn.release();
      throw this.fail(e);
    }
    try {
      return await fn();
    } finally {
      try {
        await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
      } catch (e) {
        // The connection is gone or unusable: destroying it ends the session, which releases the lock.
        conn.broken = e as Error;
      }
      conn.release();
    }
  }
}

/** Runs `fn` on one connection holding `name`'s advisory lock (for start-up work such as migrations). */
export async function withSessionLock<T>(client: PoolClient, name: string, fn: () => Promise<T>): Promise<T> {
  const key = advisoryKey(name);
  await client.query("SELECT pg_advisory_lock($1::bigint)", [key]);
  try {
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]);
  }
}
