import { UpdateSchema } from "../../domain/update.js";
import { AppError } from "../../errors.js";
import type { StoreRecord } from "../dump-format.js";
import { notEmptyError, planImport } from "../plan-import.js";
import { type CheckSchema, describeZodError, InboxEntrySchema } from "../schema.js";
import type { ConversationState } from "../types.js";
import type { Db, Queryable } from "./db.js";
import { isUniqueViolation } from "./pg-errors.js";
import { INSERT_UPDATES } from "./pg-updates.js";

/** Rows per page of an export, and records per INSERT of an import. */
const PAGE = 1000;
const CHUNK = 500;

/**
 * Every table of the store's schema but schema_migrations: what an export reads and an import
 * writes (locked against writers for its transaction). A migration adding a table must add it
 * here and to the dump (a test compares this list with the database).
 */
export const DUMPED_TABLES = [
  "updates",
  "update_messages",
  "seq_counters",
  "conversations",
  "bindings",
  "seen_keys",
  "inbox",
  "collection_docs",
] as const;

const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

/**
 * Store.exportAll for PostgreSQL, in the dump order (dump-format.ts), from ONE snapshot
 * (REPEATABLE READ): a consistent copy even while replicas keep writing. Updates and documents
 * are read a page at a time (keyset, by their listing order); small kinds are sorted here, by
 * code unit, exactly as the embedded store sorts them.
 */
export async function* exportPgStore(db: Db, now: Date): AsyncGenerator<StoreRecord> {
  const snap = await db.snapshot("exportAll");
  try {
    const floors = await snap.query<{ author: string; last_seq: number }>(
      "SELECT author, last_seq FROM seq_counters WHERE last_seq > 0",
    );
    for (const r of floors.rows.sort(byKey((r) => r.author)))
      yield { kind: "seqFloor", author: r.author, seq: r.last_seq };

    let after: [string, string, string] | undefined;
    for (;;) {
      const { rows } = await snap.query<{ doc: unknown; date: string; created_at: string; pos: string }>(
        `SELECT doc, date, created_at, pos FROM updates
         ${after ? "WHERE (date, created_at, pos) > ($1, $2, $3::bigint)" : ""}
         ORDER BY date, created_at, pos LIMIT ${PAGE}`,
        after ?? [],
      );
      for (const r of rows) yield { kind: "update", update: parsed(UpdateSchema, r.doc, "updates") };
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1]!;
      after = [last.date, last.created_at, last.pos];
    }

    const conv = await snap.query<{ user_id: string; state: ConversationState }>(
      "SELECT user_id, state FROM conversations",
    );
    for (const r of conv.rows.sort(byKey((r) => r.user_id)))
      yield { kind: "conversation", userId: r.user_id, state: r.state };
    const bind = await snap.query<{ external_id: string; person_id: string }>(
      "SELECT external_id, person_id FROM bindings",
    );
    for (const r of bind.rows.sort(byKey((r) => r.external_id)))
      yield { kind: "binding", externalId: r.external_id, personId: r.person_id };
    const seen = await snap.query<{ key: string; expires_ms: string }>(
      "SELECT key, expires_ms FROM seen_keys WHERE expires_ms > $1",
      [now.getTime()],
    );
    for (const r of seen.rows.sort(byKey((r) => r.key)))
      yield { kind: "seen", key: r.key, expiresMs: Number(r.expires_ms) };
    const inbox = await snap.query<{ entry: unknown }>("SELECT entry FROM inbox ORDER BY pos");
    for (const r of inbox.rows) yield { kind: "inbox", entry: parsed(InboxEntrySchema, r.entry, "inbox") };

    let from: [string, string] | undefined;
    for (;;) {
      const { rows } = await snap.query<{ collection: string; doc: { id: string }; pos: string }>(
        `SELECT collection, doc, pos FROM collection_docs
         ${from ? "WHERE (collection, pos) > ($1, $2::bigint)" : ""}
         ORDER BY collection, pos LIMIT ${PAGE}`,
        from ?? [],
      );
      for (const r of rows) yield { kind: "doc", collection: r.collection, doc: r.doc };
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1]!;
      from = [last.collection, last.pos];
    }
  } finally {
    await snap.end();
  }
}

