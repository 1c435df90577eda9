import { AppError } from "../../errors.js";
import { parseInboxEntry } from "../check-inbox-entry.js";
import { jsonClone } from "../freeze.js";
import { DEFAULT_SEEN_TTL_MS } from "../inbox.js";
import { describeZodError, InboxEntrySchema } from "../schema.js";
import type { ConversationState, InboxEntry } from "../types.js";
import type { Db } from "./db.js";

/** Expired de-duplication keys are deleted at most this often per process, a bounded batch at a time. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 5_000;

/**
 * Conversations, identity bindings, de-duplication keys and the inbox in PostgreSQL — one row
 * per user, binding, key or event, each change one statement (its own transaction).
 *
 * markSeen is one `INSERT … ON CONFLICT DO UPDATE … WHERE expired`: the unique key makes the
 * database serialize concurrent callers of one key, from any number of processes, and exactly
 * one of them gets a row back (true) while the key is live.
 */
export class PgState {
  #pruneAt = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
    private readonly log: (msg: string) => void,
  ) {}

  async getConversation(userId: string): Promise<ConversationState | undefined> {
    const { rows } = await this.db.query<{ state: ConversationState }>(
      "getConversation",
      "SELECT state FROM conversations WHERE user_id = $1",
      [userId],
    );
    return rows[0]?.state;
  }

  async setConversation(userId: string, state: ConversationState | undefined): Promise<void> {
    const value = state === undefined ? undefined : jsonClone(state);
    if (value === undefined) {
      await this.db.query("setConversation", "DELETE FROM conversations WHERE user_id = $1", [userId]);
      return;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      throw new AppError("BAD_REQUEST", `conversation state of ${userId} must be a JSON object`);
    }
    await this.db.query(
      "setConversation",
      `INSERT INTO conversations (user_id, state) VALUES ($1, $2::jsonb)
       ON CONFLICT (user_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
      [userId, JSON.stringify(value)],
    );
  }

  async getBinding(externalId: string): Promise<string | undefined> {
    const { rows } = await this.db.query<{ person_id: string }>(
      "getBinding",
      "SELECT person_id FROM bindings WHERE external_id = $1",
      [externalId],
    );
    return rows[0]?.person_id;
  }

  async setBinding(externalId: string, personId: string): Promise<void> {
    await this.db.query(
      "setBinding",
      `INSERT INTO bindings (external_id, person_id) VALUES ($1, $2)
       ON CONFLICT (external_id) DO UPDATE SET person_id = EXCLUDED.person_id`,
      [externalId, personId],
    );
  }

  async markSeen(key: string, ttlMs = DEFAULT_SEEN_TTL_MS): Promise<boolean> {
    if (!(Number.isFinite(ttlMs) && ttlMs > 0))
      throw new AppError("BAD_REQUEST", `markSeen: bad ttlMs ${ttlMs}`);
    const now = this.now().getTime();
    const { rows } = await this.db.query(
      "markSeen",
      `INSERT INTO seen_keys (key, expires_ms) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET expires_ms = EXCLUDED.expires_ms WHERE seen_keys.expires_ms <= $3
       RETURNING key`,
      [key, now + Math.round(ttlMs), now],
    );
    if (now >= this.#pruneAt) await this.#prune(now);
    return rows.length === 1;
  }

  async hasSeen(key: string): Promise<boolean> {
    const { rows } = await this.db.query(
      "hasSeen",
      "SELECT 1 FROM seen_keys WHERE key = $1 AND expires_ms > $2",
      [key, this.now().getTime()],
    );
    return rows.length === 1;
  }

  async putInbox(entry: InboxEntry): Promise<void> {
    const e = parseInboxEntry(entry);
    await this.db.query(
      "putInbox",
      `INSERT INTO inbox (id, entry) VALUES ($1, $2::jsonb)
       ON CONFLICT (id) DO UPDATE SET entry = EXCLUDED.entry`,
      [e.id, JSON.stringify(e)],
    );
  }

  /** One `INSERT … ON CONFLICT DO NOTHING`: the primary key decides, across processes, who added it. */
  async addInbox(entry: InboxEntry): Promise<boolean> {
    const e = parseInboxEntry(entry);
    const { rows } = await this.db.query(
      "addInbox",
      "INSERT INTO inbox (id, entry) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO NOTHING RETURNING id",
      [e.id, JSON.stringify(e)],
    );
    return rows.length === 1;
  }

  async removeInbox(id: string): Promise<void> {
    await this.db.query("removeInbox", "DELETE FROM inbox WHERE id = $1", [id]);
  }

  /** Oldest first; with `group`, only that group's entries (filtered in the database, not sent over). */
  async listInbox(group?: string): Promise<InboxEntry[]> {
    const { rows } =
      group === undefined
        ? await this.db.query<{ entry: unknown }>("listInbox", "SELECT entry FROM inbox ORDER BY pos")
        : await this.db.query<{ entry: unknown }>(
            "listInbox",
            "SELECT entry FROM inbox WHERE entry->>'group' = $1 ORDER BY pos",
            [group],
          );
    return rows.map((r) => inboxEntry(r.entry));
  }

  async getInbox(id: string): Promise<InboxEntry | undefined> {
    const { rows } = await this.db.query<{ entry: unknown }>(
      "getInbox",
      "SELECT entry FROM inbox WHERE id = $1",
      [id],
    );
    return rows[0] ? inboxEntry(rows[0].entry) : undefined;
  }

  /** Deletes a batch of expired keys (a failure is logged, not thrown: the key itself was recorded). */
  async #prune(now: number): Promise<void> {
    this.#pruneAt = now + PRUNE_EVERY_MS;
    try {
      await this.db.query(
        "prune seen keys",
        `DELETE FROM seen_keys WHERE key IN (
           SELECT key FROM seen_keys WHERE expires_ms <= $1 LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`,
        [now],
      );
    } catch (e) {
      this.log(`store: could not delete expired de-duplication keys: ${(e as Error).message}`);
    }
  }
}

function inboxEntry(raw: unknown): InboxEntry {
  const r = InboxEntrySchema.safeParse(raw);
  if (!r.success) {
    throw new AppError("STORE_CORRUPT", `inbox row fails the schema: ${describeZodError(r.error)}`, {
      hint: "该行可能被手工改动过；删除或修正 inbox 表中的该行",
    });
  }
  return r.data as InboxEntry;
}
