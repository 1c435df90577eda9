import { checkCollectionDoc } from "../check-input.js";
import type { z } from "zod";
import { AppError } from "../../errors.js";
import { describeZodError } from "../schema.js";
import type { Collection } from "../types.js";
import type { Db } from "./db.js";
import { isUniqueViolation } from "./pg-errors.js";

/**
 * A generic collection in the `collection_docs` table: (collection, id) → JSONB document,
 * validated by the caller's schema on the way in (BAD_REQUEST, nothing written) and on the way
 * out (a row failing it → STORE_CORRUPT naming the collection and id). Listed in the order
 * documents were first put, as the file collection keeps them.
 */
export class PgCollection<T extends { id: string }> implements Collection<T> {
  constructor(
    private readonly db: Db,
    readonly name: string,
    private readonly schema: z.ZodType<T>,
  ) {}

  async get(id: string): Promise<T | undefined> {
    const { rows } = await this.db.query<{ doc: unknown }>(
      `${this.name}.get`,
      "SELECT doc FROM collection_docs WHERE collection = $1 AND id = $2",
      [this.name, id],
    );
    return rows[0] ? this.#read(rows[0].doc, id) : undefined;
  }

  async list(): Promise<T[]> {
    const { rows } = await this.db.query<{ id: string; doc: unknown }>(
      `${this.name}.list`,
      "SELECT id, doc FROM collection_docs WHERE collection = $1 ORDER BY pos",
      [this.name],
    );
    return rows.map((r) => this.#read(r.doc, r.id));
  }

  async put(doc: T): Promise<void> {
    const next = this.#validate(doc, doc?.id);
    await this.db.query(
      `${this.name}.put`,
      `INSERT INTO collection_docs (collection, id, doc) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (collection, id) DO UPDATE SET doc = EXCLUDED.doc`,
      [this.name, next.id, JSON.stringify(next)],
    );
  }

  /**
   * Read-modify-write under the row's lock (`SELECT … FOR UPDATE`). When the document does not
   * exist yet, two processes may both create it: the one whose insert loses runs again, and then
   * sees the winner's document.
   */
  async update(id: string, fn: (current: T | undefined) => T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.tx(`${this.name}.update`, async (c) => {
          const { rows } = await c.query<{ doc: unknown }>(
            "SELECT doc FROM collection_docs WHERE collection = $1 AND id = $2 FOR UPDATE",
            [this.name, id],
          );
          const current = rows[0] ? this.#read(rows[0].doc, id) : undefined;
          const next = this.#validate(fn(current === undefined ? undefined : structuredClone(current)), id);
          if (rows[0]) {
            await c.query("UPDATE collection_docs SET doc = $3::jsonb WHERE collection = $1 AND id = $2", [
              this.name,
              id,
              JSON.stringify(next),
            ]);
          } else {
            await c.query("INSERT INTO collection_docs (collection, id, doc) VALUES ($1, $2, $3::jsonb)", [
              this.name,
              id,
              JSON.stringify(next),
            ]);
          }
          return next;
        });
      } catch (e) {
        const cause = e instanceof AppError ? e.cause : e;
        if (attempt < 5 && isUniqueViolation(cause)) continue;
        throw e;
      }
    }
  }

  async delete(id: string): Promise<boolean> {
    const { rowCount } = await this.db.query(
      `${this.name}.delete`,
      "DELETE FROM collection_docs WHERE collection = $1 AND id = $2",
      [this.name, id],
    );
    return (rowCount ?? 0) > 0;
  }

  #validate(doc: T, id: string | undefined): T {
    return checkCollectionDoc(this.name, this.schema, doc, id);
  }

  #read(doc: unknown, id: string): T {
    const parsed = this.schema.safeParse(doc);
    if (!parsed.success || parsed.data.id !== id) {
      const why = parsed.success ? `its id is ${parsed.data.id}` : describeZodError(parsed.error);
      throw new AppError(
        "STORE_CORRUPT",
        `数据库中集合 ${this.name} 的文档 ${id} 不符合格式 / ${this.name} row ${id} fails its schema: ${why}`,
        { hint: "该行可能被手工改动过，或由不兼容的版本写入；修正或删除 collection_docs 中的该行" },
      );
    }
    return parsed.data;
  }
}
