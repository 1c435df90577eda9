import { join } from "node:path";
import { AppError } from "../errors.js";
import { jsonClone } from "./freeze.js";
import type { LegacyInbox } from "./inbox.js";
import { JsonFile } from "./json-file.js";
import { emptyState, type StateFile, StateFileSchema } from "./schema.js";
import { prettyJson } from "./serialize.js";
import type { FileContext } from "./shard.js";
import type { ConversationState } from "./types.js";
import type { SeqFloors } from "./updates.js";

export const STATE_FILE = "state.json";

/**
 * DATA_DIR/state.json: conversations, identity bindings and the seq floors (see SeqFloors).
 * Small, pretty-printed, rewritten whole on every change — but no longer on every event or
 * append: de-duplication keys and the inbox live in inbox.log, and seq numbers are derived from
 * the shards.
 *
 * Must stay true: each method is one read-modify-write, group-committed by the file (JsonFile);
 * a call that changes nothing does not write; what is kept in memory went through JSON (so it
 * equals what a reload gives) and is frozen.
 */
export class StateRepo implements SeqFloors {
  readonly #file: JsonFile<StateFile>;
  /** seen/inbox found in state.json (format v1), for InboxRepo to take over. */
  readonly legacy: LegacyInbox | undefined;

  private constructor(file: JsonFile<StateFile>, legacy: LegacyInbox | undefined) {
    this.#file = file;
    this.legacy = legacy;
  }

  /**
   * Loads and validates state.json; writes nothing (see finishOpen). Seen keys and the inbox of
   * an older file are taken out of memory here and handed over as `legacy`.
   */
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
      onWrite: ctx.onWrite,
    });
    const { seen, inbox, ...rest } = file.data;
    let legacy: LegacyInbox | undefined;
    if (seen !== undefined || inbox !== undefined) {
      legacy = { seen: seen ?? {}, inbox: inbox ?? [] };
      file.replaceAtOpen(rest);
    }
    return new StateRepo(file, legacy);
  }

  get path(): string {
    return this.#file.path;
  }

  /**
   * Once every file has loaded — and AFTER inbox.json holds the legacy keys and inbox — rewrites
   * state.json in the current format if it was older (original kept in backups/), and creates it
   * when absent (so a read-only DATA_DIR fails at start-up, not at the first message).
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

  floor(author: string): number {
    return this.#file.data.seqCounters[author] ?? 0;
  }

  async raise(floors: ReadonlyMap<string, number>): Promise<void> {
    await this.#change((s) => {
      const raised = [...floors].filter(([author, seq]) => seq > (s.seqCounters[author] ?? 0));
      if (raised.length === 0) return undefined;
      return { ...s, seqCounters: { ...s.seqCounters, ...Object.fromEntries(raised) } };
    });
  }

  /** Conversations, bindings and seq floors as they are now (frozen). */
  get data(): Readonly<Pick<StateFile, "conversations" | "bindings" | "seqCounters">> {
    return this.#file.data;
  }

  /**
   * Replaces conversations, bindings and seq floors in one write (an import into an empty
   * store: the caller has checked that nothing is there).
   */
  async replaceAll(next: Pick<StateFile, "conversations" | "bindings" | "seqCounters">): Promise<void> {
    const value = jsonClone(next);
    await this.#change((s) => ({ ...s, ...value }));
  }

  /** Resolves when every write queued so far has settled. */
  idle(): Promise<void> {
    return this.#file.idle();
  }

  /** One read-modify-write: `fn` returns the next state, or undefined for no change (no write). */
  #change(fn: (s: StateFile) => StateFile | undefined): Promise<boolean> {
    return this.#file.mutate((current) => {
      const next = fn(current);
      return next === undefined ? { result: false } : { next, result: true };
    });
  }
}