/**
 * Store.importAll for PostgreSQL: every record read and checked first (planImport), then ONE
 * transaction that locks the store's tables against writers, refuses a database that holds
 * anything, and inserts each kind in order (so listing orders carry over). Any failure rolls the
 * whole import back.
 */
export async function importPgStore(
  db: Db,
  records: AsyncIterable<StoreRecord> | Iterable<StoreRecord>,
  now: () => Date,
): Promise<number> {
  const plan = await planImport(records);
  await db.tx("importAll", async (c) => {
    await c.query(`LOCK TABLE ${DUMPED_TABLES.join(", ")} IN SHARE ROW EXCLUSIVE MODE`);
    const t = now().getTime();
    await c.query("DELETE FROM seen_keys WHERE expires_ms <= $1", [t]);
    await refuseNonEmpty(c, db.label);
    try {
      await insertChunked(c, INSERT_UPDATES, plan.updates);
    } catch (e) {
      if (isUniqueViolation(e))
        throw new AppError("BAD_REQUEST", `导入的工作动态编号或 id 重复 / ${(e as Error).message}`);
      throw e;
    }
    await c.query(
      `INSERT INTO seq_counters (author, last_seq) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (author) DO UPDATE SET last_seq = GREATEST(seq_counters.last_seq, EXCLUDED.last_seq)`,
      [[...plan.floors.keys()], [...plan.floors.values()]],
    );
    await insertChunked(
      c,
      "INSERT INTO conversations (user_id, state) SELECT e->>0, e->1 FROM jsonb_array_elements($1::jsonb) AS e",
      [...plan.conversations],
    );
    await insertChunked(
      c,
      "INSERT INTO bindings (external_id, person_id) SELECT e->>0, e->>1 FROM jsonb_array_elements($1::jsonb) AS e",
      [...plan.bindings],
    );
    await insertChunked(
      c,
      "INSERT INTO seen_keys (key, expires_ms) SELECT e->>0, (e->>1)::bigint FROM jsonb_array_elements($1::jsonb) AS e",
      [...plan.seen].filter(([, exp]) => exp > t),
    );
    await insertChunked(
      c,
      `INSERT INTO inbox (id, entry) SELECT e->>'id', e
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`,
      plan.inbox,
    );
    for (const [name, docs] of [...plan.docs].sort(byKey(([n]) => n))) {
      for (let i = 0; i < docs.length; i += CHUNK) {
        await c.query(
          `INSERT INTO collection_docs (collection, id, doc) SELECT $1, e->>'id', e
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`,
          [name, JSON.stringify(docs.slice(i, i + CHUNK))],
        );
      }
    }
  });
  return plan.count;
}

async function refuseNonEmpty(c: Queryable, label: string): Promise<void> {
  const { rows } = await c.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM updates) AS "条工作动态",
            (SELECT count(*) FROM seq_counters WHERE last_seq > 0) AS "个编号计数",
            (SELECT count(*) FROM conversations) AS "个会话状态",
            (SELECT count(*) FROM bindings) AS "个身份绑定",
            (SELECT count(*) FROM seen_keys) AS "个去重键",
            (SELECT count(*) FROM inbox) AS "个待处理事件",
            (SELECT count(*) FROM collection_docs) AS "个集合文档"`,
  );
  const held = Object.entries(rows[0]!)
    .filter(([, n]) => Number(n) > 0)
    .map(([what, n]) => `${n} ${what}`);
  if (held.length > 0) throw notEmptyError(label, held);
}

/** Runs `sql` once per CHUNK of `items`, given as one JSON array ($1). */
async function insertChunked(c: Queryable, sql: string, items: readonly unknown[]): Promise<void> {
  for (let i = 0; i < items.length; i += CHUNK)
    await c.query(sql, [JSON.stringify(items.slice(i, i + CHUNK))]);
}

function parsed<T>(schema: CheckSchema<T>, raw: unknown, table: string): T {
  const r = schema.safeParse(raw);
  if (!r.success) {
    throw new AppError(
      "STORE_CORRUPT",
      `数据库表 ${table} 中有一行不符合格式 / a ${table} row fails its schema: ${describeZodError(r.error)}`,
      {
        hint: "该行可能被手工改动过；修正或删除该行后再导出",
      },
    );
  }
  return r.data;
}
