import { join } from "node:path";
import { AppError } from "../errors.js";
import { jsonClone } from "./freeze.js";
import { JsonFile } from "./json-file.js";
import { emptyState, InboxEntrySchema, type StateFile, StateFileSchema, describeZodError } from "./schema.js";
import { prettyJson } from "./serialize.js";
import type { FileContext } from "./shard.js";
import type { ConversationState, InboxEntry } from "./types.js";
import type { SeqCounters } from "./updates.js";

export const STATE_FILE = "state.json";
export const DEFAULT_SEEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * DATA_DIR/state.json: conversations, identity bindings, de-duplication keys, the inbox and the
 * per-author seq counters. Small, pretty-printed, rewritten whole on every change.
 *
 * Must stay true: each method is one read-modify-write under the file's mutex; a call that
 * changes nothing does not write; every write drops expired de-duplication keys; what is kept
 * in memory went through JSON (so it equals what a reload gives) and is frozen.
 */
export class StateRepo implements SeqCounters {
  readonly #file: JsonFile<StateFile>;
  readonly #now: () => Date;

  private constructor(file: JsonFile<StateFile>, now: () => Date) {
    this.#file = file;
    this.#now = now;
  }

  /** Loads and validates state.json; writes nothing (see finishOpen). */
  static async load(ctx: FileContext): Promise<StateRepo> {
    const file = await JsonFile.load<StateFile>({
      path: join(ctx.dataDir, STATE_FILE),
      base: "state",
      kind: "state",
      schema: StateFileSchema,
      serialize: prettyJson,
      empty: emptyState,
      backups: ctx.backups,
      now: ctx.now,
      log: ctx.log,
    });
    return new StateRepo(file, ctx.now);
  }

  get path(): string {
    return this.#file.path;
  }

  /**
   * Once every file has loaded: rewrites state.json in the current format if it was older, and
   * creates it when absent (so a read-only DATA_DIR fails at start-up, not at the first message).
   */
  async finishOpen(): Promise<void> {
    await this.#file.finishMigration();
    if (!this.#file.existsOnDisk) await this.#file.mutate((s) => ({ next: { ...s }, result: undefined }));
  }

  getConversation(userId: string): ConversationState | undefined {
    return this.#file.data.conversations[userId];
  }

  async setConversation(userId: string, state: ConversationState | undefined): Promise<void> {
    const value = state === undefined ? undefined : jsonClone(state);
    if (value !== undefined && (value === null || typeof value !== "object" || Array.isArray(value))) {
      throw new AppError("BAD_REQUEST", `conversation state of ${userId} must be a JSON object`);
    }
    await this.#change((s) => {
      if (value === undefined && !(userId in s.conversations)) return undefined;
      const conversations = { ...s.conversations };
      if (value === undefined) delete conversations[userId];
      else conversations[userId] = value;
      return { ...s, conversations };
    });
  }

  getBinding(externalId: string): string | undefined {
    return this.#file.data.bindings[externalId];
  }

  async setBinding(externalId: string, personId: string): Promise<void> {
    await this.#change((s) =>
      s.bindings[externalId] === personId
        ? undefined
        : { ...s, bindings: { ...s.bindings, [externalId]: personId } },
    );
  }

  /** True when newly recorded (or its earlier record had expired); false when seen and still live. */
  async markSeen(key: string, ttlMs = DEFAULT_SEEN_TTL_MS): Promise<boolean> {
    if (!(Number.isFinite(ttlMs) && ttlMs > 0))
      throw new AppError("BAD_REQUEST", `markSeen: bad ttlMs ${ttlMs}`);
    return this.#change((s, now) => {
      if (this.#live(s, key, now)) return undefined;
      return { ...s, seen: { ...s.seen, [key]: new Date(now + ttlMs).toISOString() } };
    });
  }

  hasSeen(key: string): boolean {
    return this.#live(this.#file.data, key, this.#now().getTime());
  }

  async putInbox(entry: InboxEntry): Promise<void> {
    const parsed = InboxEntrySchema.safeParse(jsonClone(entry));
    if (!parsed.success)
      throw new AppError("BAD_REQUEST", `invalid inbox entry: ${describeZodError(parsed.error)}`);
    const e = parsed.data as InboxEntry;
    await this.#change((s) => {
      const at = s.inbox.findIndex((x) => x.id === e.id);
      const inbox = at < 0 ? [...s.inbox, e] : s.inbox.map((x, i) => (i === at ? e : x));
      return { ...s, inbox };
    });
  }

  async removeInbox(id: string): Promise<void> {
    await this.#change((s) =>
      s.inbox.some((x) => x.id === id) ? { ...s, inbox: s.inbox.filter((x) => x.id !== id) } : undefined,
    );
  }

  /** Oldest first. */
  listInbox(): InboxEntry[] {
    return [...(this.#file.data.inbox as InboxEntry[])];
  }

  high(author: string): number {
    return this.#file.data.seqCounters[author] ?? 0;
  }

  async raise(highs: ReadonlyMap<string, number>): Promise<void> {
    await this.#change((s) => {
      const raised = [...highs].filter(([author, seq]) => seq > (s.seqCounters[author] ?? 0));
      if (raised.length === 0) return undefined;
      return { ...s, seqCounters: { ...s.seqCounters, ...Object.fromEntries(raised) } };
    });
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.#file.idle();
  }

  #live(s: StateFile, key: string, now: number): boolean {
    const expires = s.seen[key];
    return expires !== undefined && Date.parse(expires) > now;
  }

  /**
   * One read-modify-write: `fn` returns the next state, or undefined for no change (no write).
   * Resolves to whether it wrote.
   */
  #change(fn: (s: StateFile, now: number) => StateFile | undefined): Promise<boolean> {
    return this.#file.mutate((current) => {
      const now = this.#now().getTime();
      const next = fn(current, now);
      if (next === undefined) return { result: false };
      const seen = Object.fromEntries(Object.entries(next.seen).filter(([, exp]) => Date.parse(exp) > now));
      return { next: { ...next, seen }, result: true };
    });
  }
}
