import { type NewUpdate, parseNewUpdate } from "../check-input.js";
import { type Update, UpdateSchema } from "../../domain/update.js";
import { AppError } from "../../errors.js";
import { jsonClone } from "../freeze.js";
import { describeZodError } from "../schema.js";
import type { UpdateQuery } from "../types.js";
import type { Db, Queryable } from "./db.js";
import { isUniqueViolation } from "./pg-errors.js";

/** Records per INSERT statement of a batch (all in one transaction). */
const CHUNK = 500;

/**
 * The `updates` table's columns are derived from the JSONB document `d` in SQL, here once for
 * every statement that writes a record, so a column can never disagree with the document it indexes.
 */
const COLUMNS = "author, seq, section, date, week, created_at, status, source_message_id, doc";
const FROM_DOC =
  "d->>'author', (d->>'seq')::int, d->>'section', d->>'date', d->>'week', d->>'createdAt', d->>'status', d->>'sourceMessageId', d";

/** Indexes every message id of the records `d` in `from` (the source message and the history's). */
function insertMessages(from: string): string {
  return `
INSERT INTO update_messages (message_id, update_id)
SELECT DISTINCT m.id, d->>'id'
FROM ${from}, LATERAL (SELECT d->>'sourceMessageId' AS id
                   UNION SELECT h->>'messageId' FROM jsonb_array_elements(d->'history') AS h) AS m
WHERE m.id IS NOT NULL`;
}

/** Inserts and indexes the records of one parameter (a JSON array of records), in order. */
export const INSERT_UPDATES = `
WITH ins AS (
  INSERT INTO updates (id, ${COLUMNS})
  SELECT d->>'id', ${FROM_DOC}
  FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(d, n)
  ORDER BY n
  RETURNING doc AS d
)${insertMessages("ins")}`;

/**
 * One record in one statement (so one round trip, atomic without BEGIN/COMMIT): bump or raise the
 * author's counter ($2: the explicit seq, or 0 for "the next one"), write the record with its
 * number, index its message ids. A unique violation undoes the whole statement, counter included.
 */
const ADD_ONE = `
WITH c AS (
  INSERT INTO seq_counters AS sc (author, last_seq) VALUES ($1::jsonb->>'author', GREATEST($2::int, 1))
  ON CONFLICT (author) DO UPDATE
    SET last_seq = CASE WHEN $2::int > 0 THEN GREATEST(sc.last_seq, $2::int) ELSE sc.last_seq + 1 END
  RETURNING last_seq
), rec AS (
  SELECT CASE WHEN $2::int > 0 THEN $1::jsonb ELSE jsonb_set($1::jsonb, '{seq}', to_jsonb(c.last_seq)) END AS d
  FROM c
), ins AS (
  INSERT INTO updates (id, ${COLUMNS})
  SELECT d->>'id', ${FROM_DOC}
  FROM rec
  RETURNING doc AS d
), msg AS (${insertMessages("ins")}
)
SELECT (d->>'seq')::int AS seq FROM ins`;

const INSERT_MESSAGES = insertMessages("jsonb_array_elements($1::jsonb) AS d");

const UPDATE_ONE = `
UPDATE updates SET (${COLUMNS}) = (${FROM_DOC})
FROM (SELECT $2::jsonb AS d) AS x
WHERE id = $1`;

/** Raises an author's counter to at least `seq` (never lowers it). */
const RAISE_COUNTER = `
INSERT INTO seq_counters (author, last_seq) VALUES ($1, $2)
ON CONFLICT (author) DO UPDATE SET last_seq = GREATEST(seq_counters.last_seq, EXCLUDED.last_seq)`;

/**
 * Updates in PostgreSQL. Must stay true: every write is one transaction; a record read back
 * equals what was written (it went through JSON and the schema); `seq` comes from the author's
 * counter row, locked in the writing transaction and never lowered, so a number is never handed
 * out twice — across processes too.
 */
export class PgUpdates {
  constructor(private readonly db: Db) {}

  async get(id: string): Promise<Update | undefined> {
    const { rows } = await this.db.query<{ doc: unknown }>(
      "getUpdate",
      "SELECT doc FROM updates WHERE id = $1",
      [id],
    );
    return rows[0] ? this.#parse(rows[0].doc) : undefined;
  }

  async findBySeq(author: string, seq: number): Promise<Update | undefined> {
    if (!Number.isInteger(seq) || seq <= 0 || seq > 2_147_483_647) return undefined;
    const { rows } = await this.db.query<{ doc: unknown }>(
      "findBySeq",
      "SELECT doc FROM updates WHERE author = $1 AND seq = $2",
      [author, seq],
    );
    return rows[0] ? this.#parse(rows[0].doc) : undefined;
  }

  async list(q: UpdateQuery = {}): Promise<Update[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.author !== undefined) add((p) => `author = ${p}`, q.author);
    if (q.section !== undefined) add((p) => `section = ${p}`, q.section);
    if (q.from !== undefined) add((p) => `date >= ${p}`, q.from);
    if (q.to !== undefined) add((p) => `date <= ${p}`, q.to);
    if (q.week !== undefined) add((p) => `week = ${p}`, q.week);
    if (q.status !== undefined) add((p) => `status = ANY(${p}::text[])`, [q.status].flat());
    if (q.sourceMessageId !== undefined) add((p) => `source_message_id = ${p}`, q.sourceMessageId);
    if (q.messageId !== undefined)
      add((p) => `id IN (SELECT update_id FROM update_messages WHERE message_id = ${p})`, q.messageId);
    const sql = `SELECT doc FROM updates${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY date, created_at, pos`;
    const { rows } = await this.db.query<{ doc: unknown }>("listUpdates", sql, params);
    return rows.map((r) => this.#parse(r.doc));
  }

  /** Validates the whole list first (nothing written when one is bad), then adds all in one transaction. */
  async addMany(input: readonly Update[]): Promise<Update[]> {
    const parsed = validateNew(input);
    if (parsed.length === 0) return [];
    if (parsed.length === 1) return [await this.#addOne(parsed[0]!)];
    return this.db.tx("addUpdates", async (c) => {
      const authors = [...new Set(parsed.map((u) => u.author))].sort();
      // Creates missing counters and locks every author's row (in a fixed order: no deadlocks).
      const { rows } = await c.query<{ author: string; last_seq: number }>(
        `INSERT INTO seq_counters (author, last_seq) SELECT a, 0 FROM unnest($1::text[]) AS a ORDER BY a
         ON CONFLICT (author) DO UPDATE SET last_seq = seq_counters.last_seq RETURNING author, last_seq`,
        [authors],
      );
      const high = new Map(rows.map((r) => [r.author, r.last_seq]));
      for (const u of parsed) if (u.seq > 0) high.set(u.author, Math.max(high.get(u.author) ?? 0, u.seq));
      const records = parsed.map((u): Update => {
        if (u.seq > 0) return u as Update;
        const seq = (high.get(u.author) ?? 0) + 1;
        high.set(u.author, seq);
        return { ...u, seq };
      });
      try {
        for (let i = 0; i < records.length; i += CHUNK) {
          const chunk = JSON.stringify(records.slice(i, i + CHUNK));
          await c.query(INSERT_UPDATES, [chunk]);
        }
      } catch (e) {
        throw isUniqueViolation(e) ? taken(e) : e;
      }
      await c.query(
        "UPDATE seq_counters SET last_seq = x.last FROM unnest($1::text[], $2::int[]) AS x(author, last) WHERE seq_counters.author = x.author",
        [[...high.keys()], [...high.values()]],
      );
      return records;
    });
  }

  async #addOne(u: NewUpdate): Promise<Update> {
    try {
      const { rows } = await this.db.query<{ seq: number }>("addUpdate", ADD_ONE, [JSON.stringify(u), u.seq]);
      return { ...u, seq: rows[0]!.seq };
    } catch (e) {
      const cause = e instanceof AppError ? e.cause : e;
      throw isUniqueViolation(cause) ? taken(cause) : e;
    }
  }

  /** Read-modify-write under the row's lock; NOT_FOUND when missing; BAD_REQUEST (nothing written) when the result is invalid. */
  modify(id: string, fn: (u: Update) => Update): Promise<Update> {
    return this.db.tx("modifyUpdate", async (c) => {
      const { rows } = await c.query<{ doc: unknown }>("SELECT doc FROM updates WHERE id = $1 FOR UPDATE", [
        id,
      ]);
      if (!rows[0]) throw new AppError("NOT_FOUND", `没有这条记录 / no update with id ${id}`);
      const current = this.#parse(rows[0].doc);
      const result = UpdateSchema.safeParse(jsonClone(fn(structuredClone(current))));
      if (!result.success) {
        throw new AppError(
          "BAD_REQUEST",
          `修改后的记录无效 / update ${id} invalid after change: ${describeZodError(result.error)}`,
        );
      }
      const next = result.data;
      if (next.id !== id)
        throw new AppError("BAD_REQUEST", `an update's id cannot change (${id} → ${next.id})`);
      const renumbered = next.author !== current.author || next.seq !== current.seq;
      if (renumbered) await refuseTaken(c, [next]);
      try {
        await c.query(UPDATE_ONE, [id, JSON.stringify(next)]);
      } catch (e) {
        throw isUniqueViolation(e) ? taken(e) : e;
      }
      // The old number stays spent: its author's counter is already at least current.seq.
      if (renumbered) await c.query(RAISE_COUNTER, [next.author, next.seq]);
      if (messageIds(next).join("\n") !== messageIds(current).join("\n")) {
        await c.query("DELETE FROM update_messages WHERE update_id = $1", [id]);
        await c.query(INSERT_MESSAGES, [JSON.stringify([next])]);
      }
      return next;
    });
  }

  #parse(doc: unknown): Update {
    const r = UpdateSchema.safeParse(doc);
    if (!r.success) {
      const id = (doc as { id?: unknown } | null)?.id;
      throw new AppError(
        "STORE_CORRUPT",
        `数据库中的记录 ${String(id)} 不符合格式 / update row ${String(id)} fails the schema: ${describeZodError(r.error)}`,
        { hint: "该行可能被手工改动过；从备份恢复或修正该行后重试" },
      );
    }
    return r.data;
  }
}

function validateNew(input: readonly Update[]): Array<NewUpdate> {
  const ids = new Set<string>();
  const explicit = new Set<string>();
  return input.map((raw, i) => {
    const u = parseNewUpdate(raw, i, input.length);
    if (ids.has(u.id)) throw new AppError("BAD_REQUEST", `update id ${u.id} already exists`);
    ids.add(u.id);
    if (u.seq > 0) {
      const key = `${u.author}\u0000${u.seq}`;
      if (explicit.has(key))
        throw new AppError("BAD_REQUEST", `${u.author} already has an update numbered ${u.seq}`);
      explicit.add(key);
    }
    return u;
  });
}

/** BAD_REQUEST naming the first explicit (author, seq) of `list` held by another record. */
async function refuseTaken(
  c: Queryable,
  list: ReadonlyArray<{ id: string; author: string; seq: number }>,
): Promise<void> {
  const numbered = list.filter((u) => u.seq > 0);
  if (numbered.length === 0) return;
  const { rows } = await c.query<{ id: string; author: string; seq: number }>(
    `SELECT u.id, u.author, u.seq FROM updates u
     JOIN unnest($1::text[], $2::int[], $3::text[]) AS x(author, seq, id) ON u.author = x.author AND u.seq = x.seq AND u.id <> x.id
     LIMIT 1`,
    [numbered.map((u) => u.author), numbered.map((u) => u.seq), numbered.map((u) => u.id)],
  );
  if (rows[0]) {
    throw new AppError(
      "BAD_REQUEST",
      `${rows[0].author} already has an update numbered ${rows[0].seq} (${rows[0].id})`,
    );
  }
}

/** A unique key taken meanwhile (or already): the id, or the author's number. */
function taken(e: unknown): AppError {
  const err = e as { constraint?: string; detail?: string };
  const [, key = "", value = ""] = /Key \((.*)\)=\((.*)\) already exists/.exec(err.detail ?? "") ?? [];
  const message =
    err.constraint === "updates_author_seq"
      ? `${value.replace(/, (\d+)$/, " already has an update numbered $1")}`
      : `update id ${value} already exists`;
  return new AppError("BAD_REQUEST", key ? message : `${err.detail ?? "duplicate key"}`, { cause: e });
}

function messageIds(u: Update): string[] {
  const ids = new Set<string>();
  if (u.sourceMessageId !== undefined) ids.add(u.sourceMessageId);
  for (const h of u.history) if (h.messageId !== undefined) ids.add(h.messageId);
  return [...ids].sort();
}
